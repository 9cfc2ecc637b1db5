import type { FieldProblem } from '#shared/domain/problem.ts';
import { sitePaths } from '#shared/site/urls.ts';

/**
 * Formatting and small models shared by the feedback pages. Pure and locale-fixed (vi-VN, Vietnam time),
 * so the same data always gives the same text.
 */

export { formatFileSize, formatIsoDate } from '../format.ts';

/** What the renderer needs of the models' settings (the lead's feedback settings carry more). */
export type FeedbackSettings = {
  /** Working days the officer has to forward an item (Decree 20/2008/NĐ-CP: 5). */
  forwardWorkingDays: number;
  /** Working days an agency has to answer unless the officer sets otherwise (15). */
  answerWorkingDays: number;
  /** Days after an item is closed before its personal data is removed. */
  retentionDays: number;
  /** The version of the privacy notice shown beside the consent box; the form posts it back. */
  noticeVersion: string;
};

/** An agency as the form and the listings name it. */
export type AgencyName = { id: string; nameVi: string };

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** `12.345`, `4,5`. */
export const formatNumber = (value: number) => numberFormat.format(value);

/** `85,7%`. */
export const formatShare = (share: number) => percentFormat.format(share);

/** Paragraphs of plain text: blank lines part paragraphs; single line breaks stay within one. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}

/** The start of a text, cut at a word boundary, for listings and feed summaries. */
export function excerpt(text: string, maxLength = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Sanitized rich text as plain text (JSON-LD wants text, not markup). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h[2-6]|\/tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** The public Q&A listings: every answer, one subject's, one agency's. */
export type AnswerListing =
  | { kind: 'all' }
  | { kind: 'topic'; topic: { slug: string; nameVi: string } }
  | { kind: 'agency'; agency: AgencyName };

/** A listing's front page and its numbered blocks. */
export function listingPaths(listing: AnswerListing): { front: string; page: (page: number) => string } {
  switch (listing.kind) {
    case 'topic':
      return {
        front: sitePaths.feedbackTopicAnswers(listing.topic.slug),
        page: (page) => sitePaths.feedbackTopicAnswersPage(listing.topic.slug, page),
      };
    case 'agency':
      return {
        front: sitePaths.feedbackAgencyAnswers(listing.agency.id),
        page: (page) => sitePaths.feedbackAgencyAnswersPage(listing.agency.id, page),
      };
    default:
      return { front: sitePaths.feedbackAnswers(), page: (page) => sitePaths.feedbackAnswersPage(page) };
  }
}

/** Field errors of one field, by the first segment of their path (`attachments.1` is the attachments'). */
export function errorsFor(errors: FieldProblem[], field: string): FieldProblem[] {
  return errors.filter((error) => (error.path.split('.')[0] ?? '') === field);
}

/** Minutes to wait, rounded up, at least one. */
export const minutesFrom = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
