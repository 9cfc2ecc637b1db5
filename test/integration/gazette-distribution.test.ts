import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { listHistory } from '#shared/data/audit.ts';
import { distributionEntrySchema } from '#shared/domain/gazette.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * The free distribution list of the printed gazette, replaced whole by the officer. The merged province has
 * more communes and wards than a DynamoDB transaction has writes, so a list of every one of them must save.
 */
let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const listSchema = z.object({ items: z.array(distributionEntrySchema) });

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
});
afterAll(async () => stack.stop());

const entries = (count: number, copies: number) =>
  Array.from({ length: count }, (_, index) => ({
    agencyId: `xa-phuong-${index + 1}`,
    copies,
    note: `Bản in cho xã, phường số ${index + 1}`,
  }));

describe('the free distribution list', () => {
  it('saves a list of 150 agencies, then a shorter one that drops the rest, each with its audit record', async () => {
    const before = (await listHistory({ type: 'Distribution', id: 'list' })).length;
    const long = await api.put('gazette_officer', '/api/gazette/admin/distribution', {
      entries: entries(150, 2),
    });
    expect(long.status, long.text).toBe(200);
    const saved = listSchema.parse(
      (await api.get('gazette_officer', '/api/gazette/admin/distribution')).json,
    );
    expect(saved.items).toHaveLength(150);
    expect(saved.items[149]).toEqual({
      agencyId: 'xa-phuong-150',
      copies: 2,
      note: 'Bản in cho xã, phường số 150',
    });

    const short = await api.put('gazette_officer', '/api/gazette/admin/distribution', {
      entries: entries(3, 5),
    });
    expect(short.status, short.text).toBe(200);
    const replaced = listSchema.parse((await api.get('director', '/api/gazette/admin/distribution')).json);
    expect(replaced.items.map((entry) => [entry.agencyId, entry.copies])).toEqual([
      ['xa-phuong-1', 5],
      ['xa-phuong-2', 5],
      ['xa-phuong-3', 5],
    ]);
    expect((await listHistory({ type: 'Distribution', id: 'list' })).length).toBe(before + 2);
  });

  it('refuses a list past its limit or naming an agency twice, and keeps the list as it was', async () => {
    const kept = listSchema.parse((await api.get('gazette_officer', '/api/gazette/admin/distribution')).json);
    const tooLong = await api.put('gazette_officer', '/api/gazette/admin/distribution', {
      entries: entries(201, 1),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toContain('tối đa 200 cơ quan');
    const twice = await api.put('gazette_officer', '/api/gazette/admin/distribution', {
      entries: [...entries(2, 1), { agencyId: 'xa-phuong-1', copies: 3, note: '' }],
    });
    expect(twice.status).toBe(400);
    expect(
      listSchema.parse((await api.get('gazette_officer', '/api/gazette/admin/distribution')).json),
    ).toEqual(kept);
  });
});
