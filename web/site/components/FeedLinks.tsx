import type { Language } from '#shared/domain/text.ts';
import { labels } from '../i18n.ts';

/** Visible links to a listing's feeds (the head carries the same links for feed readers). */
export function FeedLinks({
  language,
  rssPath,
  atomPath,
}: {
  language: Language;
  rssPath: string;
  atomPath: string;
}) {
  const text = labels[language];
  return (
    <p class="feed-links">
      {text.feeds}: <a href={rssPath}>{text.rss}</a> · <a href={atomPath}>{text.atom}</a>
    </p>
  );
}
