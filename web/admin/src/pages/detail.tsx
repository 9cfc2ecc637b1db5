import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '#shared/domain/article.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { api } from '../api.ts';
import { ActionError } from '../components/decisions.tsx';
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
import { actionLabel, statusLabel } from '../i18n.ts';
import { can, editable } from '../permissions.ts';
import { paths } from '../router.ts';
import { categoryName, useCategories } from './list.tsx';

/** An article's state, its history (who did what, when, from which status to which) and its revisions. */
export function ArticleDetailPage(props: { id: string }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const principal = session.principal;
  const [loaded, reload] = useLoad(
    () =>
      Promise.all([api.getArticle(props.id), api.history(props.id), api.revisions(props.id)]).then(
        ([view, history, revisions]) => ({ view, history: history.items, revisions: revisions.items }),
      ),
    [props.id],
  );
  const [categories] = useCategories();
  const categoryList = categories.state === 'ready' ? categories.value : undefined;
  const [preview, setPreview] = useState<
    { revision: number; html: string } | { revision: number; error: unknown }
  >();
  const previewRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview]);

  const article = loaded.state === 'ready' ? loaded.value.view.article : undefined;
  useDocumentTitle(article?.title ?? t('detailTitle'));

  if (!can.readArticles(principal)) return <Forbidden />;

  const showPreview = async (revision: number) => {
    try {
      setPreview({ revision, html: await api.preview(props.id, revision) });
    } catch (error) {
      setPreview({ revision, error });
    }
  };

  return (
    <>
      <p class="breadcrumb">
        <Link href={paths.articles()}>{t('articlesTitle')}</Link>
      </p>
      <PageTitle>{article ? article.title || t('untitled') : t('detailTitle')}</PageTitle>
      {loaded.state === 'loading' ? <Loading /> : null}
      {loaded.state === 'error' ? <ErrorNotice error={loaded.error} onRetry={reload} /> : null}
      {loaded.state === 'ready' && article ? (
        <>
          <dl class="meta meta-grid">
            <dt>{t('colStatus')}</dt>
            <dd>
              <StatusBadge status={article.status} />
            </dd>
            <dt>{t('colCategory')}</dt>
            <dd>{categoryName(categoryList, article.categorySlug, lang)}</dd>
            <dt>{t('colLanguage')}</dt>
            <dd>{article.language === 'vi' ? t('langVi') : t('langEn')}</dd>
            <dt>{t('author')}</dt>
            <dd>{article.authorName}</dd>
            <dt>{t('createdAt')}</dt>
            <dd>{formatDateTime(article.createdAt, lang)}</dd>
            <dt>{t('colUpdated')}</dt>
            <dd>{formatDateTime(article.updatedAt, lang)}</dd>
            {article.publishedAt ? (
              <>
                <dt>{t('publishedAt')}</dt>
                <dd>{formatDateTime(article.publishedAt, lang)}</dd>
              </>
            ) : null}
            {article.scheduledAt ? (
              <>
                <dt>{t('scheduledAt')}</dt>
                <dd>{formatDateTime(article.scheduledAt, lang)}</dd>
              </>
            ) : null}
            <dt>{t('slug')}</dt>
            <dd>
              <code>{article.slug}</code>
            </dd>
            <dt>{t('versionLabel')}</dt>
            <dd>{article.latestRevision}</dd>
          </dl>
          {article.reviewNote ? (
            <div class="notice notice-warning">
              <p class="notice-title">{t('reviewNote')}</p>
              <p>{article.reviewNote}</p>
            </div>
          ) : null}

          <p class="actions">
            {can.write(principal) && editable(article) ? (
              <Link href={paths.edit(article.id)} class="button button-secondary">
                {t('edit')}
              </Link>
            ) : null}
            {can.seeReviewQueue(principal) && article.status === 'in_review' ? (
              <Link href={paths.reviewItem(article.id)} class="button button-secondary">
                {t('goReview')}
              </Link>
            ) : null}
          </p>

          <DirectorActions article={article} onDone={reload} />

          <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t('history')}</h2>
            {loaded.value.history.length === 0 ? (
              <p>{t('historyEmpty')}</p>
            ) : (
              <div class="table-wrap">
                <table class="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('colWhen')}</th>
                      <th scope="col">{t('colWho')}</th>
                      <th scope="col">{t('colAction')}</th>
                      <th scope="col">{t('colTransition')}</th>
                      <th scope="col">{t('colNote')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {loaded.value.history.map((entry) => (
                      <tr key={`${entry.at}-${entry.action}`}>
                        <td>{formatDateTime(entry.at, lang)}</td>
                        <td>{entry.actorName}</td>
                        <td>{actionLabel(t, entry.action)}</td>
                        <td>
                          {entry.fromStatus || entry.toStatus
                            ? `${statusLabel(t, entry.fromStatus)} → ${statusLabel(t, entry.toStatus)}`
                            : '—'}
                        </td>
                        <td>{entry.note ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="revisions-heading">
            <h2 id="revisions-heading">{t('revisions')}</h2>
            <div class="table-wrap">
              <table class="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('colRevision')}</th>
                    <th scope="col">{t('colTitle')}</th>
                    <th scope="col">{t('colSavedBy')}</th>
                    <th scope="col">{t('colSavedAt')}</th>
                    <th scope="col">
                      <span class="visually-hidden">{t('preview')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...loaded.value.revisions]
                    .sort((a, b) => b.revision - a.revision)
                    .map((revision) => (
                      <tr key={revision.revision}>
                        <td>
                          {revision.revision}
                          {revision.revision === article.publishedRevision ? ` (${t('publishedMark')})` : ''}
                          {revision.revision === article.latestRevision ? ` (${t('latestMark')})` : ''}
                        </td>
                        <td>{revision.title}</td>
                        <td>{revision.savedByName}</td>
                        <td>{formatDateTime(revision.savedAt, lang)}</td>
                        <td>
                          <button
                            type="button"
                            class="button button-quiet"
                            onClick={() => showPreview(revision.revision)}
                          >
                            {t('previewRevision', { n: revision.revision })}
                          </button>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </section>

          {preview ? (
            <section aria-labelledby="revision-preview-heading">
              <h2 id="revision-preview-heading" tabIndex={-1} ref={previewRef}>
                {t('previewRevision', { n: preview.revision })}
              </h2>
              {'html' in preview ? (
                <iframe
                  class="preview-frame"
                  title={t('previewRevision', { n: preview.revision })}
                  sandbox=""
                  srcdoc={preview.html}
                />
              ) : (
                <ErrorNotice error={preview.error} />
              )}
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** Take a published article down, or archive it: the director's (archive: also the admin's), confirmed first. */
function DirectorActions(props: { article: Article; onDone: () => void }) {
  const { t } = useI18n();
  const { session } = useSession();
  const { article } = props;
  const [confirming, setConfirming] = useState<'unpublish' | 'archive' | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const mayUnpublish = can.unpublish(session.principal) && article.status === 'published';
  const mayArchive =
    can.archive(session.principal) && (article.status === 'published' || article.status === 'unpublished');
  if (!mayUnpublish && !mayArchive) return null;

  const run = async (action: 'unpublish' | 'archive') => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      if (action === 'unpublish') await api.unpublish(article.id, article.version);
      else await api.archive(article.id, article.version);
      setConfirming(undefined);
      props.onDone();
      // The buttons are gone with the old state; the page heading is a stable place to continue from.
      document.getElementById('page-title')?.focus();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="director-actions" aria-labelledby="director-actions-heading">
      <h2 id="director-actions-heading">{t('directorActions')}</h2>
      <ActionError
        error={error}
        conflictTitle={t('conflict')}
        reloadLabel={t('reloadLatest')}
        onReload={props.onDone}
      />
      {confirming ? (
        <p class="actions">
          <button
            ref={confirmRef}
            type="button"
            class="button button-warning"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => run(confirming)}
          >
            {confirming === 'unpublish' ? t('confirmUnpublish') : t('confirmArchive')}
          </button>
          <button type="button" class="button button-quiet" onClick={() => setConfirming(undefined)}>
            {t('cancel')}
          </button>
        </p>
      ) : (
        <p class="actions">
          {mayUnpublish ? (
            <button type="button" class="button button-warning" onClick={() => setConfirming('unpublish')}>
              {t('unpublish')}
            </button>
          ) : null}
          {mayArchive ? (
            <button type="button" class="button button-secondary" onClick={() => setConfirming('archive')}>
              {t('archive')}
            </button>
          ) : null}
        </p>
      )}
    </section>
  );
}
