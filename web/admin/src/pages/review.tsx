import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '#shared/domain/article.ts';
import { formatDateTime, vietnamLocalToIso } from '#shared/time/vietnam.ts';
import { ApiError, api, fieldMessage } from '../api.ts';
import {
  ActionError,
  ImmediateDecision,
  ReturnDecision,
  ScheduleDecision,
} from '../components/decisions.tsx';
import {
  ErrorNotice,
  Forbidden,
  Link,
  Loading,
  PageTitle,
  StatusBadge,
  useDocumentTitle,
  useLoad,
} from '../components/ui.tsx';
import { useI18n, useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { paths } from '../router.ts';
import { categoryName, useCategories } from './list.tsx';

/** The director's queue: articles in review, oldest first (the API's order). */
export function ReviewQueuePage() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  useDocumentTitle(t('reviewQueueTitle'));
  const allowed = can.seeReviewQueue(session.principal);
  const [queue, reload] = useLoad(
    () => (allowed ? api.reviewQueue().then((answer) => answer.items) : Promise.resolve([])),
    [allowed],
  );
  const [categories] = useCategories();
  const categoryList = categories.state === 'ready' ? categories.value : undefined;

  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageTitle>{t('reviewQueueTitle')}</PageTitle>
      {queue.state === 'loading' ? <Loading /> : null}
      {queue.state === 'error' ? <ErrorNotice error={queue.error} onRetry={reload} /> : null}
      {queue.state === 'ready' && queue.value.length === 0 ? (
        <p class="empty">{t('reviewQueueEmpty')}</p>
      ) : null}
      {queue.state === 'ready' && queue.value.length > 0 ? (
        <div class="table-wrap">
          <table class="data-table">
            <caption class="visually-hidden">{t('reviewQueueTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colTitle')}</th>
                <th scope="col">{t('colCategory')}</th>
                <th scope="col">{t('colLanguage')}</th>
                <th scope="col">{t('colAuthor')}</th>
                <th scope="col">{t('submittedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.value.map((article) => (
                <tr key={article.id}>
                  <th scope="row">
                    <Link href={paths.reviewItem(article.id)}>{article.title || t('untitled')}</Link>
                  </th>
                  <td>{categoryName(categoryList, article.categorySlug, lang)}</td>
                  <td>{article.language === 'vi' ? t('langVi') : t('langEn')}</td>
                  <td>{article.authorName}</td>
                  <td>{formatDateTime(article.updatedAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

type Preview = { article: Article; html: string };

/**
 * One article under review: the public page as it will look, in a sandboxed frame (sandbox="" — no
 * scripts, no forms, no navigation of this page, an opaque origin), and the director's three decisions.
 */
export function ReviewItemPage(props: { id: string }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const principal = session.principal;
  const allowed = can.seeReviewQueue(principal);
  const [loaded, reload] = useLoad<Preview | undefined>(async () => {
    if (!allowed) return undefined;
    const { article } = await api.getArticle(props.id);
    const html = await api.preview(article.id, article.submittedRevision ?? article.latestRevision);
    return { article, html };
  }, [props.id, allowed]);
  const [article, setArticle] = useState<Article | undefined>();
  useEffect(() => {
    if (loaded.state === 'ready') setArticle(loaded.value?.article);
  }, [loaded]);
  const title = article?.title ?? t('reviewTitle');
  useDocumentTitle(`${t('reviewTitle')}: ${title}`);

  if (!allowed) return <Forbidden />;

  return (
    <>
      <p class="breadcrumb">
        <Link href={paths.review()}>{t('reviewQueueTitle')}</Link>
      </p>
      <PageTitle>
        {t('reviewTitle')}
        {article ? `: ${article.title}` : ''}
      </PageTitle>
      {loaded.state === 'loading' ? <Loading /> : null}
      {loaded.state === 'error' ? <ErrorNotice error={loaded.error} onRetry={reload} /> : null}
      {loaded.state === 'ready' && loaded.value && article ? (
        <div class="review-layout">
          <section class="review-preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t('preview')}</h2>
            <iframe class="preview-frame" title={t('preview')} sandbox="" srcdoc={loaded.value.html} />
          </section>
          <aside class="review-side" aria-labelledby="decision-heading">
            <h2 id="decision-heading">{t('decision')}</h2>
            <dl class="meta">
              <dt>{t('colStatus')}</dt>
              <dd>
                <StatusBadge status={article.status} />
              </dd>
              <dt>{t('author')}</dt>
              <dd>{article.authorName}</dd>
              <dt>{t('submittedAt')}</dt>
              <dd>{formatDateTime(article.updatedAt, lang)}</dd>
            </dl>
            <p>
              <Link href={paths.detail(article.id)}>{t('viewDetail')}</Link>
            </p>
            <Decisions article={article} onDecided={setArticle} onReload={reload} />
          </aside>
        </div>
      ) : null}
    </>
  );
}

function Decisions(props: { article: Article; onDecided: (article: Article) => void; onReload: () => void }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const { article } = props;
  const [publishAt, setPublishAt] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [fieldErrors, setFieldErrors] = useState<{ publishAt?: string; note?: string }>({});
  const [message, setMessage] = useState<string | undefined>();
  const errorRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  // The buttons go away once the article has left the queue: put focus on the outcome instead.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  if (!session.principal.roles.includes('director'))
    return <p class="notice notice-info">{t('notDirector')}</p>;
  if (!can.decide(session.principal, article)) return <p class="notice notice-info">{t('ownArticle')}</p>;

  const run = async (action: () => Promise<Article>, success: (result: Article) => string) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await action();
      setMessage(success(result));
      props.onDecided(result);
    } catch (caught) {
      if (caught instanceof ApiError) {
        const fields: { publishAt?: string; note?: string } = {};
        for (const entry of caught.problem?.errors ?? []) {
          if (entry.path === 'note') fields.note = fieldMessage(entry, lang);
          if (entry.path === 'publishAt') fields.publishAt = fieldMessage(entry, lang);
        }
        setFieldErrors(fields);
      }
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const approveNow = () =>
    run(
      () => api.approve(article.id, { expectedVersion: article.version }),
      () => t('approved'),
    );

  const schedule = () => {
    const iso = vietnamLocalToIso(publishAt);
    if (!iso) return setFieldErrors({ publishAt: t('scheduleRequired') });
    if (new Date(iso).getTime() <= Date.now()) return setFieldErrors({ publishAt: t('schedulePast') });
    setFieldErrors({});
    return run(
      () => api.approve(article.id, { expectedVersion: article.version, publishAt: iso }),
      (result) => t('scheduled', { at: formatDateTime(result.scheduledAt ?? iso, lang) }),
    );
  };

  const returnIt = () => {
    if (note.trim().length < 3) return setFieldErrors({ note: t('returnNoteRequired') });
    setFieldErrors({});
    return run(
      () => api.returnArticle(article.id, { expectedVersion: article.version, note: note.trim() }),
      () => t('returned'),
    );
  };

  const open = article.status === 'in_review';

  return (
    <div class="decisions">
      <div ref={messageRef} tabIndex={-1} role="status" aria-live="polite">
        {message ? <p class="notice notice-success">{message}</p> : null}
      </div>
      {!open && !message ? <p class="notice notice-info">{t('notInReview')}</p> : null}
      <div ref={errorRef} tabIndex={-1}>
        <ActionError
          error={error}
          conflictTitle={t('conflict')}
          reloadLabel={t('reloadLatest')}
          onReload={props.onReload}
        />
      </div>
      {open ? (
        <>
          <ImmediateDecision label={t('approveNow')} busy={busy} onDecide={approveNow} />
          <ScheduleDecision
            id="publish-at"
            label={t('scheduleAt')}
            buttonLabel={t('schedule')}
            value={publishAt}
            error={fieldErrors.publishAt}
            busy={busy}
            onInput={setPublishAt}
            onDecide={schedule}
          />
          <ReturnDecision
            id="return-note"
            label={t('returnNote')}
            hint={t('returnNoteHint')}
            buttonLabel={t('returnArticle')}
            rows={4}
            value={note}
            error={fieldErrors.note}
            busy={busy}
            onInput={setNote}
            onDecide={returnIt}
          />
        </>
      ) : null}
    </div>
  );
}
