import * as z from 'zod';
import { articleContentSchema, sourceAgencySchema } from './article.ts';
import { bilingual, isoInstantSchema, languageSchema, slugSchema, text } from './text.ts';
import { versionedSchema, versionSchema } from './versioned.ts';

/**
 * Agencies' contributions (issue 15): news or an announcement an agency writes for the portal and sends to
 * it. The portal's editors take it into their normal article workflow (an article draft prefilled from it,
 * crediting the agency) or decline it with a reason; the agency sees what became of each item it sent.
 *
 *   received ─take→ editing ─(the article goes live for the first time)→ published
 *       └─decline→ declined
 */
export const contributionStatusSchema = z.enum(['received', 'editing', 'published', 'declined']);
export type ContributionStatus = z.infer<typeof contributionStatusSchema>;
export const contributionStatusLabels: Record<ContributionStatus, { vi: string; en: string }> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  editing: { vi: 'Đang biên tập', en: 'Being edited' },
  published: { vi: 'Đã đăng', en: 'Published' },
  declined: { vi: 'Không sử dụng', en: 'Declined' },
};

const personSchema = z.object({ id: z.string(), name: z.string() });

export const contributionSchema = z.object({
  id: z.uuid(),
  agency: sourceAgencySchema,
  /** The language and news category the agency proposes; the editor may change both in the article. */
  language: languageSchema,
  categorySlug: slugSchema,
  title: z.string(),
  summary: z.string(),
  /** Sanitized when it was sent (shared/text/rich-text.ts), as an article's body. */
  bodyHtml: z.string(),
  status: contributionStatusSchema,
  sentBy: personSchema,
  receivedAt: isoInstantSchema,
  /** The article it became (taken into editing), and who took it when. */
  articleId: z.uuid().optional(),
  takenBy: personSchema.optional(),
  takenAt: isoInstantSchema.optional(),
  /** Published: the public article's path, e.g. `/tin-tuc/<slug>/`. */
  publicPath: z.string().optional(),
  publishedAt: isoInstantSchema.optional(),
  /** Declined: why, by whom, when. */
  declineReason: z.string().optional(),
  declinedBy: personSchema.optional(),
  declinedAt: isoInstantSchema.optional(),
  version: versionSchema,
  updatedAt: isoInstantSchema,
});
export type Contribution = z.infer<typeof contributionSchema>;

/** What an agency sends: the article's own rules for title, summary, body and category (so a take never fails on them). */
export const contributionInputSchema = articleContentSchema
  .pick({ title: true, summary: true, bodyHtml: true, categorySlug: true })
  .extend({ language: languageSchema });
export type ContributionInput = z.infer<typeof contributionInputSchema>;

export const takeContributionSchema = versionedSchema;

export const declineContributionSchema = versionedSchema.extend({
  reason: text({ min: 3, max: 1000 }).describe(bilingual('Lý do không sử dụng', 'Reason for declining')),
});
export type DeclineContribution = z.infer<typeof declineContributionSchema>;

export const contributionListQuerySchema = z.object({ status: contributionStatusSchema.optional() });
