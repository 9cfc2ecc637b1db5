import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  AliasExistsException,
  CognitoIdentityProviderClient,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { readEnv } from '#shared/config/env.ts';
import { deleteLocalCredential, putLocalCredential, usernameTaken } from '#shared/data/staff.ts';
import { DuplicateValue } from '#shared/domain/errors.ts';
import type { Role } from '#shared/domain/roles.ts';
import { hashPassword, newInitialPassword } from './passwords.ts';

/**
 * Where staff sign in: the directory of users the portal's administrator manages.
 *
 * - On AWS (`STAFF_USER_POOL_ID` set): the Cognito user pool, through its admin API. A new user gets
 *   Cognito's invitation mail with a temporary password; roles are the pool's groups; the agency is the
 *   `custom:agency_id` attribute; a disable also signs the user out everywhere (refresh tokens revoked).
 * - On one machine: the local token issuer, which signs in from the accounts in the table
 *   (infra/local/token-issuer.ts). Roles, agency and status are read from the account record itself, so
 *   only the password lives here: a one-time initial password, hashed with scrypt, shown once.
 *
 * Every call is idempotent (adding a group the user has, disabling a disabled user), so a verb that fails
 * after the directory answered converges when the administrator repeats it (docs/decisions.md 150).
 */
export type NewDirectoryUser = {
  username: string;
  name: string;
  email: string;
  roles: readonly Role[];
  agencyId?: string | undefined;
};

export type StaffDirectory = {
  /** The user's id (the tokens' `sub`), and locally the initial password to show the administrator once. */
  createUser: (user: NewDirectoryUser) => Promise<{ userId: string; initialPassword?: string }>;
  /** Undoes a create whose portal record could not be written. */
  deleteUser: (username: string) => Promise<void>;
  updateUser: (
    username: string,
    /** `hadAgency`: the user had `custom:agency_id`, which goes when `agencyId` is absent. */
    attributes: { name: string; email: string; agencyId?: string | undefined; hadAgency: boolean },
    groups: { add: readonly Role[]; remove: readonly Role[] },
  ) => Promise<void>;
  disableUser: (username: string) => Promise<void>;
  enableUser: (username: string) => Promise<void>;
  /** Revokes the user's refresh tokens: the next sign-in carries the new roles and agency. */
  endSessions: (username: string) => Promise<void>;
};

const localDirectory: StaffDirectory = {
  async createUser(user) {
    const initialPassword = newInitialPassword();
    await putLocalCredential(user.username, await hashPassword(initialPassword));
    return { userId: `local-${user.username}`, initialPassword };
  },
  deleteUser: (username) => deleteLocalCredential(username),
  // The local issuer reads roles, agency and status from the account record: nothing else to change.
  updateUser: async () => {},
  disableUser: async () => {},
  enableUser: async () => {},
  endSessions: async () => {},
};

/** The pool signs in by e-mail too (an alias), so two users cannot share a verified address. */
const emailTaken = (email: string) =>
  new DuplicateValue(`staff e-mail “${email}”`, [
    {
      path: 'email',
      messageVi: 'Đã có tài khoản dùng thư điện tử này',
      messageEn: 'Another account already uses this e-mail',
    },
  ]);

let cognitoClient: CognitoIdentityProviderClient | undefined;

function cognitoDirectory(userPoolId: string): StaffDirectory {
  cognitoClient ??= new CognitoIdentityProviderClient({});
  const client = cognitoClient;
  const base = { UserPoolId: userPoolId };
  const setGroups = async (username: string, groups: { add: readonly Role[]; remove: readonly Role[] }) => {
    for (const role of groups.add) {
      await client.send(new AdminAddUserToGroupCommand({ ...base, Username: username, GroupName: role }));
    }
    for (const role of groups.remove) {
      await client.send(
        new AdminRemoveUserFromGroupCommand({ ...base, Username: username, GroupName: role }),
      );
    }
  };
  return {
    async createUser(user) {
      try {
        const created = await client.send(
          new AdminCreateUserCommand({
            ...base,
            Username: user.username,
            // Cognito's invitation (the pool's userInvitation template) goes to the official e-mail.
            DesiredDeliveryMediums: ['EMAIL'],
            UserAttributes: [
              { Name: 'email', Value: user.email },
              { Name: 'email_verified', Value: 'true' },
              { Name: 'name', Value: user.name },
              ...(user.agencyId ? [{ Name: 'custom:agency_id', Value: user.agencyId }] : []),
            ],
          }),
        );
        const userId = created.User?.Attributes?.find((attribute) => attribute.Name === 'sub')?.Value;
        try {
          if (!userId) throw new Error(`Cognito created ${user.username} without a sub`);
          await setGroups(user.username, { add: user.roles, remove: [] });
        } catch (error) {
          // Half a user would hold the username with no record: take it back, so a retry starts clean.
          await client.send(new AdminDeleteUserCommand({ ...base, Username: user.username }));
          throw error;
        }
        return { userId };
      } catch (error) {
        if (error instanceof UsernameExistsException) throw usernameTaken(user.username)();
        if (error instanceof AliasExistsException) throw emailTaken(user.email);
        throw error;
      }
    },
    async deleteUser(username) {
      await client.send(new AdminDeleteUserCommand({ ...base, Username: username }));
    },
    async updateUser(username, attributes, groups) {
      await client
        .send(
          new AdminUpdateUserAttributesCommand({
            ...base,
            Username: username,
            UserAttributes: [
              { Name: 'email', Value: attributes.email },
              { Name: 'email_verified', Value: 'true' },
              { Name: 'name', Value: attributes.name },
              ...(attributes.agencyId ? [{ Name: 'custom:agency_id', Value: attributes.agencyId }] : []),
            ],
          }),
        )
        .catch((error: unknown) => {
          if (error instanceof AliasExistsException) throw emailTaken(attributes.email);
          throw error;
        });
      if (!attributes.agencyId && attributes.hadAgency) {
        await client.send(
          new AdminDeleteUserAttributesCommand({
            ...base,
            Username: username,
            UserAttributeNames: ['custom:agency_id'],
          }),
        );
      }
      await setGroups(username, groups);
    },
    async disableUser(username) {
      await client.send(new AdminDisableUserCommand({ ...base, Username: username }));
      await client.send(new AdminUserGlobalSignOutCommand({ ...base, Username: username }));
    },
    async enableUser(username) {
      await client.send(new AdminEnableUserCommand({ ...base, Username: username }));
    },
    async endSessions(username) {
      await client.send(new AdminUserGlobalSignOutCommand({ ...base, Username: username }));
    },
  };
}

/** The directory this process is configured for: Cognito when a user pool is named, else the local issuer's. */
export function staffDirectory(): StaffDirectory {
  const userPoolId = readEnv().STAFF_USER_POOL_ID;
  return userPoolId ? cognitoDirectory(userPoolId) : localDirectory;
}
