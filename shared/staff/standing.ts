import { getAccountStanding, noteSignIn } from '#shared/data/staff-standing.ts';
import { AccountDisabled, errors } from '#shared/domain/errors.ts';
import { tokenStands } from './workflow.ts';

/**
 * The account check of every staff request, after the token's signature and claims (shared/auth/
 * token-verifier.ts): one strongly consistent read of the account's status and the instant its sessions
 * were last ended, no cache, so a disable takes effect on the account's very next request on every
 * function, although its ID token lives on for up to an hour (docs/decisions.md 151).
 *
 * It also records the account's last sign-in: the token's `auth_time`, the first time this process sees it
 * (decision 152).
 */
export type TokenFacts = { username: string; issuedAt?: number | undefined; authTime?: number | undefined };

const seenSignIns = new Set<string>();
const SEEN_LIMIT = 10_000;

export async function checkAccountStanding(facts: TokenFacts): Promise<void> {
  const standing = await getAccountStanding(facts.username);
  const verdict = tokenStands(standing, facts.issuedAt);
  if (verdict === 'disabled') throw new AccountDisabled(`account ${facts.username}`);
  if (verdict === 'ended') throw errors.unauthenticated('this session was ended; sign in again');
  if (standing && facts.authTime !== undefined) {
    const key = `${facts.username}@${facts.authTime}`;
    if (!seenSignIns.has(key)) {
      await noteSignIn(facts.username, new Date(facts.authTime * 1000).toISOString());
      if (seenSignIns.size >= SEEN_LIMIT) seenSignIns.clear();
      seenSignIns.add(key);
    }
  }
}
