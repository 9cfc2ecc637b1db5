import { useEffect, useState } from 'preact/hooks';
import { type Article, articleStatusSchema } from '#shared/domain/article.ts';
import type { Category } from '#shared/domain/directory.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { api } from '../api.ts';
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
import { statusKey } from '../i18n.ts';
import { can } from '../permissions.ts';
import { navigate, paths } from '../router.ts';

/** Filters live in the URL (?status=&category=&language=&mine=1), so back/forward and reload keep them. */
type Filters = { status: string; category: string; language: string; mine: boolean };

const filtersFrom = (query: URLSearchParams): Filters => ({
  status: query.get('status') ?? '',
  category: query.get('category') ?? '',
  language: query.get('language') ?? '',
  mine: query.get('mine') === '1',
});

function queryOf(filters: Filters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.category) query.set('category', filters.category);
  if (filters.language) query.set('language', filters.language);
  if (filters.mine) query.set('mine', '1');
  return query;
}

export function useCategories() {
  return useLoad(() => api.categories().then((answer) => answer.items), []);
}

export function categoryName(categories: Category[] | undefined, slug: string, lang: 'vi' | 'en'): string {
  const category = categories?.find((candidate) => candidate.slug === slug);
  if (!category) return slug;
  return lang === 'en' ? category.nameEn : category.nameVi;
}

type Page = { items: Article[]; nextCursor: string | undefined };

export function ArticleListPage(props: { query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const principal = session.principal;
  useDocumentTitle(t('articlesTitle'));
  const queryString = props.query.toString();
  const applied = filtersFrom(props.query);
  const [draft, setDraft] = useState<Filters>(applied);
  // Dependencies: the query string stands for `applied`.
  useEffect(() => setDraft(applied), [queryString]);

  const [categories] = useCategories();
  const categoryList = categories.state === 'ready' ? categories.value : undefined;

  const allowed = can.readArticles(principal);
  const [page, reload] = useLoad<Page>(async () => {
    if (!allowed) return { items: [], nextCursor: undefined };
    const answer = await api.listArticles({
      status: applied.status,
      categorySlug: applied.category,
      language: applied.language,
      ...(applied.mine ? { authorId: principal.userId } : {}),
    });
    return { items: answer.items, nextCursor: answer.nextCursor };
  }, [queryString, principal.userId, allowed]);
  const [more, setMore] = useState<{ items: Article[]; nextCursor: string | undefined } | undefined>();
  const [moreError, setMoreError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  // Dependencies: a new first page starts the paging over.
  useEffect(() => {
    setMore(undefined);
    setMoreError(undefined);
  }, [page]);

  if (!allowed) return <Forbidden />;

  const items = page.state === 'ready' ? [...page.value.items, ...(more?.items ?? [])] : [];
  const nextCursor = more ? more.nextCursor : page.state === 'ready' ? page.value.nextCursor : undefined;

  const loadMore = async () => {
    if (!nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const answer = await api.listArticles({
        status: applied.status,
        categorySlug: applied.category,
        language: applied.language,
        ...(applied.mine ? { authorId: principal.userId } : {}),
        cursor: nextCursor,
      });
      setMore((previous) => ({
        items: [...(previous?.items ?? []), ...answer.items],
        nextCursor: answer.nextCursor,
      }));
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <div class="page-heading">
        <PageTitle>{t('articlesTitle')}</PageTitle>
        {can.write(principal) ? (
          <Link href={paths.newArticle()} class="button button-primary">
            {t('newArticle')}
          </Link>
        ) : null}
      </div>

      <form
        class="filters"
        aria-label={t('filters')}
        onSubmit={(event) => {
          event.preventDefault();
          navigate(paths.articles(queryOf(draft)));
        }}
      >
        <div class="field">
          <label for="filter-status">{t('filterStatus')}</label>
          <select
            id="filter-status"
            value={draft.status}
            onChange={(event) => setDraft({ ...draft, status: event.currentTarget.value })}
          >
            <option value="">{t('filterAll')}</option>
            {articleStatusSchema.options.map((status) => (
              <option key={status} value={status}>
                {t(statusKey(status))}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-category">{t('filterCategory')}</label>
          <select
            id="filter-category"
            value={draft.category}
            onChange={(event) => setDraft({ ...draft, category: event.currentTarget.value })}
          >
            <option value="">{t('filterAll')}</option>
            {(categoryList ?? []).map((category) => (
              <option key={category.slug} value={category.slug}>
                {lang === 'en' ? category.nameEn : category.nameVi}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-language">{t('filterLanguage')}</label>
          <select
            id="filter-language"
            value={draft.language}
            onChange={(event) => setDraft({ ...draft, language: event.currentTarget.value })}
          >
            <option value="">{t('filterAll')}</option>
            <option value="vi">{t('langVi')}</option>
            <option value="en">{t('langEn')}</option>
          </select>
        </div>
        <div class="field field-checkbox">
          <input
            id="filter-mine"
            type="checkbox"
            checked={draft.mine}
            onChange={(event) => setDraft({ ...draft, mine: event.currentTarget.checked })}
          />
          <label for="filter-mine">{t('filterMine')}</label>
        </div>
        <div class="filter-actions">
          <button type="submit" class="button button-secondary">
            {t('applyFilters')}
          </button>
          {queryString ? (
            <Link href={paths.articles()} class="button button-quiet">
              {t('clearFilters')}
            </Link>
          ) : null}
        </div>
      </form>

      {page.state === 'loading' ? <Loading /> : null}
      {page.state === 'error' ? <ErrorNotice error={page.error} onRetry={reload} /> : null}
      {page.state === 'ready' && items.length === 0 ? <p class="empty">{t('noArticles')}</p> : null}
      {items.length > 0 ? (
        <>
          <p class="count" role="status">
            {t('articleCount', { n: items.length })}
          </p>
          <div class="table-wrap">
            <table class="data-table">
              <caption class="visually-hidden">{t('articlesTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colTitle')}</th>
                  <th scope="col">{t('colCategory')}</th>
                  <th scope="col">{t('colLanguage')}</th>
                  <th scope="col">{t('colStatus')}</th>
                  <th scope="col">{t('colAuthor')}</th>
                  <th scope="col">{t('colUpdated')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((article) => (
                  <tr key={article.id}>
                    <th scope="row">
                      <Link href={paths.detail(article.id)}>{article.title || t('untitled')}</Link>
                    </th>
                    <td>{categoryName(categoryList, article.categorySlug, lang)}</td>
                    <td>
                      <abbr title={article.language === 'vi' ? t('langVi') : t('langEn')}>
                        {article.language.toUpperCase()}
                      </abbr>
                    </td>
                    <td>
                      <StatusBadge status={article.status} />
                    </td>
                    <td>{article.authorName}</td>
                    <td>{formatDateTime(article.updatedAt, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {moreError ? <ErrorNotice error={moreError} /> : null}
      {nextCursor ? (
        <p>
          <button
            type="button"
            class="button button-secondary"
            onClick={loadMore}
            aria-disabled={loadingMore ? 'true' : undefined}
            aria-busy={loadingMore}
          >
            {loadingMore ? t('loading') : t('loadMore')}
          </button>
        </p>
      ) : null}
    </>
  );
}
