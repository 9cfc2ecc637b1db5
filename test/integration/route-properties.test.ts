import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import * as z from 'zod';
import { s3 } from '#shared/data/clients.ts';
import { articleSchema, createArticleInputSchema } from '#shared/domain/article.ts';
import {
  documentSlug,
  gazetteIssueSchema,
  legalDocumentSchema,
  publishedIssueSchema,
} from '#shared/domain/gazette.ts';
import { PROBLEM_CONTENT_TYPE, problemDocumentSchema } from '#shared/domain/problem.ts';
import { allRoles, type Role } from '#shared/domain/roles.ts';
import { bodyLimitOf } from '#shared/http/body-limits.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { normalizeText } from '#shared/text/vietnamese.ts';
import { loadContextApps } from '../../infra/local/context-apps.ts';
import { seedAgencies, seedCategories } from '../../infra/local/seed-data.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { passAll, pdfBytes, uploadDocumentFile, uploadEditableCopy } from '../support/gazette-files.ts';
import { hostileText } from '../support/hostile-text.ts';
import { accountWithRole } from '../support/local-stack.ts';
import { eventually } from '../support/poll.ts';
import { checkAsync } from '../support/properties.ts';
import { type DiscoveredRoute, discoverRoutes, pathParameters, queryString } from '../support/routes.ts';
import { feedItemTitle, firstTextOf, htmlProblem, textOf, xmlProblem } from '../support/well-formed.ts';
import { arbitraryFor, type Known, mutatedArbitrary } from '../support/zod-arbitrary.ts';

/**
 * Property: whatever a client sends to any route of any context app, the answer is never a 5xx, and every
 * 4xx is a problem document (naming the fields when it is a validation failure). The routes and their
 * input schemas are read from the apps (test/support/routes.ts), so a new route is fuzzed without being
 * listed here; a route without a declared schema gets arbitrary JSON and strings.
 *
 * The stack has engines of its own (DynamoDB Local in memory, s3rver in a temporary folder): the fuzzing
 * creates categories and articles with hostile names, which must not reach the pages other test files
 * render. Seeded and bounded: RUNS requests per route, the same sequence on every run
 * (test/support/properties.ts).
 */
/** Requests per route (QTP_PROPERTY_RUNS scales it: test/support/properties.ts). */
const RUNS = 24;

/** Every route of every context app the gateway serves, with the schemas it declared. */
const routes = discoverRoutes(await loadContextApps());

let scratch: string;
let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const known: Record<string, unknown[]> = {};
const tokens = new Map<Role, string>();

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'qtp-route-properties-'));
  stack = await startLocalStack({ scratchDir: join(scratch, 's3'), scheduler: false });
  api = apiClient(stack);
  for (const role of allRoles) {
    tokens.set(role, await stack.issuer.mint(accountWithRole(role)));
  }

  // Records that exist, so requests reach them and not only 404s.
  const [first, second] = seedCategories;
  for (const category of [first, second])
    expect((await api.post('admin', '/api/content/admin/categories', category)).status).toBe(201);
  for (const agency of seedAgencies.slice(0, 3))
    await api.post('admin', '/api/content/admin/agencies', agency);
  const body = {
    summary: 'Tóm tắt bài viết thử nghiệm',
    bodyHtml: '<p>Nội dung</p>',
    categorySlug: first?.slug,
    language: 'vi',
  };
  const draft = articleSchema.parse(
    (await api.post('editor', '/api/content/admin/articles', { ...body, title: 'Bài nháp thử nghiệm' })).json,
  );
  const submitted = articleSchema.parse(
    (await api.post('editor', '/api/content/admin/articles', { ...body, title: 'Bài chờ duyệt thử' })).json,
  );
  const inReview = articleSchema.parse(
    (
      await api.post('editor', `/api/content/admin/articles/${submitted.id}/submit`, {
        expectedVersion: submitted.version,
      })
    ).json,
  );
  const published = articleSchema.parse(
    (
      await api.post('director', `/api/content/admin/articles/${inReview.id}/approve`, {
        expectedVersion: inReview.version,
      })
    ).json,
  );
  const fileKeys = [];
  for (const label of ['một', 'hai', 'ba', 'bốn'])
    fileKeys.push(await uploadDocumentFile(api, pdfBytes(label)));
  const editableKeys = [await uploadEditableCopy('một'), await uploadEditableCopy('hai')];
  const submittedDocument = await api.post('agency', '/api/gazette/admin/documents', {
    numberSymbol: '7/2026/QĐ-UBND',
    documentType: 'quyet-dinh',
    issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
    signer: 'Hoàng Nam',
    issueDate: '2026-11-20',
    effectiveDate: '2026-12-01',
    abstract: 'Ban hành Quy định thử nghiệm của tỉnh Quảng Trị',
    field: 'giao-thong',
    fileKey: fileKeys.pop(),
    editableKey: editableKeys[0],
  });
  const documentId = z.object({ id: z.string() }).parse(submittedDocument.json).id;
  const page = z
    .object({ nextCursor: z.string().optional() })
    .parse((await api.get('editor', '/api/content/admin/articles?limit=1')).json);
  const other = z
    .object({ nextCursor: z.string().optional() })
    .parse((await api.get('editor', '/api/content/admin/articles?limit=1&status=draft')).json);
  const payload = Buffer.from(
    JSON.stringify({ pk: 'ARTICLE#x', sk: 'ARTICLE', gsi1pk: 'ARTICLES', gsi1sk: 'x' }),
  ).toString('base64url');
  Object.assign(known, {
    id: [draft.id, published.id, documentId],
    documentId: [documentId],
    fileKey: fileKeys,
    editableKey: editableKeys,
    // Relations act on a document that exists (its own id makes a refused self-relation, also useful).
    targetId: [documentId],
    attachmentKeys: [[], fileKeys.slice(0, 1)],
    slug: [first?.slug, second?.slug],
    categorySlug: [first?.slug, second?.slug],
    agencyId: ['so-tu-phap'],
    translationOf: [undefined],
    cursor: [
      page.nextCursor,
      other.nextCursor,
      payload,
      `${payload}.AAAA`,
      `${payload}.${page.nextCursor?.split('.')[1]}`,
      '%',
      '.',
    ].filter(Boolean),
    expectedVersion: [1, 2, 3],
  } satisfies Known);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

type Answer = { status: number; contentType: string; text: string };

/**
 * The property every answer must have. Returns why it does not, or undefined. A browser's form post
 * (it accepts HTML) may be refused with a page: the form again, or a page saying why, well formed.
 */
function badAnswer(answer: Answer, acceptsHtml = false): string | undefined {
  if (answer.status >= 500) return `server error ${answer.status}: ${answer.text.slice(0, 300)}`;
  if (answer.status >= 400) {
    if (acceptsHtml && answer.contentType.startsWith('text/html')) return htmlProblem(answer.text);
    if (!answer.contentType.startsWith(PROBLEM_CONTENT_TYPE))
      return `${answer.status} as ${answer.contentType}`;
    const problem = problemDocumentSchema.safeParse(JSON.parse(answer.text));
    if (!problem.success) return `${answer.status} is not a problem document: ${answer.text.slice(0, 200)}`;
    if (problem.data.status !== answer.status)
      return `problem says ${problem.data.status}, answer ${answer.status}`;
    if (problem.data.type === '/problems/validation-failed') {
      const fields = problem.data.errors ?? [];
      if (fields.length === 0 || fields.some((field) => field.path.length === 0))
        return 'validation failure names no field';
    }
    return undefined;
  }
  if (answer.contentType.includes('json')) JSON.parse(answer.text);
  if (answer.contentType.includes('html')) return htmlProblem(answer.text);
  return undefined;
}

const rawBodies = fc.constantFrom(
  '{',
  'null',
  '[]',
  '"x"',
  '{"a":',
  '\u0000',
  '{"__proto__":{"x":1}}',
  '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]',
);

/** Cross-field rules a generic generator cannot know: an effective date is never before the issue date. */
function adjust(value: Record<string, unknown>): Record<string, unknown> {
  const { issueDate, effectiveDate } = value;
  if (typeof issueDate === 'string' && typeof effectiveDate === 'string' && effectiveDate < issueDate) {
    return { ...value, effectiveDate: issueDate };
  }
  return value;
}

/**
 * Requests for one route: mostly valid inputs with hostile text (they reach the services and storage),
 * then inputs with fields past their bounds, inputs with one field broken, and arbitrary JSON.
 */
function inputArbitrary(schema: ZodType | undefined, fallback: fc.Arbitrary<unknown>) {
  if (!schema) return fallback;
  return fc.oneof(
    { weight: 5, arbitrary: arbitraryFor(schema, { known, mode: 'valid', adjust }) },
    { weight: 2, arbitrary: arbitraryFor(schema, { known, mode: 'edgy', adjust }) },
    { weight: 1, arbitrary: mutatedArbitrary(schema, { known }) },
    { weight: 1, arbitrary: fallback },
  );
}

function requestArbitrary(route: DiscoveredRoute) {
  const jsonBody = inputArbitrary(route.inputs.json, fc.jsonValue({ maxDepth: 3 }));
  const query = inputArbitrary(
    route.inputs.query,
    fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
  );
  const parameters = pathParameters(route.path);
  const paramSchema = route.inputs.param;
  const param = paramSchema ? arbitraryFor(paramSchema, { known, mode: 'valid' }) : fc.constant({});
  const forged = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('%E0%A4%A', '%', '..', 'a/b', ' '),
  );
  return fc
    .record({
      body: fc.oneof(
        { weight: 8, arbitrary: jsonBody.map((value) => ({ json: value })) },
        { weight: 1, arbitrary: rawBodies.map((raw) => ({ raw })) },
      ),
      query,
      param,
      forgedParam: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: forged }),
      html: fc.boolean(),
    })
    .map((request) => {
      const values = request.param && typeof request.param === 'object' ? request.param : {};
      let path = route.path;
      for (const name of parameters) {
        const value = request.forgedParam ?? String(Reflect.get(values, name) ?? known.id?.[0] ?? 'x');
        // A forged value goes as typed, broken escapes included; a generated one encoded.
        path = path.replace(`:${name}`, request.forgedParam === null ? encodeURIComponent(value) : value);
      }
      return { path: `${path}${queryString(request.query)}`, body: request.body, html: request.html };
    });
}

async function send(
  route: DiscoveredRoute,
  request: { path: string; body: { json?: unknown; raw?: string }; html: boolean },
): Promise<Answer> {
  const role = route.roles?.[0];
  const hasBody = route.method !== 'GET' && route.method !== 'HEAD';
  const response = await fetch(`${stack.url}${request.path}`, {
    method: route.method,
    headers: {
      ...(role ? { authorization: `Bearer ${tokens.get(role)}` } : {}),
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...(request.html ? { accept: 'text/html' } : {}),
    },
    body: hasBody
      ? 'raw' in request.body
        ? request.body.raw
        : JSON.stringify(request.body.json ?? null)
      : undefined,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

/**
 * A body over the route's limit, on a connection of its own: the API answers 413 before reading it
 * all and the server then closes the connection, which a pooled client would only notice on its next
 * request.
 */
function sendOversized(route: DiscoveredRoute, path: string): Promise<Answer> {
  // 'ả' is three bytes in UTF-8: a third of the limit in characters is just over it.
  const body = JSON.stringify({ bodyHtml: 'ả'.repeat(Math.ceil(bodyLimitOf(route.path) / 3) + 1024) });
  const role = route.roles?.[0];
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      `${stack.url}${path}`,
      {
        method: route.method,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(role ? { authorization: `Bearer ${tokens.get(role)}` } : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'] ?? '',
            text,
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('every route of every context app, fuzzed', () => {
  it('finds the routes and their input schemas in the apps', () => {
    expect(routes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(routes.map((route) => route.context))).toEqual(
      new Set(['content', 'gazette', 'feedback', 'consultations', 'dialogues']),
    );
    expect(routes.filter((route) => Object.keys(route.inputs).length > 0).length).toBeGreaterThanOrEqual(30);
    // Every admin route has roles to call it with (route-policy.test.ts checks the table itself).
    expect(routes.filter((route) => route.roles !== undefined && route.roles.length === 0)).toEqual([]);
  });

  it.each(routes)('$method $path: never a 5xx, every refusal a problem document', async (route) => {
    const name = `${route.method} ${route.path}`;
    await checkAsync(
      name,
      fc.asyncProperty(requestArbitrary(route), async (request) => {
        const answer = await send(route, request);
        const problem = badAnswer(answer, request.html);
        if (problem) throw new Error(`${route.method} ${request.path.slice(0, 200)}: ${problem}`);
      }),
      RUNS,
    );
  });

  it('answers malformed paths and bodies, and bodies over the limit, on every route without a 5xx', async () => {
    for (const route of routes) {
      const path = route.path.replace(/:[A-Za-z]+/g, '%E0%A4%A');
      for (const raw of ['{', '\u0000']) {
        const answer = await send(route, { path, body: { raw }, html: false });
        expect(badAnswer(answer), `${route.method} ${path}`).toBeUndefined();
      }
      if (route.method === 'GET') continue;
      const oversized = await sendOversized(
        route,
        route.path.replace(/:[A-Za-z]+/g, known.id?.[0] ? String(known.id[0]) : 'x'),
      );
      expect(oversized.status, `${route.method} ${route.path}`).toBe(413);
      expect(badAnswer(oversized)).toBeUndefined();
    }
    for (const path of ['/media/%E0%A4%A', '/archive/%', '/tin-tuc/%ZZ/', '/admin/%E0', '/%']) {
      const response = await fetch(`${stack.url}${path}`);
      expect(response.status, path).toBe(400);
    }
    const unknownContext = await send(
      { context: 'none', method: 'GET', path: '/api/khong-co/x', inputs: {} },
      {
        path: '/api/khong-co/x',
        body: {},
        html: false,
      },
    );
    expect(unknownContext.status).toBe(404);
    expect(badAnswer(unknownContext)).toBeUndefined();
  }, 120_000);
});

/** The text as the portal stores it: normalized at the API, trimmed by the schema. */
const stored = (value: string) => normalizeText(value).trim();

const pageOf = async (path: string) => {
  const answer = await api.page(path);
  expect(answer.status, path).toBe(200);
  return answer.text;
};

describe('whatever a route accepted can be read back, listed, rendered, published and put in a feed', () => {
  const articleInput = createArticleInputSchema.omit({ translationOf: true, coverImage: true });

  it('articles with hostile text, through the editorial workflow onto pages, feeds and sitemaps', async () => {
    await checkAsync(
      'article publication',
      fc.asyncProperty(arbitraryFor(articleInput, { known, mode: 'valid' }), async (generated) => {
        const input = z
          .object({ title: z.string(), language: z.enum(['vi', 'en']), categorySlug: z.string() })
          .passthrough()
          .parse(generated);
        const created = await api.post('editor', '/api/content/admin/articles', input);
        expect(badAnswer(created)).toBeUndefined();
        // A valid-looking body may still be refused (a body that sanitizes to nothing): then nothing is stored.
        if (created.status !== 201) return;
        const article = articleSchema.parse(created.json);
        expect(article.title).toBe(stored(input.title));
        expect(article.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

        const read = await api.get('editor', `/api/content/admin/articles/${article.id}`);
        expect(read.status, read.text).toBe(200);
        const listed = z
          .object({ items: z.array(articleSchema) })
          .parse((await api.get('editor', '/api/content/admin/articles?limit=100')).json);
        expect(listed.items.map((item) => item.id)).toContain(article.id);

        const submitted = articleSchema.parse(
          (
            await api.post('editor', `/api/content/admin/articles/${article.id}/submit`, {
              expectedVersion: article.version,
            })
          ).json,
        );
        const approved = await api.post('director', `/api/content/admin/articles/${article.id}/approve`, {
          expectedVersion: submitted.version,
        });
        expect(approved.status, approved.text).toBe(200);
        expect(articleSchema.parse(approved.json).status).toBe('published');

        const url = `${stack.url}${sitePaths.article(article.language, article.slug)}`;
        const page = await pageOf(sitePaths.article(article.language, article.slug));
        expect(htmlProblem(page)).toBeUndefined();
        expect(firstTextOf(page, 'h1')).toBe(article.title);
        for (const feed of [
          sitePaths.rssFeed(article.language),
          sitePaths.atomFeed(article.language),
          sitePaths.rssFeed(article.language, article.categorySlug),
          sitePaths.atomFeed(article.language, article.categorySlug),
        ]) {
          const xml = await pageOf(feed);
          expect(xmlProblem(xml), feed).toBeUndefined();
          expect(feedItemTitle(xml, url), feed).toBe(article.title);
        }
        const index = await pageOf(sitePaths.sitemapIndex());
        expect(xmlProblem(index)).toBeUndefined();
        for (const month of index.matchAll(/<loc>[^<]*\/sitemaps\/([0-9-]+)\.xml<\/loc>/g)) {
          expect(xmlProblem(await pageOf(sitePaths.sitemapMonth(month[1] ?? '')))).toBeUndefined();
        }
      }),
      12,
    );
  }, 120_000);

  it('legal documents with hostile text, through review and a published issue onto pages and the archive', async () => {
    let serial = 9000;
    const hostile = (minLength: number, maxLength: number) =>
      hostileText({ minLength, maxLength }).filter((value) => stored(value).length >= minLength);
    await checkAsync(
      'gazette publication',
      fc.asyncProperty(
        fc.record({
          issuingBody: hostile(1, 200),
          signer: hostile(1, 120),
          abstract: hostile(10, 2000),
          title: hostile(3, 200),
        }),
        async (texts) => {
          serial += 1;
          const numberSymbol = `${serial}/2026/QĐ-UBND`;
          const submitted = await api.post('agency', '/api/gazette/admin/documents', {
            numberSymbol,
            documentType: 'quyet-dinh',
            issuingBody: texts.issuingBody,
            signer: texts.signer,
            issueDate: '2026-11-20',
            effectiveDate: '2026-12-01',
            abstract: texts.abstract,
            field: 'khac',
            fileKey: await uploadDocumentFile(api, pdfBytes(numberSymbol)),
            editableKey: await uploadEditableCopy(numberSymbol),
          });
          expect(submitted.status, submitted.text).toBe(201);
          const id = legalDocumentSchema.parse(submitted.json).id;
          const inReview = await eventually(async () => {
            const document = legalDocumentSchema.parse(
              (await api.get('gazette_officer', `/api/gazette/admin/documents/${id}`)).json,
            );
            return document.status === 'in_review' ? document : undefined;
          }, 'the document in review');
          expect(inReview.abstract).toBe(stored(texts.abstract));
          const listed = z
            .object({ items: z.array(legalDocumentSchema) })
            .parse(
              (await api.get('gazette_officer', '/api/gazette/admin/documents?status=in_review&limit=100'))
                .json,
            );
          expect(listed.items.map((item) => item.id)).toContain(id);
          const reviewed = await api.post('gazette_officer', `/api/gazette/admin/documents/${id}/review`, {
            outcome: 'accept',
            checklist: passAll,
            note: texts.signer,
            expectedVersion: inReview.version,
          });
          expect(reviewed.status, reviewed.text).toBe(200);
          await eventually(
            async () =>
              legalDocumentSchema.parse(
                (await api.get('gazette_officer', `/api/gazette/admin/documents/${id}`)).json,
              ).status === 'accepted'
                ? true
                : undefined,
            'the document accepted',
          );

          const composed = await api.post('gazette_officer', '/api/gazette/admin/issues', {
            title: texts.title,
            entries: [{ documentId: id, pages: '1-3' }],
          });
          expect(composed.status, composed.text).toBe(201);
          let issue = gazetteIssueSchema.parse(composed.json);
          issue = gazetteIssueSchema.parse(
            (
              await api.post('gazette_officer', `/api/gazette/admin/issues/${issue.id}/send`, {
                expectedVersion: issue.version,
              })
            ).json,
          );
          const waiting = await eventually(async () => {
            const current = gazetteIssueSchema.parse(
              (await api.get('director', `/api/gazette/admin/issues/${issue.id}`)).json,
            );
            return current.status === 'awaiting_approval' ? current : undefined;
          }, 'the issue awaiting approval');
          const decided = await api.post('director', `/api/gazette/admin/issues/${issue.id}/decision`, {
            outcome: 'approve',
            expectedVersion: waiting.version,
          });
          expect(decided.status, decided.text).toBe(200);
          const published = await eventually(
            async () => {
              const current = publishedIssueSchema.safeParse(
                (await api.get('director', `/api/gazette/admin/issues/${issue.id}`)).json,
              );
              return current.success && current.data.status === 'published' ? current.data : undefined;
            },
            'the issue published',
            30_000,
          );

          const issuePage = await eventually(async () => {
            const answer = await api.page(sitePaths.gazetteIssue(published.year, published.number));
            return answer.status === 200 ? answer.text : undefined;
          }, 'the issue page');
          expect(htmlProblem(issuePage)).toBeUndefined();
          const document = legalDocumentSchema.parse(
            (await api.get('gazette_officer', `/api/gazette/admin/documents/${id}`)).json,
          );
          expect(document.status).toBe('published');
          const documentPage = await pageOf(
            sitePaths.legalDocument(documentSlug(document.numberSymbol, document.issueDate)),
          );
          expect(htmlProblem(documentPage)).toBeUndefined();
          expect(textOf(documentPage)).toContain(stored(texts.abstract));
          const archived = await pageOf(`/${published.files.html.key}`);
          expect(htmlProblem(archived)).toBeUndefined();
          const pdf = await fetch(`${stack.url}/${published.files.pdf.key}`);
          expect(pdf.status).toBe(200);
          expect(
            Buffer.from(await pdf.arrayBuffer())
              .subarray(0, 5)
              .toString('latin1'),
          ).toBe('%PDF-');
          for (const path of [
            sitePaths.gazetteHome(),
            sitePaths.legalDocuments(),
            sitePaths.gazetteYear(published.year),
          ]) {
            expect(htmlProblem(await pageOf(path)), path).toBeUndefined();
          }
        },
      ),
      3,
    );
  }, 180_000);
});

describe('the whole site after the fuzzing', () => {
  it('leaves every page, feed and sitemap of the site well-formed after the fuzzing', async () => {
    const bucket = stack.env.SITE_BUCKET ?? '';
    let token: string | undefined;
    const keys: string[] = [];
    do {
      const page = await s3().send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
      keys.push(...(page.Contents ?? []).map((object) => object.Key ?? ''));
      token = page.NextContinuationToken;
    } while (token);
    const xml = keys.filter((key) => key.endsWith('.xml'));
    const html = keys.filter((key) => key.endsWith('.html'));
    expect(xml.length).toBeGreaterThan(4);
    for (const key of [...xml, ...html]) {
      const answer = await api.page(`/${key.replace(/index\.html$/, '')}`);
      expect(answer.status, key).toBe(200);
      expect(key.endsWith('.xml') ? xmlProblem(answer.text) : htmlProblem(answer.text), key).toBeUndefined();
    }
  }, 120_000);
});
