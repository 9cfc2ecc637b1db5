import { getArticle } from '#shared/data/articles.ts';
import { findByWords } from '#shared/data/word-index.ts';
import type { Article } from '#shared/domain/article.ts';
import type { ArticleLookupItem, ArticleLookupQuery } from '#shared/domain/article-lookup.ts';

/**
 * The article picker's lookup (decision 198): the title word index of one language, then the heads of at
 * most `limit` articles (status, category and date are the head's, so the index never follows the
 * workflow). Most recently changed first.
 */
export async function lookupArticles(query: ArticleLookupQuery): Promise<ArticleLookupItem[]> {
  const { ownerIds } = await findByWords(`article-title-${query.language}`, query.q, query.limit);
  const heads = await Promise.all(ownerIds.map((id) => getArticle(id)));
  return heads
    .filter((article): article is Article => article?.language === query.language)
    .map((article) => ({
      id: article.id,
      language: article.language,
      title: article.title,
      categorySlug: article.categorySlug,
      status: article.status,
      updatedAt: article.updatedAt,
      ...(article.translationOf ? { translationOf: article.translationOf } : {}),
    }))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
