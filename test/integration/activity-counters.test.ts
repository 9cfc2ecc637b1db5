import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countActivity, listActivityOfMonth } from '#shared/data/activity.ts';
import { keys } from '#shared/data/keys.ts';
import { createItem, runTransaction } from '#shared/data/transactions.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { startTestStack } from '../support/local-stack.ts';

let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => stack.stop());

/** A month no other test counts in: the table is shared. */
const month = `20${40 + Math.floor(Math.random() * 50)}-0${1 + Math.floor(Math.random() * 9)}`;
const inMonth = (day: string) => `${month}-${day}T10:00:00+07:00`;

describe('activity counters on DynamoDB Local', () => {
  it('adds up per month, metric and dimensions, in the transaction of the change', async () => {
    const agency = `so-${randomUUID().slice(0, 8)}`;
    await runTransaction([countActivity(inMonth('03'), 'contribution-received', { agency })]);
    await runTransaction([countActivity(inMonth('20'), 'contribution-received', { agency })]);
    await runTransaction([
      countActivity(
        inMonth('21'),
        'contribution-handled',
        { outcome: 'published', agency },
        { count: 1, workingDays: 3 },
      ),
    ]);
    const counters = await listActivityOfMonth(month);
    const mine = counters.filter((counter) => counter.dimensions.agency === agency);
    expect(mine).toEqual(
      expect.arrayContaining([
        { month, metric: 'contribution-received', dimensions: { agency }, counts: { count: 2 } },
        {
          month,
          metric: 'contribution-handled',
          dimensions: { agency, outcome: 'published' },
          counts: { count: 1, workingDays: 3 },
        },
      ]),
    );
    expect(mine).toHaveLength(2);
  });

  it('counts in the Vietnam month: 17:30 UTC on the last day is the next month', async () => {
    const agency = `so-${randomUUID().slice(0, 8)}`;
    await runTransaction([countActivity('2039-01-31T17:30:00Z', 'information-request-sent', { agency })]);
    const february = await listActivityOfMonth('2039-02');
    expect(february.some((counter) => counter.dimensions.agency === agency)).toBe(true);
  });

  it('counts nothing when the change it belongs to is refused', async () => {
    const agency = `so-${randomUUID().slice(0, 8)}`;
    const existing = { ...keys.agency(`activity-${agency}`), itemType: 'Probe' };
    await runTransaction([createItem(existing)]);
    await expect(
      runTransaction([
        createItem(existing),
        countActivity(inMonth('05'), 'contribution-received', { agency }),
      ]),
    ).rejects.toThrow();
    const counters = await listActivityOfMonth(month);
    expect(counters.filter((counter) => counter.dimensions.agency === agency)).toEqual([]);
  });

  it('refuses free text as a dimension value (it would become part of a key)', () => {
    expect(() => countActivity(inMonth('01'), 'article-published', { category: 'tin tức' })).toThrow();
  });
});
