import type { Child } from 'hono/jsx';
import type { Language } from '#shared/domain/text.ts';
import type { SiteContext } from '../context.ts';
import { otherLanguage } from '../i18n.ts';
import { portal } from '../portal.ts';
import { Breadcrumb } from './Breadcrumb.tsx';
import { type HeadLinks, Layout } from './Layout.tsx';

/** A page that exists in both languages: the shell, its canonical and hreflang twin, its breadcrumb. */
export function TwinPageLayout({
  ctx,
  language,
  title,
  description,
  path,
  alternatePath,
  trail,
  feeds,
  children,
}: {
  ctx: SiteContext;
  language: Language;
  title: string;
  description: string;
  path: string;
  alternatePath: string;
  trail: { name: string; path: string }[];
  feeds?: HeadLinks['feeds'];
  children: Child;
}) {
  return (
    <Layout
      ctx={ctx}
      language={language}
      title={`${title} | ${portal.shortName[language]}`}
      description={description}
      alternatePath={alternatePath}
      links={{
        canonicalPath: path,
        alternates: [
          { language, path },
          { language: otherLanguage(language), path: alternatePath },
        ],
        ...(feeds ? { feeds } : {}),
      }}
    >
      <Breadcrumb language={language} trail={trail} current={title} />
      {children}
    </Layout>
  );
}
