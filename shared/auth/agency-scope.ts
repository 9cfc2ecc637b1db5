import { errors } from '#shared/domain/errors.ts';
import type { Principal } from '#shared/domain/roles.ts';

/**
 * Agency scoping, for every context: a user whose only role is `agency` sees and acts on their own
 * agency's records only (the documents it submitted, the feedback forwarded to it); any other role that
 * the route's policy lets through works across agencies. The agency comes from the token
 * (`custom:agency_id`), which users cannot change.
 */

/** The agency a caller is limited to, or undefined when the caller sees every agency. */
export function agencyScopeOf(principal: Principal): string | undefined {
  const onlyAgency = principal.roles.every((role) => role === 'agency');
  if (!onlyAgency) return undefined;
  if (!principal.agencyId) throw errors.forbidden('an agency account without an agency');
  return principal.agencyId;
}

/** Refuses (403) a record of another agency to a caller limited to their own. */
export function assertInAgencyScope(principal: Principal, record: { agencyId?: string | undefined }): void {
  const scope = agencyScopeOf(principal);
  if (scope !== undefined && record.agencyId !== scope) {
    throw errors.forbidden('this belongs to another agency');
  }
}
