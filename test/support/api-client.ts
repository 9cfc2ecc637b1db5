import type { Role } from '#shared/domain/roles.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { accountWithRole } from './local-stack.ts';

/** A small client for the portal's HTTP API as a person with a role would call it. */
export function apiClient(stack: LocalStack) {
  const tokens = new Map<string, string>();
  async function tokenFor(role: Role): Promise<string> {
    let token = tokens.get(role);
    if (!token) {
      token = await stack.issuer.mint(accountWithRole(role));
      tokens.set(role, token);
    }
    return token;
  }
  async function call(role: Role | undefined, method: string, path: string, body?: unknown) {
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
    get: (role: Role | undefined, path: string) => call(role, 'GET', path),
    post: (role: Role | undefined, path: string, body: unknown) => call(role, 'POST', path, body),
    put: (role: Role | undefined, path: string, body: unknown) => call(role, 'PUT', path, body),
    /** A public page as the CDN would serve it. */
    page: async (path: string) => {
      const response = await fetch(`${stack.url}${path}`);
      return { status: response.status, text: await response.text() };
    },
  };
}
