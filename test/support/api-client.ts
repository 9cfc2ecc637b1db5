import type { Role } from '#shared/domain/roles.ts';
import { type LocalAccount, localAccounts } from '../../infra/local/accounts.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { accountWithRole } from './local-stack.ts';

/** A small client for the portal's HTTP API as a person with a role would call it. */
export function apiClient(stack: LocalStack) {
  const tokens = new Map<string, string>();
  /**
   * A role stands for the first demo account that has it; `{ username }` names one demo account; a whole
   * account is a test's own (seeded with startTestStack's `accounts`).
   */
  type Caller = Role | { username: string } | LocalAccount;
  async function tokenFor(caller: Caller): Promise<string> {
    const key = typeof caller === 'string' ? caller : `@${caller.username}`;
    let token = tokens.get(key);
    if (!token) {
      const account =
        typeof caller === 'string'
          ? accountWithRole(caller)
          : 'groups' in caller
            ? caller
            : localAccounts.find((candidate) => candidate.username === caller.username);
      if (!account) throw new Error(`no demo account ${key}`);
      token = await stack.issuer.mint(account);
      tokens.set(key, token);
    }
    return token;
  }
  async function call(role: Caller | undefined, method: string, path: string, body?: unknown) {
    const response = await fetch(`${stack.url}${path}`, {
      method,
      headers: {
        ...(role ? { authorization: `Bearer ${await tokenFor(role)}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json };
  }
  return {
    call,
    get: (role: Caller | undefined, path: string) => call(role, 'GET', path),
    post: (role: Caller | undefined, path: string, body: unknown) => call(role, 'POST', path, body),
    put: (role: Caller | undefined, path: string, body: unknown) => call(role, 'PUT', path, body),
    /** A public page as the CDN would serve it. */
    page: async (path: string) => {
      const response = await fetch(`${stack.url}${path}`);
      return { status: response.status, text: await response.text() };
    },
  };
}
