import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Category } from '#shared/domain/directory.ts';
import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { absoluteUrl, categoryName, type SiteContext } from './context.ts';
import { coverPathUpTo } from './media.ts';
import { portal } from './portal.ts';

/** Share images: the widest variant up to 1200 px (what Open Graph and Google ask for), else the original. */
export const SHARE_IMAGE_MAX_WIDTH = 1200;

export function shareImageUrl(ctx: SiteContext, article: PublishedArticle): string | undefined {
  return article.coverImage
    ? absoluteUrl(ctx, coverPathUpTo(article.coverImage, SHARE_IMAGE_MAX_WIDTH))
    : undefined;
}

/** The portal's unit as schema.org sees it: a government body under the provincial People's Committee's office. */
export function governmentOrganization(ctx: SiteContext, language: Language) {
  return {
    '@type': 'GovernmentOrganization',
    name: portal.name[language],
    alternateName: portal.acronym,
    url: absoluteUrl(ctx, sitePaths.home(language)),
    address: {
      '@type': 'PostalAddress',
      streetAddress: portal.address.street,
      addressLocality: portal.address.locality,
      addressRegion: portal.address.region,
      addressCountry: portal.address.country,
    },
    telephone: portal.telephone.schema,
    email: portal.email,
    // The founding proposal places the portal under the Office of the People's Committee (Đề án, mục III.1).
    parentOrganization: {
      '@type': 'GovernmentOrganization',
      name: portal.office[language],
      parentOrganization: { '@type': 'GovernmentOrganization', name: portal.province[language] },
    },
  };
}

export function organizationJsonLd(ctx: SiteContext, language: Language) {
  return { '@context': 'https://schema.org', ...governmentOrganization(ctx, language) };
}

export function newsArticleJsonLd(ctx: SiteContext, article: PublishedArticle, category: Category) {
  const url = absoluteUrl(ctx, sitePaths.article(article.language, article.slug));
  const image = shareImageUrl(ctx, article);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.firstPublishedAt,
    dateModified: article.publishedAt,
    inLanguage: article.language,
    articleSection: categoryName(category, article.language),
    ...(article.tags.length > 0 ? { keywords: article.tags.join(', ') } : {}),
    ...(image ? { image: [image] } : {}),
    author: { '@type': 'Person', name: article.authorName },
    publisher: governmentOrganization(ctx, article.language),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
  };
}
