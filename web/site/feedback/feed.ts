import { Feed } from 'feed';
import type { PublishedFeedback } from '#shared/domain/feedback.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { absoluteUrl, type SiteContext } from '../context.ts';
import { asHtml, cdataSafe } from '../feeds.ts';
import { portal } from '../portal.ts';
import { excerpt } from './format.ts';
import { feedbackLabels as text } from './i18n.ts';

/**
 * XML 1.0 allows no C0 control character but tab, line feed and carriage return, not even inside CDATA;
 * a citizen's text pasted from elsewhere can carry them, so they are dropped before the feed is written.
 */
const xmlChars = (value: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters is the point.
  value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/**
 * RSS 2.0 of the newest published answers, newest first. The build date is the latest publication's,
 * else generatedAt, never the clock: the same answers give the same bytes.
 */
export function renderFeedbackRss(ctx: SiteContext, answers: PublishedFeedback[]): string {
  const selfUrl = absoluteUrl(ctx, sitePaths.feedbackFeed());
  // Ordinals follow first publication, as pubDate does; a re-approved answer keeps its place.
  const newestFirst = [...answers].sort((a, b) => b.ordinal - a.ordinal);
  const updated = answers.reduce<string>(
    (latest, answer) => (Date.parse(answer.publishedAt) > Date.parse(latest) ? answer.publishedAt : latest),
    answers[0]?.publishedAt ?? ctx.generatedAt,
  );
  const feed = new Feed({
    title: text.feedTitle,
    description: text.feedDescription,
    id: selfUrl,
    link: absoluteUrl(ctx, sitePaths.feedbackAnswers()),
    language: 'vi',
    updated: new Date(updated),
    generator: portal.name.vi,
    copyright: portal.reuse.vi,
    feed: selfUrl,
  });
  for (const answer of newestFirst) {
    const link = absoluteUrl(ctx, sitePaths.feedbackAnswer(answer.code));
    feed.addItem({
      title: asHtml(xmlChars(answer.publicTitle)),
      id: link,
      link,
      date: new Date(answer.publishedAt),
      published: new Date(answer.firstPublishedAt),
      description: asHtml(xmlChars(excerpt(answer.publicContent, 400))),
      content: cdataSafe(xmlChars(answer.answer.html)),
      category: [{ name: xmlChars(answer.agencyName) }],
    });
  }
  return feed.rss2();
}
