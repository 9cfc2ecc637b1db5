import * as z from 'zod';
import { type Principal, principalSchema, roleSchema } from '#shared/domain/roles.ts';

/**
 * Sign-in. The SPA reads /admin/config.json: locally the token issuer of `npm start` takes a username and a
 * password; on AWS Cognito's hosted UI signs the user in (authorization code + PKCE, no client secret).
 * Either way the SPA ends up with an ID token, kept in sessionStorage (gone when the tab closes) and sent
 * as `Authorization: Bearer`. The token is not verified here — the API does that; the SPA only reads the
 * name and the groups to decide what to show.
 */
const authConfigSchema = z.object({
  auth: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('local'), tokenUrl: z.string().min(1) }),
    z.object({
      mode: z.literal('cognito'),
      domain: z.string().min(1),
      clientId: z.string().min(1),
      redirectUri: z.url(),
      /** Optional: where Cognito's /logout sends the browser back to (must be an allowed sign-out URL). */
      logoutUri: z.url().optional(),
    }),
  ]),
});
export type AuthConfig = z.infer<typeof authConfigSchema>['auth'];

export async function loadAuthConfig(): Promise<AuthConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  return authConfigSchema.parse(await response.json()).auth;
}

const TOKEN_KEY = 'qtp-admin:id-token';
const PKCE_KEY = 'qtp-admin:pkce';
const NOTICE_KEY = 'qtp-admin:login-notice';
const RETURN_KEY = 'qtp-admin:return-to';

export type Session = { token: string; principal: Principal; expiresAt: number };

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const claimsSchema = z.looseObject({
  sub: z.string(),
  exp: z.number(),
  name: z.string().optional(),
  'cognito:username': z.string().optional(),
  'cognito:groups': z.array(z.string()).optional(),
  'custom:agency_id': z.string().optional(),
});

/** The same reading of the claims as the API's (shared/auth/token-verifier.ts), without verification. */
export function sessionFromToken(token: string): Session | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(base64UrlDecode(payload));
  } catch {
    return undefined;
  }
  const claims = claimsSchema.safeParse(json);
  if (!claims.success) return undefined;
  const roles = (claims.data['cognito:groups'] ?? []).flatMap((group) => {
    const role = roleSchema.safeParse(group);
    return role.success ? [role.data] : [];
  });
  const principal = principalSchema.safeParse({
    userId: claims.data.sub,
    username: claims.data['cognito:username'] ?? claims.data.sub,
    displayName: claims.data.name ?? claims.data['cognito:username'] ?? claims.data.sub,
    roles,
    agencyId: claims.data['custom:agency_id'] || undefined,
  });
  if (!principal.success) return undefined;
  return { token, principal: principal.data, expiresAt: claims.data.exp * 1000 };
}

export type StoredSessionResult = { session: Session } | { expired: true } | undefined;

/** The session kept in this tab, if its token is still good for at least a few seconds. */
export function storedSession(): StoredSessionResult {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return undefined;
  const session = sessionFromToken(token);
  if (!session || session.expiresAt < Date.now() + 5_000) {
    sessionStorage.removeItem(TOKEN_KEY);
    return { expired: true };
  }
  return { session };
}

export function storeToken(token: string): Session | undefined {
  const session = sessionFromToken(token);
  if (session) sessionStorage.setItem(TOKEN_KEY, token);
  return session;
}

export function clearToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** A message for the login page to show once (why the user is there). */
export type LoginNotice = 'sessionExpired' | 'loggedOut' | 'callbackError' | 'noPortalRole';
const loginNoticeSchema = z.enum(['sessionExpired', 'loggedOut', 'callbackError', 'noPortalRole']);

export function setLoginNotice(notice: LoginNotice): void {
  sessionStorage.setItem(NOTICE_KEY, notice);
}

export function takeLoginNotice(): LoginNotice | undefined {
  const raw = sessionStorage.getItem(NOTICE_KEY);
  sessionStorage.removeItem(NOTICE_KEY);
  const parsed = loginNoticeSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Where to go after signing in again: the page the user was on. */
export function setReturnTo(path: string): void {
  sessionStorage.setItem(RETURN_KEY, path);
}

export function takeReturnTo(): string | undefined {
  const path = sessionStorage.getItem(RETURN_KEY) ?? undefined;
  sessionStorage.removeItem(RETURN_KEY);
  // Only paths inside the admin: never an open redirect.
  return path?.startsWith('/admin/') && !path.startsWith('/admin/login') ? path : undefined;
}

// ---------- Local issuer (npm start) ----------

const tokenAnswerSchema = z.object({ idToken: z.string().min(1) });

export type LocalLoginResult =
  | { ok: true; session: Session }
  | { ok: false; status: number; body: unknown }
  | { ok: false; status: 0 };

export async function localLogin(
  tokenUrl: string,
  username: string,
  password: string,
): Promise<LocalLoginResult> {
  let response: Response;
  try {
    response = await fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    return { ok: false, status: 0 };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) return { ok: false, status: response.status, body };
  const answer = tokenAnswerSchema.safeParse(body);
  const session = answer.success ? storeToken(answer.data.idToken) : undefined;
  return session ? { ok: true, session } : { ok: false, status: 200, body };
}

// ---------- Cognito hosted UI: authorization code + PKCE (RFC 7636) ----------

const pkceStateSchema = z.object({
  verifier: z.string(),
  state: z.string(),
  returnTo: z.string().optional(),
});

const hostedUiBase = (domain: string) => `https://${domain.replace(/^https?:\/\//, '').replace(/\/+$/, '')}`;

function randomString(byteCount: number): string {
  return base64UrlEncode(crypto.getRandomValues(new Uint8Array(byteCount)));
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64UrlEncode(new Uint8Array(digest));
}

/** Sends the browser to Cognito's hosted UI; it comes back to redirectUri with ?code=&state=. */
export async function startCognitoLogin(
  config: Extract<AuthConfig, { mode: 'cognito' }>,
  returnTo?: string,
): Promise<void> {
  const verifier = randomString(48);
  const state = randomString(24);
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, returnTo }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
    scope: 'openid email profile',
    state,
  });
  window.location.assign(`${hostedUiBase(config.domain)}/oauth2/authorize?${query}`);
}

const cognitoTokenAnswerSchema = z.object({ id_token: z.string().min(1) });

export function hasAuthorizationCallback(url: URL): boolean {
  return url.searchParams.has('code') || url.searchParams.has('error');
}

/**
 * Completes the hosted-UI sign-in: checks the state, exchanges the code (with the PKCE verifier) for tokens
 * and keeps the ID token. Returns where to go next, or undefined when the callback is not valid.
 */
export async function completeCognitoLogin(
  config: Extract<AuthConfig, { mode: 'cognito' }>,
  url: URL,
): Promise<{ session: Session; returnTo?: string } | undefined> {
  const raw = sessionStorage.getItem(PKCE_KEY);
  sessionStorage.removeItem(PKCE_KEY);
  const code = url.searchParams.get('code');
  if (!raw || !code) return undefined;
  let stored: z.infer<typeof pkceStateSchema>;
  try {
    const parsed = pkceStateSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return undefined;
    stored = parsed.data;
  } catch {
    return undefined;
  }
  if (url.searchParams.get('state') !== stored.state) return undefined;
  const response = await fetch(`${hostedUiBase(config.domain)}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code,
      redirect_uri: config.redirectUri,
      code_verifier: stored.verifier,
    }),
  }).catch(() => undefined);
  if (!response?.ok) return undefined;
  const answer = cognitoTokenAnswerSchema.safeParse(await response.json().catch(() => undefined));
  const session = answer.success ? storeToken(answer.data.id_token) : undefined;
  if (!session) return undefined;
  return { session, ...(stored.returnTo ? { returnTo: stored.returnTo } : {}) };
}

/** Cognito keeps its own session cookie; its /logout ends it when a sign-out URL is configured. */
export function cognitoLogoutUrl(config: AuthConfig): string | undefined {
  if (config.mode !== 'cognito' || !config.logoutUri) return undefined;
  const query = new URLSearchParams({ client_id: config.clientId, logout_uri: config.logoutUri });
  return `${hostedUiBase(config.domain)}/logout?${query}`;
}
