import { readEnv } from '#shared/config/env.ts';
import { recordAudit } from '#shared/data/audit.ts';
import { issueWrites, nextIssueNumberCounter } from '#shared/data/gazette.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import { ConcurrentChange, CounterMoved, DuplicateValue, VersionConflict } from '#shared/domain/errors.ts';
import { yearInVietnam } from '#shared/time/vietnam.ts';
import { loadIssue } from './issues.ts';
import { systemSteps } from './workflow/actor.ts';

/**
 * Issue numbers run per year of publication (Vietnam time), without gaps or duplicates: the year's counter
 * moves in the same transaction that gives the number, and a number guard makes a duplicate impossible
 * even if two counters were ever read alike.
 */
const MAX_ATTEMPTS = 50;

/** Errors that mean "another issue took this number at the same moment": read the counter again. */
const lostTheRace = (error: unknown) =>
  error instanceof CounterMoved ||
  error instanceof DuplicateValue ||
  error instanceof VersionConflict ||
  error instanceof ConcurrentChange;

export async function allocateNumber(issueId: string): Promise<{ number: number }> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    if (attempt > 0)
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * Math.min(attempt, 10)));
    const issue = await loadIssue(issueId);
    if (issue.number) return { number: issue.number };
    const year = yearInVietnam(issue.publishAt ?? new Date());
    // Per year unless the province numbers on across years (GAZETTE_ISSUE_NUMBERING, to be confirmed).
    const scope = readEnv().GAZETTE_ISSUE_NUMBERING === 'continuous' ? 'all' : year;
    const current = await nextIssueNumberCounter(scope);
    const number = current + 1;
    const at = new Date().toISOString();
    try {
      await runTransaction([
        issueWrites.advanceNumber(scope, current),
        issueWrites.replace({ ...issue, year, number, status: 'publishing', updatedAt: at }, issue.version),
        issueWrites.claimNumber(year, number, issueId),
        recordAudit(
          { type: 'GazetteIssue', id: issueId },
          systemSteps,
          'number',
          { fromStatus: issue.status, toStatus: 'publishing', note: `số ${number}/${year}` },
          at,
        ),
      ]);
      return { number };
    } catch (error) {
      if (lostTheRace(error)) continue;
      throw error;
    }
  }
  throw new Error(`could not allocate a number for issue ${issueId}`);
}
