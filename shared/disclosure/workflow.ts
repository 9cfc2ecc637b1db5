import type { DisclosureStatus } from '#shared/domain/disclosure.ts';
import type { Role } from '#shared/domain/roles.ts';

/**
 * The decisions about disclosures, pure: who may edit a record in which status, which action moves it where,
 * and the four-eyes rule. Editors (and the administrator) prepare records; the director, who answers for
 * what the province discloses, publishes and withdraws them, and never a record they changed last.
 */
export type DisclosureAction = 'publish' | 'withdraw';

export const disclosureTransitions: Record<
  DisclosureAction,
  { from: readonly DisclosureStatus[]; to: DisclosureStatus }
> = {
  publish: { from: ['draft', 'withdrawn'], to: 'published' },
  withdraw: { from: ['published'], to: 'withdrawn' },
};

export const disclosureEditors = ['admin', 'editor'] as const satisfies readonly Role[];
export const disclosureApprovers = ['director'] as const satisfies readonly Role[];

/** What a record published is not edited in place: it is withdrawn, corrected and published again. */
export const isEditable = (status: DisclosureStatus): boolean => status !== 'published';

export type DisclosureRefusal = 'invalid-transition' | 'own-change' | 'not-editable';

/** The status an action leads to, or why it is refused. */
export function decideDisclosure(
  record: { status: DisclosureStatus; updatedBy: { id: string } },
  action: DisclosureAction,
  actorId: string,
): { to: DisclosureStatus } | { refused: DisclosureRefusal } {
  const transition = disclosureTransitions[action];
  if (!transition.from.includes(record.status)) return { refused: 'invalid-transition' };
  if (action === 'publish' && record.updatedBy.id === actorId) return { refused: 'own-change' };
  return { to: transition.to };
}

/** Whether an edit of a record in this status is taken. */
export function decideEdit(status: DisclosureStatus): { ok: true } | { refused: DisclosureRefusal } {
  return isEditable(status) ? { ok: true } : { refused: 'not-editable' };
}
