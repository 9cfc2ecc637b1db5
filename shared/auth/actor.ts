import type { Actor } from '#shared/domain/audit.ts';
import type { Principal } from '#shared/domain/roles.ts';

export const actorOf = (principal: Principal): Actor => ({
  id: principal.userId,
  name: principal.displayName,
  username: principal.username,
  roles: principal.roles,
});
