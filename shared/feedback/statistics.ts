import { getFeedbackTotals, listAgencyFeedbackStats } from '#shared/data/feedback.ts';
import type { AgencyFeedbackStats, FeedbackStatistics } from '#shared/domain/feedback.ts';

/**
 * The public accountability figures, from counters kept in the transactions of the changes they count
 * (shared/data/feedback.ts): reading them costs the same however many items there are.
 * - received: items forwarded to the agency (each item once per agency, re-routing included);
 * - answered: answers of the agency that were published; on time: answered no later than the due day;
 * - median working days: from forwarding to the agency's answer, read from the histogram;
 * - reopened: answers the sender reopened, as a share of those answered; rating: the senders' 1–5.
 */
export function medianOfHistogram(histogram: Record<string, number>): number | null {
  const buckets = Object.entries(histogram)
    .map(([days, count]) => ({ days: Number(days), count }))
    .filter((bucket) => Number.isFinite(bucket.days) && bucket.count > 0)
    .sort((a, b) => a.days - b.days);
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  if (total === 0) return null;
  const value = (position: number) => {
    let seen = 0;
    for (const bucket of buckets) {
      seen += bucket.count;
      if (seen > position) return bucket.days;
    }
    return buckets.at(-1)?.days ?? 0;
  };
  // The middle value, or the mean of the two middle ones.
  return total % 2 === 1 ? value((total - 1) / 2) : (value(total / 2 - 1) + value(total / 2)) / 2;
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

export function agencyFigures(stats: AgencyFeedbackStats) {
  return {
    agencyId: stats.agencyId,
    agencyName: stats.agencyName,
    received: stats.received,
    answered: stats.answered,
    medianWorkingDaysToAnswer: medianOfHistogram(stats.workingDaysHistogram),
    shareAnsweredOnTime: share(stats.answeredOnTime, stats.answered),
    shareReopened: share(stats.reopened, stats.answered),
    averageRating: stats.ratingCount > 0 ? Math.round((stats.ratingSum / stats.ratingCount) * 10) / 10 : null,
  };
}

export async function feedbackStatistics(now = new Date()): Promise<FeedbackStatistics> {
  const [totals, agencies] = await Promise.all([getFeedbackTotals(), listAgencyFeedbackStats()]);
  return {
    generatedAt: now.toISOString(),
    totals,
    agencies: agencies.map(agencyFigures).sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi')),
  };
}
