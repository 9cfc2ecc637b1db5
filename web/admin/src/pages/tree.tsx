import type { Page } from '#shared/domain/page.ts';
import type { Language } from '#shared/domain/text.ts';
import { ancestorsOf, childrenOf } from '#shared/site/page-tree.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { pagesApi } from '../api/pages.ts';
import { useResource } from '../components/resource.tsx';
import { ItemTable } from '../components/table.tsx';
import { Forbidden, Link, PageTitle, useDocumentTitle } from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { paths } from '../router.ts';
import { PageStatusBadge } from './common.tsx';
import { usePagesWords } from './i18n.ts';

/** Depth-first: each page followed by its children, in their order. */
function inTreeOrder(pages: Page[]): Page[] {
  const ordered: Page[] = [];
  const visit = (parentId: string | undefined) => {
    for (const page of childrenOf(pages, parentId)) {
      ordered.push(page);
      visit(page.id);
    }
  };
  visit(undefined);
  // Pages whose parent is gone (another language, archived) still show, at the end.
  return [...ordered, ...pages.filter((page) => !ordered.includes(page))];
}

/** Every managed page, one table per language, indented by its depth in the tree. */
export function PageTreePage() {
  const { p, lang } = usePagesWords();
  const { session } = useSession();
  useDocumentTitle(p('treeTitle'));
  const allowed = can.readPages(session.principal);
  const pages = useResource(() => (allowed ? pagesApi.list() : Promise.resolve([])), [allowed]);
  if (!allowed) return <Forbidden />;
  const all = pages.resource.state === 'ready' ? pages.resource.value : [];
  return (
    <>
      <PageTitle>{p('treeTitle')}</PageTitle>
      <p class="intro">{p('treeIntro')}</p>
      {can.writePages(session.principal) ? (
        <p>
          <Link class="button button-primary" href={paths.newPage()}>
            {p('newPage')}
          </Link>
        </p>
      ) : null}
      {(['vi', 'en'] as Language[]).map((language) => {
        const ofLanguage = all.filter((page) => page.language === language);
        return (
          <ItemTable
            key={language}
            resource={pages.resource}
            onRetry={pages.reload}
            items={inTreeOrder(ofLanguage)}
            empty={p('treeEmpty')}
            caption={p('treeCaption', { language: language === 'vi' ? p('langVi') : p('langEn') })}
            columns={[p('colTitle'), p('colAddress'), p('colStatus'), p('colUpdated')]}
            row={(page) => (
              <tr key={page.id}>
                <th
                  scope="row"
                  style={{ paddingInlineStart: `${0.5 + ancestorsOf(ofLanguage, page.id).length * 1.5}rem` }}
                >
                  <Link href={paths.editPage(page.id)}>{page.title}</Link>
                </th>
                <td>
                  <code>{language === 'vi' ? `/${page.slug}/` : `/en/${page.slug}/`}</code>
                </td>
                <td>
                  <PageStatusBadge status={page.status} />
                </td>
                <td>{formatDateTime(page.updatedAt, lang)}</td>
              </tr>
            )}
          />
        );
      })}
    </>
  );
}
