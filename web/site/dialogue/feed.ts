import type { Dialogue } from '#shared/domain/dialogue.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import type { SiteContext } from '../context.ts';
import { type FeedEvent, renderEventFeed } from '../event-feed.ts';

/**
 * The dialogues' feeds (`/doi-thoai/rss.xml`, `/doi-thoai/atom.xml`): one entry when a dialogue is scheduled
 * (announced, at its creation), one when it is archived (its end, once the status says ended).
 */
export type FeedDialogue = Pick<
  Dialogue,
  'slug' | 'title' | 'topic' | 'leaders' | 'startsAt' | 'endsAt' | 'status' | 'createdAt'
>;

const leadersOf = (dialogue: FeedDialogue) =>
  dialogue.leaders.map((leader) => `${leader.name} (${leader.position})`).join('; ');

export function dialogueFeedEvents(dialogues: FeedDialogue[]): FeedEvent[] {
  return dialogues.flatMap((dialogue) => {
    const page = sitePaths.dialogue(dialogue.slug);
    const when = `${formatDateTime(dialogue.startsAt, 'vi')} – ${formatDateTime(dialogue.endsAt, 'vi')}`;
    const events: FeedEvent[] = [
      {
        id: `${page}#lich`,
        title: `Đối thoại trực tuyến: ${dialogue.title}`,
        path: page,
        at: dialogue.createdAt,
        summary: `${dialogue.topic}. Thời gian: ${when}. Lãnh đạo tham gia: ${leadersOf(dialogue)}.`,
      },
    ];
    if (dialogue.status === 'ended')
      events.push({
        id: `${page}#luu-tru`,
        title: `Đã diễn ra — câu hỏi và trả lời: ${dialogue.title}`,
        path: page,
        at: dialogue.endsAt,
        summary: `Buổi đối thoại (${when}) đã kết thúc; trang lưu các câu hỏi, câu trả lời và đường liên kết video.`,
      });
    return events;
  });
}

export const renderDialogueFeed = (ctx: SiteContext, dialogues: FeedDialogue[], format: 'rss' | 'atom') =>
  renderEventFeed(
    ctx,
    {
      title: 'Đối thoại trực tuyến',
      description:
        'Các buổi đối thoại trực tuyến với lãnh đạo tỉnh: lịch đối thoại và lưu trữ câu hỏi, trả lời',
      pagePath: sitePaths.dialogues(),
      rssPath: sitePaths.dialogueRssFeed(),
      atomPath: sitePaths.dialogueAtomFeed(),
      events: dialogueFeedEvents(dialogues),
    },
    format,
  );
