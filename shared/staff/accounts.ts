import { getAgency, getCategory } from '#shared/data/directory.ts';
import {
  createStaffAccount,
  getStaffAccount,
  getStaffAccountView,
  listStaffAccounts,
  replaceStaffAccount,
  usernameTaken,
} from '#shared/data/staff.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { errors, VersionConflict } from '#shared/domain/errors.ts';
import type { Role } from '#shared/domain/roles.ts';
import type {
  StaffAccount,
  StaffAccountView,
  StaffCreated,
  StaffCreateInput,
  StaffFields,
  StaffListQuery,
} from '#shared/domain/staff.ts';
import { foldDiacritics } from '#shared/text/vietnamese.ts';
import { staffDirectory } from './directory-port.ts';
import {
  agencyFor,
  assertNotSelfLockout,
  editorAreaFor,
  endsSessions,
  nextStatus,
  type StaffAction,
} from './workflow.ts';

/**
 * The administrator's verbs on staff accounts: load → decide (workflow.ts) → the directory (Cognito or the
 * local issuer; idempotent calls) → one transaction with the audit record. The directory goes first: a
 * record that says "disabled" while Cognito still signs the user in would be worse than the reverse, and a
 * failure between the two is repaired by repeating the action (docs/decisions.md 150).
 */

async function agencyOf(roles: readonly Role[], agencyId: string | undefined): Promise<string | undefined> {
  const agency = agencyFor(roles, agencyId);
  if (agency && !(await getAgency(agency))) {
    throw errors.field('agencyId', 'Không có cơ quan này trong danh bạ', 'No such agency in the directory');
  }
  return agency;
}

async function checkedEditorArea(
  roles: readonly Role[],
  input: StaffFields,
): Promise<ReturnType<typeof editorAreaFor>> {
  const area = editorAreaFor(roles, input);
  const missing = [];
  for (const slug of area.editorCategories ?? []) if (!(await getCategory(slug))) missing.push(slug);
  if (missing.length > 0) {
    throw errors.field(
      'editorCategories',
      `Không có chuyên mục: ${missing.join(', ')}`,
      `No such category: ${missing.join(', ')}`,
    );
  }
  return area;
}

async function load(username: string, expectedVersion: number): Promise<StaffAccount> {
  const current = await getStaffAccount(username);
  if (!current) throw errors.notFound(`staff account “${username}”`);
  if (current.version !== expectedVersion) {
    throw new VersionConflict(`staff account ${username} is no longer at version ${expectedVersion}`);
  }
  return current;
}

const fold = (value: string) => foldDiacritics(value).toLowerCase();

export async function listStaff(query: StaffListQuery): Promise<StaffAccountView[]> {
  const words = query.q ? fold(query.q).trim() : '';
  return (await listStaffAccounts()).filter(
    (account) =>
      (!query.status || account.status === query.status) &&
      (!query.role || account.roles.includes(query.role)) &&
      (!query.agencyId || account.agencyId === query.agencyId) &&
      (!words || fold(`${account.name} ${account.username} ${account.email}`).includes(words)),
  );
}

export async function getStaff(username: string): Promise<StaffAccountView> {
  const account = await getStaffAccountView(username);
  if (!account) throw errors.notFound(`staff account “${username}”`);
  return account;
}

export async function createStaff(input: StaffCreateInput, actor: Actor): Promise<StaffCreated> {
  const agencyId = await agencyOf(input.roles, input.agencyId);
  const area = await checkedEditorArea(input.roles, input);
  if (await getStaffAccount(input.username)) throw usernameTaken(input.username)();
  const directory = staffDirectory();
  const { userId, initialPassword } = await directory.createUser({ ...input, agencyId });
  const now = new Date().toISOString();
  const account: StaffAccount = {
    username: input.username,
    userId,
    name: input.name,
    email: input.email,
    roles: input.roles,
    ...(agencyId ? { agencyId } : {}),
    ...area,
    status: 'active',
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  try {
    await createStaffAccount(account, actor);
  } catch (error) {
    // The directory's user without its record would sign in unmanaged: take it back.
    await directory.deleteUser(input.username);
    throw error;
  }
  return { account, ...(initialPassword ? { initialPassword } : {}) };
}

/**
 * Name, e-mail, roles, agency and an editor's area. A change of roles or agency ends the account's sessions;
 * an area does not need to (the article verbs read it from the record on every request).
 */
export async function updateStaff(
  username: string,
  input: StaffFields & { expectedVersion: number },
  actor: Actor,
): Promise<StaffAccountView> {
  const current = await load(username, input.expectedVersion);
  const agencyId = await agencyOf(input.roles, input.agencyId);
  const area = await checkedEditorArea(input.roles, input);
  assertNotSelfLockout(actor.id, current, { roles: input.roles });
  const now = new Date().toISOString();
  const {
    agencyId: _previousAgency,
    editorCategories: _previousCategories,
    editorLanguages: _previousLanguages,
    ...rest
  } = current;
  const next: StaffAccount = {
    ...rest,
    name: input.name,
    email: input.email,
    roles: input.roles,
    ...(agencyId ? { agencyId } : {}),
    ...area,
    updatedAt: now,
    version: current.version + 1,
  };
  const ending = endsSessions(current, next);
  if (ending) next.tokensValidAfter = now;
  const directory = staffDirectory();
  await directory.updateUser(
    username,
    { name: next.name, email: next.email, agencyId, hadAgency: Boolean(current.agencyId) },
    {
      add: next.roles.filter((role) => !current.roles.includes(role)),
      remove: current.roles.filter((role) => !next.roles.includes(role)),
    },
  );
  if (ending) await directory.endSessions(username);
  await replaceStaffAccount(current, next, 'update', actor);
  return getStaff(username);
}

/** Disable (its tokens are refused from the next request on) or enable again. */
export async function setStaffStatus(
  username: string,
  action: StaffAction,
  expectedVersion: number,
  actor: Actor,
): Promise<StaffAccountView> {
  const current = await load(username, expectedVersion);
  assertNotSelfLockout(actor.id, current, { action });
  const status = nextStatus(current.status, action);
  const now = new Date().toISOString();
  const next: StaffAccount = {
    ...current,
    status,
    updatedAt: now,
    // A disable ends every session; after an enable the user signs in again.
    ...(action === 'disable' ? { tokensValidAfter: now } : {}),
    version: current.version + 1,
  };
  const directory = staffDirectory();
  if (action === 'disable') await directory.disableUser(username);
  else await directory.enableUser(username);
  await replaceStaffAccount(current, next, action, actor);
  return getStaff(username);
}
