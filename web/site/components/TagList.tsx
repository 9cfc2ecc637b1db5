import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { labels } from '../i18n.ts';

/** The search API's results page for a tag: there are no tag pages, and search finds every article with it. */
export function tagSearchHref(language: Language, tag: string): string {
  return `${sitePaths.searchApi()}?${new URLSearchParams({ q: tag, lang: language }).toString()}`;
}

/** An article's tags, each a link to searching for it. */
export function TagList({ language, tags }: { language: Language; tags: string[] }) {
  if (tags.length === 0) return null;
  const text = labels[language];
  return (
    <div class="tags">
      <h2 id="tags-title">{text.tags}:</h2>
      <ul aria-labelledby="tags-title">
        {tags.map((tag) => (
          <li>
            <a href={tagSearchHref(language, tag)}>{tag}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
