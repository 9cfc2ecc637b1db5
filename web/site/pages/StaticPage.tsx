import type { Language } from '#shared/domain/text.ts';
import { type StaticPageId, sitePaths } from '#shared/site/urls.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { Layout } from '../components/Layout.tsx';
import { OpenGraph } from '../components/OpenGraph.tsx';
import { PageRating } from '../components/PageRating.tsx';
import { absoluteUrl, type SiteContext } from '../context.ts';
import { otherLanguage, staticPageTitles } from '../i18n.ts';
import { portal } from '../portal.ts';
import { Contact } from './static/Contact.tsx';
import { Introduction } from './static/Introduction.tsx';
import { Links } from './static/Links.tsx';
import { Organisation } from './static/Organisation.tsx';

const content: Record<StaticPageId, (props: { language: Language }) => ReturnType<typeof Introduction>> = {
  introduction: Introduction,
  organisation: Organisation,
  contact: Contact,
  links: Links,
};

/** A page of fixed content; every one exists in both languages and links to its counterpart. */
export function StaticPage({
  ctx,
  language,
  page,
}: {
  ctx: SiteContext;
  language: Language;
  page: StaticPageId;
}) {
  const title = staticPageTitles[page][language];
  const path = sitePaths.staticPage(language, page);
  const Content = content[page];
  return (
    <Layout
      ctx={ctx}
      language={language}
      title={`${title} | ${portal.shortName[language]}`}
      alternatePath={sitePaths.staticPage(otherLanguage(language), page)}
      links={{
        canonicalPath: path,
        alternates: [
          { language: 'vi', path: sitePaths.staticPage('vi', page) },
          { language: 'en', path: sitePaths.staticPage('en', page) },
        ],
      }}
      head={<OpenGraph language={language} type="website" title={title} url={absoluteUrl(ctx, path)} />}
    >
      <Breadcrumb language={language} trail={[]} current={title} />
      <article class="prose">
        <h1>{title}</h1>
        <Content language={language} />
      </article>
      <PageRating language={language} path={path} />
    </Layout>
  );
}
