import { useState } from 'preact/hooks';
import type { Article } from '#shared/domain/article.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { contentApi } from '../api/content.ts';
import { ActionError, useAction } from '../components/decision-panel.tsx';
import { categoryName, useCategories } from '../components/directory.ts';
import { HistorySection } from '../components/history.tsx';
import { ResourceStatus, useResource } from '../components/resource.tsx';
import { DataTable } from '../components/table.tsx';
import {
  ErrorNotice,
  Forbidden,
  Link,
  MetaList,
  PageTitle,
  useDocumentTitle,
  useFocusOn,
} from '../components/ui.tsx';
import { useI18n, useSession } from '../context.ts';
import { actionLabel, statusLabel } from '../i18n.ts';
import { can, editable } from '../permissions.ts';
import { paths } from '../router.ts';
import { ArticleStatusBadge } from './status.tsx';

/** An article's state, its history (who did what, when, from which status to which) and its revisions. */
export function ArticleDetailPage(props: { id: string }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const principal = session.principal;
  const { resource, reload } = useResource(
    () =>
      Promise.all([
        contentApi.getArticle(props.id),
        contentApi.history(props.id),
        contentApi.revisions(props.id),
      ]),
    [props.id],
  );
  const categories = useCategories();
  const [preview, setPreview] = useState<
    { revision: number; html: string } | { revision: number; error: unknown }
  >();
  const previewRef = useFocusOn<HTMLHeadingElement>(preview);

  const loaded = resource.state === 'ready' ? resource.value : undefined;
  const [view, history, revisions] = loaded ?? [];
  const article = view?.article;
  useDocumentTitle(article?.title ?? t('detailTitle'));

  if (!can.readArticles(principal)) return <Forbidden />;

  const showPreview = async (revision: number) => {
    try {
      setPreview({ revision, html: await contentApi.preview(props.id, revision) });
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
      <ResourceStatus resource={resource} onRetry={reload} />
      {article && history && revisions ? (
        <>
          <MetaList
            grid
            items={[
              [t('colStatus'), <ArticleStatusBadge status={article.status} />],
              [t('colCategory'), categoryName(categories, article.categorySlug, lang)],
              [t('colLanguage'), article.language === 'vi' ? t('langVi') : t('langEn')],
              [t('author'), article.authorName],
              Boolean(article.sourceAgency) && [
                t('sourceAgency'),
                lang === 'en' ? article.sourceAgency?.nameEn : article.sourceAgency?.nameVi,
              ],
              [t('createdAt'), formatDateTime(article.createdAt, lang)],
              [t('colUpdated'), formatDateTime(article.updatedAt, lang)],
              Boolean(article.publishedAt) && [t('publishedAt'), formatDateTime(article.publishedAt, lang)],
              Boolean(article.scheduledAt) && [t('scheduledAt'), formatDateTime(article.scheduledAt, lang)],
              [t('slug'), <code>{article.slug}</code>],
              [t('versionLabel'), article.latestRevision],
            ]}
          />
          {can.write(principal) && view?.mayEdit === false ? (
            <div class="notice notice-info">
              <p>{t('articleOutsideArea')}</p>
            </div>
          ) : null}
          {article.reviewNote ? (
            <div class="notice notice-warning">
              <p class="notice-title">{t('reviewNote')}</p>
              <p>{article.reviewNote}</p>
            </div>
          ) : null}

          <p class="actions">
            {can.write(principal) && editable(article) && view?.mayEdit ? (
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

          <HistorySection
            history={{ state: 'ready', value: history }}
            onRetry={reload}
            actionLabel={(action) => actionLabel(t, action)}
            statusLabel={(status) => statusLabel(t, status)}
          />

          <section aria-labelledby="revisions-heading">
            <h2 id="revisions-heading">{t('revisions')}</h2>
            <DataTable
              columns={[
                t('colRevision'),
                t('colTitle'),
                t('colSavedBy'),
                t('colSavedAt'),
                { label: t('preview'), hidden: true },
              ]}
            >
              {[...revisions]
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
            </DataTable>
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
  const { busy, error, run } = useAction();
  const confirmRef = useFocusOn<HTMLButtonElement>(confirming);

  const mayUnpublish = can.unpublish(session.principal) && article.status === 'published';
  const mayArchive =
    can.archive(session.principal) && (article.status === 'published' || article.status === 'unpublished');
  if (!mayUnpublish && !mayArchive) return null;

  const take = (action: 'unpublish' | 'archive') =>
    run(async () => {
      if (action === 'unpublish') await contentApi.unpublish(article.id, article.version);
      else await contentApi.archive(article.id, article.version);
      setConfirming(undefined);
      props.onDone();
      // The buttons are gone with the old state; the page heading is a stable place to continue from.
      document.getElementById('page-title')?.focus();
    });

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
            onClick={() => void take(confirming)}
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
