import type { PublishedArticle } from '#shared/domain/article.ts';
import { ArticleCard, type CardVariant } from './ArticleCard.tsx';

/** A list of article cards; a real list, so screen readers announce how many there are. */
export function ArticleList({
  articles,
  headingLevel,
  variant = 'standard',
  leadFirst = false,
}: {
  articles: PublishedArticle[];
  headingLevel: 2 | 3;
  variant?: CardVariant;
  /** Show the first article larger, with its image (home page). */
  leadFirst?: boolean;
}) {
  return (
    <ul class="card-list">
      {articles.map((article, index) => (
        <ArticleCard
          article={article}
          headingLevel={headingLevel}
          variant={leadFirst && index === 0 ? 'lead' : variant}
        />
      ))}
    </ul>
  );
}
