import { describe, expect, it } from 'vitest';
import { AppError, InvalidTransition } from '#shared/domain/errors.ts';
import { staffCreateSchema } from '#shared/domain/staff.ts';
import { hashPassword, verifyPassword } from '#shared/staff/passwords.ts';
import {
  agencyFor,
  assertNotSelfLockout,
  endsSessions,
  nextStatus,
  tokenStands,
} from '#shared/staff/workflow.ts';

/** The pure decisions on staff accounts (issue 13): statuses, agencies, self-lockout, token standing. */
describe('staff account decisions', () => {
  it('disables an active account and enables a disabled one, nothing else', () => {
    expect(nextStatus('active', 'disable')).toBe('disabled');
    expect(nextStatus('disabled', 'enable')).toBe('active');
    expect(() => nextStatus('disabled', 'disable')).toThrow(InvalidTransition);
    expect(() => nextStatus('active', 'enable')).toThrow(InvalidTransition);
  });

  it('requires an agency for the agency role, and keeps none for other roles', () => {
    expect(agencyFor(['agency'], 'so-tu-phap')).toBe('so-tu-phap');
    expect(agencyFor(['editor'], 'so-tu-phap')).toBeUndefined();
    try {
      agencyFor(['agency', 'editor'], undefined);
      expect.unreachable('an agency account without an agency');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ status: 400, fieldErrors: [{ path: 'agencyId' }] });
    }
  });

  it('refuses an administrator disabling themselves or dropping their own admin role', () => {
    const self = { userId: 'u-1' };
    expect(() => assertNotSelfLockout('u-1', self, { action: 'disable' })).toThrow(/own account/);
    expect(() => assertNotSelfLockout('u-1', self, { roles: ['editor'] })).toThrow(AppError);
    expect(() => assertNotSelfLockout('u-1', self, { roles: ['admin', 'editor'] })).not.toThrow();
    expect(() => assertNotSelfLockout('u-1', self, { action: 'enable' })).not.toThrow();
    // Another administrator may do both.
    expect(() => assertNotSelfLockout('u-2', self, { action: 'disable' })).not.toThrow();
    expect(() => assertNotSelfLockout('u-2', self, { roles: ['editor'] })).not.toThrow();
  });

  it('ends sessions when the roles or the agency change, not for a new name or e-mail', () => {
    expect(endsSessions({ roles: ['editor'] }, { roles: ['editor'] })).toBe(false);
    expect(endsSessions({ roles: ['editor', 'director'] }, { roles: ['director', 'editor'] })).toBe(false);
    expect(endsSessions({ roles: ['editor'] }, { roles: ['director'] })).toBe(true);
    expect(endsSessions({ roles: ['agency'], agencyId: 'a' }, { roles: ['agency'], agencyId: 'b' })).toBe(
      true,
    );
  });

  it('lets a token stand only while the account is active and the token is newer than its sessions’ end', () => {
    const endedAt = '2026-12-02T10:00:00.500Z';
    const second = Date.parse('2026-12-02T10:00:00Z') / 1000;
    expect(tokenStands(undefined, second), 'an account the portal does not keep').toBe('stands');
    expect(tokenStands({ status: 'active' }, second)).toBe('stands');
    expect(tokenStands({ status: 'disabled' }, second + 3600)).toBe('disabled');
    expect(tokenStands({ status: 'active', tokensValidAfter: endedAt }, second - 60)).toBe('ended');
    // Same second as the end: refused (the strict side); the next second stands.
    expect(tokenStands({ status: 'active', tokensValidAfter: endedAt }, second)).toBe('ended');
    expect(tokenStands({ status: 'active', tokensValidAfter: endedAt }, second + 1)).toBe('stands');
    expect(tokenStands({ status: 'active', tokensValidAfter: endedAt }, undefined)).toBe('ended');
  });

  it('keeps usernames to one lower-case form, and roles sorted without repeats', () => {
    const base = { name: 'Lê Thị Thử', email: 'le.thu@quangtri.gov.vn', roles: ['editor'] };
    expect(staffCreateSchema.safeParse({ ...base, username: 'Le.Thu' }).success).toBe(false);
    expect(staffCreateSchema.safeParse({ ...base, username: 'lê' }).success).toBe(false);
    expect(staffCreateSchema.safeParse({ ...base, username: 'le.thu', roles: [] }).success).toBe(false);
    const parsed = staffCreateSchema.parse({
      ...base,
      username: 'le.thu',
      roles: ['editor', 'director', 'editor'],
    });
    expect(parsed.roles).toEqual(['director', 'editor']);
  });

  it('hashes local passwords with scrypt and checks them', async () => {
    const stored = await hashPassword('mật-khẩu-thử');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    await expect(verifyPassword('mật-khẩu-thử', stored)).resolves.toBe(true);
    await expect(verifyPassword('mat-khau-thu', stored)).resolves.toBe(false);
    await expect(verifyPassword('mật-khẩu-thử', 'plain')).resolves.toBe(false);
    expect(await hashPassword('mật-khẩu-thử')).not.toBe(stored);
  });
});
