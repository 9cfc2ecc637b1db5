import { recordAudit } from '#shared/data/audit.ts';
import { distributionWrites } from '#shared/data/gazette.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Actor } from '#shared/domain/audit.ts';
import type { DistributionEntry } from '#shared/domain/gazette.ts';

/** The free distribution of the printed gazette: which agencies receive how many copies. */

/** Replaces the whole list, with its audit record, in one transaction. */
export async function replaceDistribution(
  officer: Actor,
  entries: DistributionEntry[],
): Promise<DistributionEntry[]> {
  await runTransaction([
    distributionWrites.replace(entries),
    recordAudit({ type: 'Distribution', id: 'list' }, officer, 'replace', {
      note: `${entries.length} cơ quan`,
    }),
  ]);
  return entries;
}
