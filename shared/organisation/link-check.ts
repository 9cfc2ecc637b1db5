import type { LinkCheck } from '#shared/domain/organisation.ts';

/**
 * Checks one external address the way a reader's browser would reach it: HEAD first (no body), then GET
 * when the server refuses HEAD or answers it with an error (many government servers answer HEAD with 403,
 * 404 or 405 and GET with the page), each bounded by a timeout, redirects followed (fetch stops after 20).
 * Alive means a final 2xx or 3xx; anything else, or no answer, is dead with the reason. Never throws.
 */
export type LinkCheckOptions = { timeoutMs?: number; userAgent?: string };

const DEFAULT_TIMEOUT_MS = 10_000;
const USER_AGENT = 'QuangTriPortal-LinkCheck/1.0 (+https://quangtri.gov.vn)';

type Answer = { status: number; finalUrl: string } | { error: string };

async function request(url: string, method: 'HEAD' | 'GET', options: LinkCheckOptions): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      headers: { 'user-agent': options.userAgent ?? USER_AGENT, accept: 'text/html,*/*' },
    });
    // The body is not needed: release the connection without reading it.
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status, finalUrl: response.url };
  } catch (error) {
    return { error: reasonOf(error) };
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return 'timeout';
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const text = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return text.slice(0, 300);
}

const isAlive = (status: number) => status >= 200 && status < 400;

export async function checkLink(url: string, at: string, options: LinkCheckOptions = {}): Promise<LinkCheck> {
  let answer = await request(url, 'HEAD', options);
  const retryWithGet = 'error' in answer ? answer.error !== 'timeout' : !isAlive(answer.status);
  if (retryWithGet) answer = await request(url, 'GET', options);
  if ('error' in answer) return { url, state: 'dead', error: answer.error, checkedAt: at };
  return {
    url,
    state: isAlive(answer.status) ? 'alive' : 'dead',
    status: answer.status,
    ...(answer.finalUrl && answer.finalUrl !== url ? { finalUrl: answer.finalUrl } : {}),
    checkedAt: at,
  };
}

/** The check's result as recorded: a dead link keeps the time it was first found dead. */
export function recordedCheck(previous: LinkCheck | undefined, next: LinkCheck): LinkCheck {
  if (next.state === 'alive') return next;
  return {
    ...next,
    deadSince: previous?.state === 'dead' ? (previous.deadSince ?? previous.checkedAt) : next.checkedAt,
  };
}

/** Every distinct external address to check: the links page's and the agencies' websites. */
export function addressesToCheck(urls: readonly (string | undefined)[]): string[] {
  return [...new Set(urls.filter((url): url is string => Boolean(url)))].sort();
}
