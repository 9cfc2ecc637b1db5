import { useState } from 'preact/hooks';
import type { Article } from '#shared/domain/article.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { contentApi } from '../api/content.ts';
import { DecisionPanel } from '../components/decision-panel.tsx';
import { categoryName, useCategories } from '../components/directory.ts';
import { ResourceStatus, useResource } from '../components/resource.tsx';
import { ItemTable } from '../components/table.tsx';
import { Forbidden, Link, MetaList, PageTitle, useDocumentTitle, useFocusOn } from '../components/ui.tsx';
import { useI18n, useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { paths } from '../router.ts';
import { ArticleStatusBadge } from './status.tsx';

/** The director's queue: articles in review, oldest first (the API's order). */
export function ReviewQueuePage() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  useDocumentTitle(t('reviewQueueTitle'));
  const allowed = can.seeReviewQueue(session.principal);
  const queue = useResource(() => (allowed ? contentApi.reviewQueue() : Promise.resolve([])), [allowed]);
  const categories = useCategories();

  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageTitle>{t('reviewQueueTitle')}</PageTitle>
      <ItemTable
        resource={queue.resource}
        onRetry={queue.reload}
        items={queue.resource.state === 'ready' ? queue.resource.value : []}
        empty={t('reviewQueueEmpty')}
        caption={t('reviewQueueTitle')}
        columns={[t('colTitle'), t('colCategory'), t('colLanguage'), t('colAuthor'), t('submittedAt')]}
        row={(article) => (
          <tr key={article.id}>
            <th scope="row">
              <Link href={paths.reviewItem(article.id)}>{article.title || t('untitled')}</Link>
            </th>
            <td>{categoryName(categories, article.categorySlug, lang)}</td>
            <td>{article.language === 'vi' ? t('langVi') : t('langEn')}</td>
            <td>{article.authorName}</td>
            <td>{formatDateTime(article.updatedAt, lang)}</td>
          </tr>
        )}
      />
    </>
  );
}

/**
 * One article under review: the public page as it will look, in a sandboxed frame (sandbox="" — no
 * scripts, no forms, no navigation of this page, an opaque origin), and the director's three decisions.
 */
export function ReviewItemPage(props: { id: string }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const principal = session.principal;
  const allowed = can.seeReviewQueue(principal);
  const loaded = useResource(async () => {
    if (!allowed) return undefined;
    const { article } = await contentApi.getArticle(props.id);
    const html = await contentApi.preview(article.id, article.submittedRevision ?? article.latestRevision);
    return { article, html };
  }, [props.id, allowed]);
  const preview = loaded.resource.state === 'ready' ? loaded.resource.value : undefined;
  const article = preview?.article;
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
      <ResourceStatus resource={loaded.resource} onRetry={loaded.reload} />
      {preview && article ? (
        <div class="review-layout">
          <section class="review-preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t('preview')}</h2>
            <iframe class="preview-frame" title={t('preview')} sandbox="" srcdoc={preview.html} />
          </section>
          <aside class="review-side" aria-labelledby="decision-heading">
            <h2 id="decision-heading">{t('decision')}</h2>
            <MetaList
              items={[
                [t('colStatus'), <ArticleStatusBadge status={article.status} />],
                [t('author'), article.authorName],
                [t('submittedAt'), formatDateTime(article.updatedAt, lang)],
              ]}
            />
            <p>
              <Link href={paths.detail(article.id)}>{t('viewDetail')}</Link>
            </p>
            <Decisions
              article={article}
              onDecided={(decided) => loaded.set({ ...preview, article: decided })}
              onReload={loaded.reload}
            />
          </aside>
        </div>
      ) : null}
    </>
  );
}

/**
 * The director's decisions on an article in review: publish now, at a time (Vietnam time), or return it
 * with a reason. Never on an article they wrote (four eyes).
 */
function Decisions(props: { article: Article; onDecided: (article: Article) => void; onReload: () => void }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const { article } = props;
  const [message, setMessage] = useState<string | undefined>();
  // The buttons go away once the article has left the queue: put focus on the outcome instead.
  const messageRef = useFocusOn(message);

  if (!can.decideArticles(session.principal)) return <p class="notice notice-info">{t('notDirector')}</p>;
  if (!can.decide(session.principal, article)) return <p class="notice notice-info">{t('ownArticle')}</p>;

  const open = article.status === 'in_review';
  const expectedVersion = article.version;

  return (
    <div class="decisions">
      <div ref={messageRef} tabIndex={-1} role="status" aria-live="polite">
        {message ? <p class="notice notice-success">{message}</p> : null}
      </div>
      {!open && !message ? <p class="notice notice-info">{t('notInReview')}</p> : null}
      {open ? (
        <DecisionPanel
          conflictTitle={t('conflict')}
          reloadLabel={t('reloadLatest')}
          onReload={props.onReload}
          onDecided={(result, text) => {
            setMessage(text);
            props.onDecided(result);
          }}
          outcomes={[
            {
              label: t('approveNow'),
              emphasis: 'primary',
              decide: () => contentApi.approve(article.id, { expectedVersion }),
              done: () => t('approved'),
            },
            {
              label: t('schedule'),
              emphasis: 'secondary',
              at: {
                id: 'publish-at',
                label: t('scheduleAt'),
                path: 'publishAt',
                required: t('scheduleRequired'),
                past: t('schedulePast'),
              },
              decide: ({ at }) => contentApi.approve(article.id, { expectedVersion, publishAt: at }),
              done: (result, { at }) =>
                t('scheduled', { at: formatDateTime(result.scheduledAt ?? at, lang) }),
            },
            {
              label: t('returnArticle'),
              emphasis: 'warning',
              note: {
                id: 'return-note',
                label: t('returnNote'),
                hint: t('returnNoteHint'),
                rows: 4,
                path: 'note',
                required: { minLength: 3, message: t('returnNoteRequired') },
              },
              decide: ({ note }) => contentApi.returnArticle(article.id, { expectedVersion, note }),
              done: () => t('returned'),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
