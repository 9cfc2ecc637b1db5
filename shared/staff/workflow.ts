import { errors } from '#shared/domain/errors.ts';
import type { Role } from '#shared/domain/roles.ts';
import type { StaffAccount, StaffStatus } from '#shared/domain/staff.ts';

/**
 * Pure decisions on staff accounts (no I/O): which status an action leads to, which roles need an agency,
 * what an administrator may not do to their own account, and whether a token still stands.
 */

export type StaffAction = 'disable' | 'enable';

const transitions: Record<StaffAction, { from: StaffStatus; to: StaffStatus }> = {
  disable: { from: 'active', to: 'disabled' },
  enable: { from: 'disabled', to: 'active' },
};

/** The status after `action`, or InvalidTransition (disabling a disabled account, enabling an active one). */
export function nextStatus(current: StaffStatus, action: StaffAction): StaffStatus {
  const transition = transitions[action];
  if (transition.from !== current) throw errors.invalidTransition(current, action);
  return transition.to;
}

/**
 * An `agency` account must name its agency (agency-scope.ts refuses one without); an account without the
 * role has no use for one, so it keeps none. Returns the agency to store.
 */
export function agencyFor(roles: readonly Role[], agencyId: string | undefined): string | undefined {
  if (roles.includes('agency')) {
    if (!agencyId) {
      throw errors.field(
        'agencyId',
        'Tài khoản cơ quan phải có cơ quan',
        'An agency account must name its agency',
      );
    }
    return agencyId;
  }
  return undefined;
}

/**
 * An administrator cannot lock themselves out: not disable their own account, not take the admin role
 * from it (another administrator can).
 */
export function assertNotSelfLockout(
  actorUserId: string,
  account: Pick<StaffAccount, 'userId'>,
  change: { action: StaffAction } | { roles: readonly Role[] },
): void {
  if (actorUserId !== account.userId) return;
  if ('action' in change && change.action === 'disable') {
    throw errors.forbidden('an administrator cannot disable their own account');
  }
  if ('roles' in change && !change.roles.includes('admin')) {
    throw errors.field(
      'roles',
      'Không thể bỏ vai trò quản trị của chính mình',
      'You cannot remove the administrator role from your own account',
    );
  }
}

/** Whether a change of the account ends the sessions it has (its tokens carry the old roles or agency). */
export function endsSessions(
  before: Pick<StaffAccount, 'roles' | 'agencyId'>,
  after: typeof before,
): boolean {
  return (
    JSON.stringify([...before.roles].sort()) !== JSON.stringify([...after.roles].sort()) ||
    before.agencyId !== after.agencyId
  );
}

/**
 * Whether a token issued at `issuedAt` (seconds, the `iat` claim) still stands for this account: refused
 * once the account is disabled, and when issued before the account's sessions were ended. An account the
 * portal does not keep (created outside it) is Cognito's alone to refuse.
 */
export function tokenStands(
  account: Pick<StaffAccount, 'status' | 'tokensValidAfter'> | undefined,
  issuedAt: number | undefined,
): 'stands' | 'disabled' | 'ended' {
  if (!account) return 'stands';
  if (account.status === 'disabled') return 'disabled';
  if (account.tokensValidAfter) {
    // `iat` is in whole seconds: a token of the same second as the change is refused too (strict side).
    if (issuedAt === undefined || issuedAt * 1000 < Date.parse(account.tokensValidAfter)) return 'ended';
  }
  return 'stands';
}

/**
 * An `editor` account keeps its area (categories, languages; docs/decisions.md 167); an account without the
 * role keeps none. Returns the fields to store.
 */
export function editorAreaFor(
  roles: readonly Role[],
  input: Pick<StaffAccount, 'editorCategories' | 'editorLanguages'>,
): Pick<StaffAccount, 'editorCategories' | 'editorLanguages'> {
  if (!roles.includes('editor')) return {};
  return {
    ...(input.editorCategories?.length ? { editorCategories: input.editorCategories } : {}),
    ...(input.editorLanguages?.length ? { editorLanguages: input.editorLanguages } : {}),
  };
}
