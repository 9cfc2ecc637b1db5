import { auditEntrySchema } from '#shared/domain/audit.ts';
import {
  type StaffCreateInput,
  type StaffListQuery,
  type StaffUpdateInput,
  staffAccountViewSchema,
  staffCreatedSchema,
} from '#shared/domain/staff.ts';
import { contextClient, queryString } from './transport.ts';

/** Staff accounts (functions/content/staff.ts; the administrator's alone: shared/auth/policies/staff.ts). */
const content = contextClient('/api/content');
const accountPath = (username: string, rest = '') => `/admin/staff/${encodeURIComponent(username)}${rest}`;

export const staffApi = {
  list: (query: StaffListQuery) =>
    content.items(staffAccountViewSchema, 'GET', `/admin/staff${queryString(query)}`),
  create: (input: StaffCreateInput) =>
    content.json(staffCreatedSchema, 'POST', '/admin/staff', { body: input }),
  update: (username: string, input: StaffUpdateInput) =>
    content.json(staffAccountViewSchema, 'PUT', accountPath(username), { body: input }),
  disable: (username: string, expectedVersion: number) =>
    content.json(staffAccountViewSchema, 'POST', accountPath(username, '/disable'), {
      body: { expectedVersion },
    }),
  enable: (username: string, expectedVersion: number) =>
    content.json(staffAccountViewSchema, 'POST', accountPath(username, '/enable'), {
      body: { expectedVersion },
    }),
  history: (username: string) => content.items(auditEntrySchema, 'GET', accountPath(username, '/history')),
};
