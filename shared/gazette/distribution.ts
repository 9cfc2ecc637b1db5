import { recordAudit } from '#shared/data/audit.ts';
import { distributionWrites, listDistribution } from '#shared/data/gazette.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Actor } from '#shared/domain/audit.ts';
import type { DistributionEntry } from '#shared/domain/gazette.ts';

/** The free distribution of the printed gazette: which agencies receive how many copies. */

/** Replaces the list in one transaction: agencies added, changed and removed, with one audit record. */
export async function replaceDistribution(
  officer: Actor,
  entries: DistributionEntry[],
): Promise<DistributionEntry[]> {
  const current = await listDistribution();
  const keep = new Set(entries.map((entry) => entry.agencyId));
  await runTransaction([
    ...entries.map((entry) => distributionWrites.put(entry)),
    ...current
      .filter((entry) => !keep.has(entry.agencyId))
      .map((entry) => distributionWrites.remove(entry.agencyId)),
    recordAudit({ type: 'Distribution', id: 'list' }, officer, 'replace', {
      note: `${entries.length} cơ quan`,
    }),
  ]);
  return entries;
}
