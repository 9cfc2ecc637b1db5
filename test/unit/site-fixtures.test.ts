import { describe, expect, it } from 'vitest';
import { publishedArticleSchema } from '#shared/domain/article.ts';
import { categorySchema } from '#shared/domain/directory.ts';
import { makeSampleArticles, sampleArticles, sampleCategories } from '#web/site/fixtures.ts';

describe('site fixtures', () => {
  it('are valid domain data, already in stored (normalized) form', () => {
    for (const category of sampleCategories) expect(categorySchema.parse(category)).toEqual(category);
    for (const article of [...sampleArticles, ...makeSampleArticles(30)]) {
      expect(publishedArticleSchema.parse(article)).toEqual(article);
    }
  });

  it('pair every translation both ways', () => {
    for (const article of sampleArticles.filter((candidate) => candidate.translationSlug)) {
      const translation = sampleArticles.find(
        (candidate) => candidate.language !== article.language && candidate.slug === article.translationSlug,
      );
      expect(translation?.translationSlug).toBe(article.slug);
      expect(translation?.categorySlug).toBe(article.categorySlug);
    }
  });

  it('number articles per category and language without gaps, in order of first publication', () => {
    for (const list of [sampleArticles, makeSampleArticles(100)]) {
      const groups = new Map<string, typeof list>();
      for (const article of list) {
        const key = `${article.language}/${article.categorySlug}`;
        groups.set(key, [...(groups.get(key) ?? []), article]);
      }
      for (const group of groups.values()) {
        const byOrdinal = [...group].sort((a, b) => a.ordinal - b.ordinal);
        expect(byOrdinal.map((article) => article.ordinal)).toEqual(byOrdinal.map((_, index) => index));
        const firstPublished = byOrdinal.map((article) => article.firstPublishedAt);
        expect(firstPublished).toEqual([...firstPublished].sort());
      }
      expect(new Set(list.map((article) => `${article.language}/${article.slug}`)).size).toBe(list.length);
    }
  });
});
