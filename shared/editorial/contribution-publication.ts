import { countActivity } from '#shared/data/activity.ts';
import { recordAudit } from '#shared/data/audit.ts';
import { workingCalendar } from '#shared/data/calendar.ts';
import { contributionWrites, getContribution } from '#shared/data/contributions.ts';
import type { TransactionWrite } from '#shared/data/transactions.ts';
import type { Article } from '#shared/domain/article.ts';
import type { Actor, EntityRef } from '#shared/domain/audit.ts';
import type { Contribution } from '#shared/domain/contribution.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { decideContribution, handlingIncrements } from './contribution-workflow.ts';

/**
 * What an article's first publication does to the contribution it was written from (decision 181): the
 * contribution becomes `published` with the article's public path, its audit record and the reports'
 * `contribution-handled` counter, all in the publication's own transaction (article-service.ts adds these
 * writes to it). Nothing for an article of no contribution, or one published before.
 */
export const contributionEntity = (id: string): EntityRef => ({ type: 'Contribution', id });

/** The reports' `contribution-handled` counter of one outcome, with the working days it took (decision 183). */
export async function countHandled(
  contribution: Contribution,
  outcome: 'published' | 'declined',
  at: string,
): Promise<TransactionWrite> {
  return countActivity(
    at,
    'contribution-handled',
    { agency: contribution.agency.id, outcome },
    handlingIncrements(contribution.receivedAt, at, await workingCalendar()),
  );
}

export async function contributionPublicationWrites(
  article: Article,
  actor: Actor,
  at: string,
): Promise<TransactionWrite[]> {
  if (!article.contributionId || article.firstPublishedAt) return [];
  const contribution = await getContribution(article.contributionId);
  if (!contribution) return [];
  const outcome = decideContribution(contribution.status, 'publish');
  // Already published or declined (an article taken, then the same item handled otherwise): left as it is.
  if ('refused' in outcome) return [];
  const publicPath = sitePaths.article(article.language, article.slug);
  const next: Contribution = {
    ...contribution,
    status: outcome.to,
    publicPath,
    publishedAt: at,
    version: contribution.version + 1,
    updatedAt: at,
  };
  return [
    contributionWrites.replace(next, contribution.version),
    recordAudit(
      contributionEntity(contribution.id),
      actor,
      'publish',
      { fromStatus: contribution.status, toStatus: outcome.to, note: publicPath },
      at,
    ),
    await countHandled(contribution, 'published', at),
  ];
}
