import { sitePaths } from '#shared/site/urls.ts';
import { Layout } from '../components/Layout.tsx';
import { SearchForm } from '../components/SearchForm.tsx';
import type { SiteContext } from '../context.ts';
import { labels } from '../i18n.ts';
import { portal } from '../portal.ts';

/**
 * The one 404 page (/404.html) for every missing URL, Vietnamese and English alike: the English part is
 * marked lang="en" so screen readers switch voice (WCAG 2.1 SC 3.1.2).
 */
export function NotFoundPage({ ctx }: { ctx: SiteContext }) {
  const vi = labels.vi;
  const en = labels.en;
  return (
    <Layout
      ctx={ctx}
      language="vi"
      title={`${vi.notFoundTitle} | ${portal.shortName.vi}`}
      alternatePath={sitePaths.home('en')}
      headerSearch={false}
      noindex
      links={{}}
    >
      <div class="prose">
        <h1>
          {vi.notFoundTitle} <span lang="en">/ {en.notFoundTitle}</span>
        </h1>
        <p>
          Trang bạn tìm không có hoặc đã được chuyển đi. Mời bạn về{' '}
          <a href={sitePaths.home('vi')}>trang chủ</a> hoặc tìm kiếm:
        </p>
        <SearchForm language="vi" id="not-found-search-vi" visibleLabel />
        <div lang="en">
          <p>
            The page you are looking for does not exist or has moved. Go to the{' '}
            <a href={sitePaths.home('en')}>English home page</a> or search the portal:
          </p>
          <SearchForm language="en" id="not-found-search-en" visibleLabel />
        </div>
      </div>
    </Layout>
  );
}
