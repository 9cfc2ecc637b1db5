import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Actor } from '#shared/domain/audit.ts';
import { DuplicateValue } from '#shared/domain/errors.ts';
import {
  type StaffAccount,
  type StaffAccountView,
  staffAccountSchema,
  staffAccountViewSchema,
} from '#shared/domain/staff.ts';
import { changedFields, recordAudit } from './audit.ts';
import { dynamo, tableName } from './clients.ts';
import { keys } from './keys.ts';
import { getItem, queryAll } from './reads.ts';
import { storable } from './stored-shape.ts';
import { createItem, replaceVersioned, runTransaction } from './transactions.ts';

/**
 * Staff accounts: the record (versioned, audited), the last sign-in (its own item, written when a new
 * sign-in is first seen), and on one machine the local issuer's password hash (its own item, never read
 * with the record, never in a listing).
 */

const accountItem = (account: StaffAccount) => ({
  ...keys.staffAccount(account.username),
  ...keys.staffAll(),
  ...keys.staffSort(account.username, 'account'),
  itemType: 'StaffAccount',
  ...storable(staffAccountSchema, account, `staff account ${account.username}`),
});

/** The refusal of a username another account holds (in the portal's table or in Cognito). */
export const usernameTaken = (username: string) => () =>
  new DuplicateValue(`staff account “${username}”`, [
    {
      path: 'username',
      messageVi: 'Đã có tài khoản dùng tên đăng nhập này',
      messageEn: 'An account already uses this username',
    },
  ]);

export async function getStaffAccount(username: string): Promise<StaffAccount | undefined> {
  return getItem(keys.staffAccount(username), staffAccountSchema);
}

const signInSchema = z.object({ username: z.string(), lastSignInAt: z.string() });
const listedSchema = z.discriminatedUnion('itemType', [
  staffAccountSchema.extend({ itemType: z.literal('StaffAccount') }),
  signInSchema.extend({ itemType: z.literal('StaffSignIn') }),
]);

/** Every account with its last sign-in, by username: one query of the listing (both items are in it). */
export async function listStaffAccounts(): Promise<StaffAccountView[]> {
  const items = await queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.staffAll().gsi1pk } },
    listedSchema,
  );
  const signIns = new Map<string, string>();
  for (const item of items)
    if (item.itemType === 'StaffSignIn') signIns.set(item.username, item.lastSignInAt);
  return items.flatMap((item) => {
    if (item.itemType !== 'StaffAccount') return [];
    const { itemType: _itemType, ...account } = item;
    const lastSignInAt = signIns.get(account.username);
    return [staffAccountViewSchema.parse({ ...account, ...(lastSignInAt ? { lastSignInAt } : {}) })];
  });
}

/** One account as the admin sees it (with its last sign-in). */
export async function getStaffAccountView(username: string): Promise<StaffAccountView | undefined> {
  const [account, signIn] = await Promise.all([
    getStaffAccount(username),
    getItem(keys.staffSignIn(username), signInSchema),
  ]);
  if (!account) return undefined;
  return { ...account, ...(signIn ? { lastSignInAt: signIn.lastSignInAt } : {}) };
}

export async function createStaffAccount(account: StaffAccount, actor: Actor): Promise<void> {
  await runTransaction([
    createItem(accountItem(account), usernameTaken(account.username)),
    recordAudit({ type: 'StaffAccount', id: account.username }, actor, 'create', {
      toStatus: account.status,
      note: account.roles.join(', '),
    }),
  ]);
}

/** Replaces the record at the version the admin read, with its audit record, in one transaction. */
export async function replaceStaffAccount(
  current: StaffAccount,
  next: StaffAccount,
  action: string,
  actor: Actor,
): Promise<void> {
  await runTransaction([
    replaceVersioned(accountItem(next), current.version),
    recordAudit({ type: 'StaffAccount', id: next.username }, actor, action, {
      changedFields: changedFields(current, next).filter((name) => name !== 'updatedAt'),
      ...(current.status !== next.status ? { fromStatus: current.status, toStatus: next.status } : {}),
      ...(action === 'update' ? { note: next.roles.join(', ') } : {}),
    }),
  ]);
}

/** The seed's accounts (the demo list and a test's own), written once; an existing record is kept. */
export async function ensureStaffAccount(account: StaffAccount, actor: Actor): Promise<boolean> {
  try {
    await createStaffAccount(account, actor);
    return true;
  } catch (error) {
    if (error instanceof DuplicateValue) return false;
    throw error;
  }
}

// The local issuer's credentials (one machine only).

const credentialSchema = z.object({ passwordHash: z.string().min(1) });

/** Stores a password hash for the local issuer; refused (DuplicateValue on the username) if one exists. */
export async function putLocalCredential(username: string, passwordHash: string): Promise<void> {
  try {
    await dynamo().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...keys.staffLocalCredential(username), itemType: 'LocalCredential', passwordHash },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
      throw usernameTaken(username)();
    }
    throw error;
  }
}

export async function getLocalCredential(username: string): Promise<string | undefined> {
  return (await getItem(keys.staffLocalCredential(username), credentialSchema))?.passwordHash;
}

export async function deleteLocalCredential(username: string): Promise<void> {
  await dynamo().send(
    new DeleteCommand({ TableName: tableName(), Key: keys.staffLocalCredential(username) }),
  );
}
