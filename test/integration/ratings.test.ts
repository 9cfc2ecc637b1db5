import { randomInt } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamo, tableName } from '#shared/data/clients.ts';
import { keys } from '#shared/data/keys.ts';
import { getPageRating } from '#shared/data/ratings.ts';
import { problemDocumentSchema } from '#shared/domain/problem.ts';
import { pseudonym } from '#shared/participation/client.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { ratingsAnswerSchema } from '../../web/admin/src/api/ratings.ts';
import { apiClient } from '../support/api-client.ts';
import { startTestStack, uniqueSlug } from '../support/local-stack.ts';

let stack: LocalStack;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
});
afterAll(async () => stack.stop());

/** A reader's address of its own per test: the rate limits count per address, in a table tests share. */
const newReader = () => `198.51.${randomInt(0, 255)}.${randomInt(1, 255)}`;

async function rate(
  reader: string,
  fields: Record<string, string>,
  as: 'script' | 'browser',
): Promise<{ status: number; type: string; text: string; retryAfter: string | null }> {
  const response = await fetch(`${stack.url}${sitePaths.ratingApi()}`, {
    method: 'POST',
    headers:
      as === 'browser'
        ? {
            accept: 'text/html',
            'content-type': 'application/x-www-form-urlencoded',
            'x-forwarded-for': reader,
          }
        : { accept: 'application/json', 'content-type': 'application/json', 'x-forwarded-for': reader },
    body: as === 'browser' ? new URLSearchParams(fields).toString() : JSON.stringify(fields),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
    retryAfter: response.headers.get('retry-after'),
  };
}

describe('rating a page', () => {
  it('counts useful and not useful per page, under its section and language, atomically', async () => {
    const path = sitePaths.article('en', uniqueSlug('rated'));
    const answers = ['yes', 'yes', 'no', 'yes', 'no'];
    // Five readers at once: ADD never loses a count.
    const results = await Promise.all(answers.map((answer) => rate(newReader(), { path, answer }, 'script')));
    expect(results.map((result) => result.status)).toEqual([201, 201, 201, 201, 201]);
    expect(await getPageRating(path)).toMatchObject({
      path,
      language: 'en',
      section: 'news',
      useful: 3,
      notUseful: 2,
    });
  });

  it('gives a browser posting the form a thank-you page in the site with a link back', async () => {
    const path = sitePaths.article('vi', uniqueSlug('cam-on'));
    const answer = await rate(newReader(), { path, answer: 'no' }, 'browser');
    expect(answer.status).toBe(200);
    expect(answer.type).toContain('text/html');
    expect(answer.text).toContain('<html lang="vi"');
    expect(answer.text).toContain('Cảm ơn bạn đã đánh giá');
    expect(answer.text).toContain(`href="${path}"`);
    expect(answer.text).toContain('name="robots" content="noindex"');
    expect(await getPageRating(path)).toMatchObject({ section: 'tin-tuc', useful: 0, notUseful: 1 });
  });

  it('keeps nothing of the reader on the counter, and the address only as a keyed hash in the limits', async () => {
    const reader = newReader();
    const path = sitePaths.article('vi', uniqueSlug('rieng-tu'));
    expect((await rate(reader, { path, answer: 'yes' }, 'script')).status).toBe(201);
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: keys.pageRating(path) }),
    );
    expect(Object.keys(Item ?? {}).toSorted()).toEqual([
      'gsi1pk',
      'gsi1sk',
      'itemType',
      'language',
      'notUseful',
      'path',
      'pk',
      'section',
      'sk',
      'updatedAt',
      'useful',
    ]);
    expect(JSON.stringify(Item)).not.toContain(reader);
    const hashed = pseudonym('ip', `${reader} ${path}`);
    const windows = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `RATE#rating-page-day#${hashed}` },
      }),
    );
    expect(windows.Items).toHaveLength(1);
    expect(JSON.stringify(windows.Items)).not.toContain(reader);
  });

  it('refuses a bad path or answer with problem+json (vi, en) and counts nothing', async () => {
    const reader = newReader();
    for (const path of [
      'tin-tuc/x/',
      '/tin-tuc/../admin/',
      '/tin-tuc/x',
      `/${'a'.repeat(400)}/`,
      '/api/x/',
      '/A/',
    ]) {
      const answer = await rate(reader, { path, answer: 'yes' }, 'script');
      expect(answer.status, path).toBe(400);
      expect(answer.type).toContain('application/problem+json');
      const problem = problemDocumentSchema.parse(JSON.parse(answer.text));
      expect(problem.errors?.[0]).toMatchObject({ path: 'path' });
      expect(problem.errors?.[0]?.messageEn).toBeTruthy();
    }
    const path = sitePaths.article('vi', uniqueSlug('sai'));
    const wrongAnswer = await rate(reader, { path, answer: 'maybe' }, 'script');
    expect(wrongAnswer.status).toBe(400);
    expect(JSON.parse(wrongAnswer.text).errors[0]).toMatchObject({
      path: 'answer',
      messageEn: 'Choose “Useful” or “Not useful”',
    });
    expect(await getPageRating(path)).toBeUndefined();
    // Not JSON, not a form: still a 400, never a 5xx.
    const garbage = await fetch(`${stack.url}${sitePaths.ratingApi()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': reader },
      body: '{"path":',
    });
    expect(garbage.status).toBe(400);
  });

  it('answers a browser that posted a bad answer with the problem page, linking back to the page', async () => {
    const path = sitePaths.managedPage('en', 'about');
    const answer = await rate(newReader(), { path, answer: '' }, 'browser');
    expect(answer.status).toBe(400);
    expect(answer.type).toContain('text/html');
    expect(answer.text).toContain('<html lang="en"');
    expect(answer.text).toContain('Choose “Useful” or “Not useful”');
    expect(answer.text).toContain(`href="${path}"`);
  });

  it('refuses a reader rating the same page again and again (429), and counts only what it allowed', async () => {
    const reader = newReader();
    const path = sitePaths.article('vi', uniqueSlug('lap-lai'));
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt += 1)
      answers.push(await rate(reader, { path, answer: 'yes' }, 'script'));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 429, 429]);
    const refused = answers[3];
    expect(refused?.type).toContain('application/problem+json');
    expect(JSON.parse(refused?.text ?? '{}')).toMatchObject({ type: '/problems/rate-limited' });
    expect(Number(refused?.retryAfter)).toBeGreaterThan(0);
    expect((await getPageRating(path))?.useful).toBe(3);
    // Another reader still may.
    expect((await rate(newReader(), { path, answer: 'yes' }, 'script')).status).toBe(201);
    // A browser meets the refusal as a page.
    const page = await rate(reader, { path, answer: 'no' }, 'browser');
    expect(page.status).toBe(429);
    expect(page.text).toContain('quá nhiều');
  });
});

describe('the admin figures', () => {
  it('lists every page and each section’s totals for the administrator and the director only', async () => {
    const vi = sitePaths.article('vi', uniqueSlug('tong'));
    const en = sitePaths.article('en', uniqueSlug('total'));
    await rate(newReader(), { path: vi, answer: 'yes' }, 'script');
    await rate(newReader(), { path: en, answer: 'no' }, 'script');
    for (const role of ['admin', 'director'] as const) {
      const answer = await api.get(role, '/api/content/admin/ratings');
      expect(answer.status, role).toBe(200);
      const figures = ratingsAnswerSchema.parse(answer.json);
      expect(figures.items.find((item) => item.path === vi)).toMatchObject({ useful: 1, notUseful: 0 });
      const news = figures.sections.find(
        (section) => section.language === 'en' && section.section === 'news',
      );
      const pagesInNews = figures.items.filter((item) => item.language === 'en' && item.section === 'news');
      expect(news).toMatchObject({
        pages: pagesInNews.length,
        notUseful: pagesInNews.reduce((sum, item) => sum + item.notUseful, 0),
      });
    }
    for (const role of ['editor', 'agency', 'feedback_officer'] as const)
      expect((await api.get(role, '/api/content/admin/ratings')).status, role).toBe(403);
    expect((await api.get(undefined, '/api/content/admin/ratings')).status).toBe(401);
  });
});
