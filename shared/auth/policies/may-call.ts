import type { Principal, Role } from '#shared/domain/roles.ts';
import { consultationPolicy } from './consultation.ts';
import { contentPolicy } from './content.ts';
import { dialoguePolicy } from './dialogue.ts';
import { feedbackPolicy } from './feedback.ts';
import { gazettePolicy } from './gazette.ts';

/**
 * Every context's admin routes with the roles allowed on each. The APIs enforce these tables
 * (`requireRoles`); the admin SPA reads the same tables to decide what to offer, so the two cannot drift.
 */
const adminRoutes = {
  ...contentPolicy,
  ...gazettePolicy,
  ...feedbackPolicy,
  ...consultationPolicy,
  // Online dialogues.
  ...dialoguePolicy,
};

/** `METHOD /api/<context>/admin/…`, as the route is registered and listed in its context's table. */
export type AdminRoute = keyof typeof adminRoutes;

/** Whether the API lets a caller with these roles through to `route`: some role of theirs is listed. */
export function mayCall(principal: Pick<Principal, 'roles'>, route: AdminRoute): boolean {
  const allowed: readonly Role[] = adminRoutes[route];
  return principal.roles.some((role) => allowed.includes(role));
}
