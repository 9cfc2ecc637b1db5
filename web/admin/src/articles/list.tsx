import { type Article, articleStatusSchema } from '#shared/domain/article.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { contentApi } from '../api/content.ts';
import { categoryName, useCategories } from '../components/directory.ts';
import { FilterBar } from '../components/filter-bar.tsx';
import { LoadMore, usePagedList } from '../components/resource.tsx';
import { ItemTable } from '../components/table.tsx';
import { Forbidden, Link, PageTitle, useDocumentTitle } from '../components/ui.tsx';
import { useI18n, useSession } from '../context.ts';
import { statusKey } from '../i18n.ts';
import { can } from '../permissions.ts';
import { navigate, paths } from '../router.ts';
import { ArticleStatusBadge } from './status.tsx';

/** Filters live in the URL (?status=&category=&language=&mine=1), so back/forward and reload keep them. */
const filtersFrom = (query: URLSearchParams) => ({
  status: query.get('status') ?? '',
  category: query.get('category') ?? '',
  language: query.get('language') ?? '',
  mine: query.get('mine') === '1' ? '1' : '',
});

export function ArticleListPage(props: { query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const principal = session.principal;
  useDocumentTitle(t('articlesTitle'));
  const applied = filtersFrom(props.query);
  const categories = useCategories();

  const allowed = can.readArticles(principal);
  const list = usePagedList<Article>(
    (cursor) =>
      allowed
        ? contentApi.listArticles({
            status: applied.status,
            categorySlug: applied.category,
            language: applied.language,
            ...(applied.mine ? { authorId: principal.userId } : {}),
            ...(cursor ? { cursor } : {}),
          })
        : Promise.resolve({ items: [] }),
    [props.query.toString(), principal.userId, allowed],
  );

  if (!allowed) return <Forbidden />;

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

      <FilterBar
        label={t('filters')}
        applied={applied}
        applyLabel={t('applyFilters')}
        clear={{ label: t('clearFilters'), href: paths.articles() }}
        onApply={(query) => navigate(paths.articles(query))}
        filters={[
          {
            kind: 'select',
            param: 'status',
            id: 'filter-status',
            label: t('filterStatus'),
            options: articleStatusSchema.options.map((status) => ({
              value: status,
              label: t(statusKey(status)),
            })),
          },
          {
            kind: 'select',
            param: 'category',
            id: 'filter-category',
            label: t('filterCategory'),
            options:
              categories.state === 'ready'
                ? categories.value.map((category) => ({
                    value: category.slug,
                    label: lang === 'en' ? category.nameEn : category.nameVi,
                  }))
                : [],
          },
          {
            kind: 'select',
            param: 'language',
            id: 'filter-language',
            label: t('filterLanguage'),
            options: [
              { value: 'vi', label: t('langVi') },
              { value: 'en', label: t('langEn') },
            ],
          },
          { kind: 'checkbox', param: 'mine', id: 'filter-mine', label: t('filterMine') },
        ]}
      />

      <ItemTable
        resource={list.first.resource}
        onRetry={list.first.reload}
        items={list.items}
        empty={t('noArticles')}
        count={t('articleCount', { n: list.items.length })}
        caption={t('articlesTitle')}
        columns={[
          t('colTitle'),
          t('colCategory'),
          t('colLanguage'),
          t('colStatus'),
          t('colAuthor'),
          t('colUpdated'),
        ]}
        row={(article) => (
          <tr key={article.id}>
            <th scope="row">
              <Link href={paths.detail(article.id)}>{article.title || t('untitled')}</Link>
            </th>
            <td>{categoryName(categories, article.categorySlug, lang)}</td>
            <td>
              <abbr title={article.language === 'vi' ? t('langVi') : t('langEn')}>
                {article.language.toUpperCase()}
              </abbr>
            </td>
            <td>
              <ArticleStatusBadge status={article.status} />
            </td>
            <td>{article.authorName}</td>
            <td>{formatDateTime(article.updatedAt, lang)}</td>
          </tr>
        )}
      />
      <LoadMore list={list} />
    </>
  );
}
