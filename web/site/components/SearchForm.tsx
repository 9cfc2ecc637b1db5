import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { labels } from '../i18n.ts';

/**
 * A plain GET form to the search API, which answers with an HTML page: search works with JavaScript off
 * (Decree 224/2026/NĐ-CP asks every portal for a search tool). The label is real text, read by screen
 * readers and shown on the search page (WCAG 2.1 SC 1.3.1, 3.3.2).
 */
export function SearchForm({
  language,
  query = '',
  id,
  visibleLabel = false,
}: {
  language: Language;
  query?: string;
  id: string;
  visibleLabel?: boolean;
}) {
  const text = labels[language];
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for the screen readers and browsers many visitors still use; role="search" on the form is announced everywhere.
    <form
      class="search-form"
      role="search"
      aria-label={text.searchLabel}
      method="get"
      action={sitePaths.searchApi()}
    >
      <label for={id} class={visibleLabel ? 'search-form__label' : 'vh'}>
        {text.searchLabel}
      </label>
      <input type="search" id={id} name="q" value={query} placeholder={text.searchPlaceholder} />
      <input type="hidden" name="lang" value={language} />
      <button type="submit">{text.searchButton}</button>
    </form>
  );
}
