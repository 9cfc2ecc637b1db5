import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCategory } from '#shared/data/directory.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { requestSiteContext } from '#shared/site/context.ts';
import { useOwnTable } from '../support/local-stack.ts';

/** A category no other test writes: its slug is new for each case. */
const newCategory = (order: number) => {
  const slug = `bo-nho-${randomUUID().slice(0, 8)}`;
  return createCategory(
    { slug, nameVi: `Chuyên mục ${slug}`, nameEn: `Section ${slug}`, descriptionVi: '', order },
    systemActor,
  );
};
const slugs = async (at: Date) => (await requestSiteContext(at)).categories.map((category) => category.slug);

beforeAll(async () => {
  await useOwnTable('qtp-site-context-cache');
});
afterEach(() => {
  process.env.SITE_CONTEXT_CACHE_SECONDS = '0';
});

describe('the site context of pages rendered on request (DynamoDB Local)', () => {
  it('keeps the categories for the configured seconds, then reads them again', async () => {
    process.env.SITE_CONTEXT_CACHE_SECONDS = '60';
    const start = new Date('2026-12-02T08:00:00Z');
    await slugs(start);
    const added = await newCategory(901);
    expect(await slugs(new Date(start.getTime() + 59_000))).not.toContain(added.slug);
    expect(await slugs(new Date(start.getTime() + 60_000))).toContain(added.slug);
  });

  it('stamps each request with its own time, cached or not', async () => {
    process.env.SITE_CONTEXT_CACHE_SECONDS = '60';
    const start = new Date('2026-12-03T08:00:00Z');
    await requestSiteContext(start);
    const later = new Date(start.getTime() + 5_000);
    expect((await requestSiteContext(later)).generatedAt).toBe(later.toISOString());
  });

  it('reads every time when the setting is 0', async () => {
    process.env.SITE_CONTEXT_CACHE_SECONDS = '0';
    const start = new Date('2026-12-04T08:00:00Z');
    await slugs(start);
    const added = await newCategory(902);
    expect(await slugs(start)).toContain(added.slug);
  });

  it('does not serve one table the context read from another', async () => {
    process.env.SITE_CONTEXT_CACHE_SECONDS = '60';
    const start = new Date('2026-12-05T08:00:00Z');
    await slugs(start);
    const added = await newCategory(903);
    await useOwnTable('qtp-site-context-cache-2');
    expect(await slugs(start)).not.toContain(added.slug);
    await useOwnTable('qtp-site-context-cache');
    expect(await slugs(start)).toContain(added.slug);
  });
});
