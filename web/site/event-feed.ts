import { Feed } from 'feed';
import { absoluteUrl, type SiteContext } from './context.ts';
import { asHtml } from './feeds.ts';
import { withoutForbiddenCharacters } from './html.ts';
import { portal } from './portal.ts';

/**
 * A feed of events of the participation pages (a draft opened for comment, a report published, a dialogue
 * scheduled or archived): each entry is one event with its own id, so a reader shows the second event of the
 * same page as news too. Vietnamese, as the pages are. The update time is the newest entry's, else
 * generatedAt, never the clock: the same data gives the same bytes.
 */
export type FeedEvent = {
  /** Stable per event: the page's URL and a fragment naming the event. */
  id: string;
  title: string;
  path: string;
  at: string;
  summary: string;
};

export type EventFeed = {
  title: string;
  description: string;
  pagePath: string;
  rssPath: string;
  atomPath: string;
  events: FeedEvent[];
};

const MAX_ENTRIES = 50;

export function renderEventFeed(ctx: SiteContext, feed: EventFeed, format: 'rss' | 'atom'): string {
  const selfUrl = absoluteUrl(ctx, format === 'rss' ? feed.rssPath : feed.atomPath);
  const events = [...feed.events]
    .sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id))
    .slice(0, MAX_ENTRIES);
  const writer = new Feed({
    title: `${portal.name.vi} — ${feed.title}`,
    description: feed.description,
    id: selfUrl,
    link: absoluteUrl(ctx, feed.pagePath),
    language: 'vi',
    updated: new Date(events[0]?.at ?? ctx.generatedAt),
    generator: portal.name.vi,
    copyright: portal.reuse.vi,
    feed: selfUrl,
    author: { name: portal.name.vi, email: portal.email, link: absoluteUrl(ctx, feed.pagePath) },
  });
  for (const event of events) {
    const link = absoluteUrl(ctx, event.path);
    writer.addItem({
      title: asHtml(withoutForbiddenCharacters(event.title)),
      id: absoluteUrl(ctx, event.id),
      link,
      date: new Date(event.at),
      description: asHtml(withoutForbiddenCharacters(event.summary)),
    });
  }
  if (format === 'rss') return writer.rss2();
  return writer
    .atom1()
    .replace(
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    );
}
