import type { Language } from '#shared/domain/text.ts';
import { locales } from '../i18n.ts';
import { portal } from '../portal.ts';

/** Open Graph tags: how a shared link looks on social networks and in chat apps. */
export function OpenGraph({
  language,
  type,
  title,
  description,
  url,
  image,
  imageAlt,
  article,
}: {
  language: Language;
  type: 'website' | 'article';
  title: string;
  description?: string | undefined;
  url: string;
  image?: string | undefined;
  imageAlt?: string | undefined;
  article?: { publishedTime: string; modifiedTime: string; section: string; tags: string[] };
}) {
  return (
    <>
      <meta property="og:site_name" content={portal.name[language]} />
      <meta property="og:locale" content={locales[language]} />
      <meta property="og:type" content={type} />
      <meta property="og:title" content={title} />
      {description ? <meta property="og:description" content={description} /> : null}
      <meta property="og:url" content={url} />
      {image ? <meta property="og:image" content={image} /> : null}
      {image && imageAlt ? <meta property="og:image:alt" content={imageAlt} /> : null}
      {article ? (
        <>
          <meta property="article:published_time" content={article.publishedTime} />
          <meta property="article:modified_time" content={article.modifiedTime} />
          <meta property="article:section" content={article.section} />
          {article.tags.map((tag) => (
            <meta property="article:tag" content={tag} />
          ))}
        </>
      ) : null}
    </>
  );
}
