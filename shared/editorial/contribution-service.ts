import { randomUUID } from 'node:crypto';
import { agencyScopeOf, assertInAgencyScope } from '#shared/auth/agency-scope.ts';
import { countActivity } from '#shared/data/activity.ts';
import { recordAudit } from '#shared/data/audit.ts';
import {
  contributionWrites,
  getContribution,
  listContributions,
  listContributionsOfAgency,
} from '#shared/data/contributions.ts';
import { getAgency, getCategory } from '#shared/data/directory.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Article } from '#shared/domain/article.ts';
import type { Actor } from '#shared/domain/audit.ts';
import type { Contribution, ContributionInput, DeclineContribution } from '#shared/domain/contribution.ts';
import { errors, InvalidTransition, VersionConflict } from '#shared/domain/errors.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { assertInArea, mayEditIn } from './areas.ts';
import { areaOf, createArticle } from './article-service.ts';
import { found, sanitizedBody } from './content-rules.ts';
import { contributionEntity, countHandled } from './contribution-publication.ts';
import { type ContributionAction, decideContribution } from './contribution-workflow.ts';

/**
 * The verbs on agencies' contributions (docs/decisions.md 178–184). An agency user sends an item for its
 * own agency; the portal's editors take it into the article workflow (one transaction: the article draft,
 * its revision and slug, the contribution's new state and both audit records) or decline it with a reason.
 * Its publication is the article's (contribution-publication.ts). Agency users reach their own agency's
 * items only (shared/auth/agency-scope.ts); an editor takes or declines only inside their area.
 */
const load = (id: string) => found(getContribution(id), `contribution ${id}`);

/** The contributions a caller may see: an agency user its own agency's, the newsroom every agency's. */
export async function listContributionsFor(principal: Principal): Promise<Contribution[]> {
  const scope = agencyScopeOf(principal);
  return scope === undefined ? listContributions() : listContributionsOfAgency(scope);
}

/** One contribution, refused (403) to an agency user of another agency. */
export async function contributionFor(principal: Principal, id: string): Promise<Contribution> {
  const contribution = await load(id);
  assertInAgencyScope(principal, { agencyId: contribution.agency.id });
  return contribution;
}

/** Whether the actor's area covers the contribution (the SPA shows take and decline only then). */
export async function mayHandleContribution(contribution: Contribution, actor: Actor): Promise<boolean> {
  return mayEditIn(actor.roles, await areaOf(actor), contribution);
}

/** An agency user sends an item for its agency (from the token; an account without one sends nothing). */
export async function sendContribution(
  principal: Principal,
  input: ContributionInput,
  actor: Actor,
  now = new Date(),
): Promise<Contribution> {
  const agencyId = agencyScopeOf(principal) ?? principal.agencyId;
  if (!agencyId) throw errors.forbidden('only an account of an agency sends contributions');
  const agency = await getAgency(agencyId);
  if (!agency) throw errors.forbidden(`the account's agency ${agencyId} is not in the directory`);
  if (!(await getCategory(input.categorySlug))) {
    throw errors.field('categorySlug', 'Chuyên mục không tồn tại', 'No such category');
  }
  const at = now.toISOString();
  const id = randomUUID();
  const record: Contribution = {
    id,
    agency: { id: agency.id, nameVi: agency.nameVi, nameEn: agency.nameEn },
    language: input.language,
    categorySlug: input.categorySlug,
    title: input.title,
    summary: input.summary,
    bodyHtml: sanitizedBody(input.bodyHtml, { vi: 'tin bài', en: 'contribution' }),
    status: 'received',
    sentBy: { id: actor.id, name: actor.name },
    receivedAt: at,
    version: 1,
    updatedAt: at,
  };
  await runTransaction([
    contributionWrites.create(record),
    recordAudit(contributionEntity(id), actor, 'send', { toStatus: 'received' }, at),
    countActivity(at, 'contribution-received', { agency: agency.id }),
  ]);
  return record;
}

/** Loads, checks the version, the transition and the actor's area: the common part of take and decline. */
async function decided(id: string, expectedVersion: number, action: ContributionAction, actor: Actor) {
  const contribution = await load(id);
  if (contribution.version !== expectedVersion) throw new VersionConflict(`contribution ${id}`);
  const outcome = decideContribution(contribution.status, action);
  if ('refused' in outcome) throw new InvalidTransition(contribution.status, action);
  // Outside the area the editor reads but does not change (as for articles, decision 166).
  assertInArea(actor.roles, await areaOf(actor), contribution);
  return { contribution, to: outcome.to };
}

/**
 * An editor takes a contribution into editing: an article draft prefilled from it (language, category,
 * title, summary, body), crediting its agency, linked both ways, in one transaction with the audit records.
 */
export async function takeContribution(
  id: string,
  expectedVersion: number,
  actor: Actor,
  now = new Date(),
): Promise<{ contribution: Contribution; article: Article }> {
  const { contribution, to } = await decided(id, expectedVersion, 'take', actor);
  const at = now.toISOString();
  let taken: Contribution | undefined;
  const article = await createArticle(
    {
      language: contribution.language,
      categorySlug: contribution.categorySlug,
      title: contribution.title,
      summary: contribution.summary,
      bodyHtml: contribution.bodyHtml,
      tags: [],
    },
    actor,
    now,
    {
      sourceAgency: contribution.agency,
      contributionId: contribution.id,
      alsoWrite: (draft) => {
        taken = {
          ...contribution,
          status: to,
          articleId: draft.id,
          takenBy: { id: actor.id, name: actor.name },
          takenAt: at,
          version: expectedVersion + 1,
          updatedAt: at,
        };
        return [
          contributionWrites.replace(taken, expectedVersion),
          recordAudit(
            contributionEntity(id),
            actor,
            'take',
            { fromStatus: contribution.status, toStatus: to, note: draft.id },
            at,
          ),
        ];
      },
    },
  );
  if (!taken) throw new Error('the contribution was not taken');
  return { contribution: taken, article };
}

/** An editor declines a contribution, with the reason the agency reads. */
export async function declineContribution(
  id: string,
  input: DeclineContribution,
  actor: Actor,
  now = new Date(),
): Promise<Contribution> {
  const { contribution, to } = await decided(id, input.expectedVersion, 'decline', actor);
  const at = now.toISOString();
  const next: Contribution = {
    ...contribution,
    status: to,
    declineReason: input.reason,
    declinedBy: { id: actor.id, name: actor.name },
    declinedAt: at,
    version: input.expectedVersion + 1,
    updatedAt: at,
  };
  await runTransaction([
    contributionWrites.replace(next, input.expectedVersion),
    recordAudit(
      contributionEntity(id),
      actor,
      'decline',
      { fromStatus: contribution.status, toStatus: to, note: input.reason },
      at,
    ),
    await countHandled(contribution, 'declined', at),
  ]);
  return next;
}
