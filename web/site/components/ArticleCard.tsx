import type { PublishedArticle } from '#shared/domain/article.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { CoverImage } from './CoverImage.tsx';
import { PublishedTime } from './PublishedTime.tsx';

export type CardVariant = 'lead' | 'standard' | 'compact';

/**
 * One article in a list. The heading level follows the page's outline (WCAG 2.1 SC 1.3.1): h2 under the
 * page's h1, h3 inside a block that has its own h2. The title is the only link, so a screen reader's
 * list of links has one entry per article.
 */
export function ArticleCard({
  article,
  headingLevel,
  variant = 'standard',
}: {
  article: PublishedArticle;
  headingLevel: 2 | 3;
  variant?: CardVariant;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const showImage = variant !== 'compact' && article.coverImage !== undefined;
  const classes = ['card', `card--${variant}`, showImage && variant === 'standard' ? 'card--with-image' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li class={classes}>
      {showImage && article.coverImage ? (
        <CoverImage
          image={article.coverImage}
          class="card__image"
          sizes={variant === 'lead' ? '(min-width: 64rem) 40rem, 100vw' : '10rem'}
          eager={variant === 'lead'}
        />
      ) : null}
      <Heading class="card__title">
        <a href={sitePaths.article(article.language, article.slug)}>{article.title}</a>
      </Heading>
      <p class="card__meta">
        <PublishedTime instant={article.publishedAt} language={article.language} />
      </p>
      {variant === 'compact' ? null : <p class="card__summary">{article.summary}</p>}
    </li>
  );
}
