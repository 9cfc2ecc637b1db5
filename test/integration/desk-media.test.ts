import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { listHistory } from '#shared/data/audit.ts';
import { createCategory, getCategory } from '#shared/data/directory.ts';
import { getUploadTicket } from '#shared/data/upload-tickets.ts';
import { articleSchema } from '#shared/domain/article.ts';
import { articleLookupItemSchema } from '#shared/domain/article-lookup.ts';
import { mediaAssetSchema } from '#shared/domain/media.ts';
import { createArticle } from '#shared/editorial/article-service.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { startTestStack, uniqueSlug } from '../support/local-stack.ts';

let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const category = 'kinh-te';
const lookupSchema = z.object({ items: z.array(articleLookupItemSchema) });
const pageSchema = z.object({ items: z.array(mediaAssetSchema), nextCursor: z.string().optional() });
const problemSchema = z.object({
  status: z.number(),
  errors: z.array(z.object({ path: z.string(), message: z.string(), messageEn: z.string() })),
});
const editor = { id: 'test-editor', name: 'Biên tập thử' };

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  if (!(await getCategory(category))) {
    await createCategory(
      { slug: category, nameVi: 'Kinh tế', nameEn: 'Economy', descriptionVi: '', order: 2 },
      { id: 'test', name: 'Test' },
    ).catch(() => undefined);
  }
});
afterAll(async () => stack.stop());

const draft = (language: 'vi' | 'en', title: string) => ({
  language,
  title,
  summary: 'Tóm tắt bài viết dùng cho kiểm thử bộ chọn bản dịch.',
  bodyHtml: '<p>Nội dung.</p>',
  categorySlug: category,
  tags: [],
});

/** A marker of letters only, so that it folds into one word of the index. */
const marker = () => uniqueSlug('m').replace(/[^a-z]/g, '');

describe('article lookup by title words (decision 198)', () => {
  it('finds “Đăng ký” by “dang ky”, in the asked language only, and follows a title change', async () => {
    const word = marker();
    const vi = articleSchema.parse(
      (
        await api.post(
          'editor',
          '/api/content/admin/articles',
          draft('vi', `Đăng ký kết hôn trực tuyến ${word}`),
        )
      ).json,
    );
    const en = articleSchema.parse(
      (
        await api.post(
          'editor',
          '/api/content/admin/articles',
          draft('en', `Dang ky online marriage ${word}`),
        )
      ).json,
    );
    const found = await api.get(
      'editor',
      `/api/content/admin/article-lookup?language=vi&q=${encodeURIComponent(`dang ky ${word}`)}`,
    );
    expect(found.status).toBe(200);
    const items = lookupSchema.parse(found.json).items;
    expect(items.map((item) => item.id)).toEqual([vi.id]);
    expect(items[0]).toMatchObject({
      title: vi.title,
      categorySlug: category,
      status: 'draft',
      language: 'vi',
    });

    // A word being typed matches as a prefix; the English one is found only in English.
    const partial = lookupSchema.parse(
      (await api.get('editor', `/api/content/admin/article-lookup?language=en&q=${word.slice(0, -1)}%20onl`))
        .json,
    );
    expect(partial.items.map((item) => item.id)).toEqual([en.id]);

    // A new title replaces the old words in the index.
    const saved = await api.put('editor', `/api/content/admin/articles/${vi.id}`, {
      ...draft('vi', `Cấp giấy phép xây dựng ${word}`),
      expectedVersion: vi.version,
    });
    expect(saved.status).toBe(200);
    const old = lookupSchema.parse(
      (await api.get('editor', `/api/content/admin/article-lookup?language=vi&q=ket%20hon%20${word}`)).json,
    );
    expect(old.items).toEqual([]);
    const renamed = lookupSchema.parse(
      (await api.get('editor', `/api/content/admin/article-lookup?language=vi&q=giay%20phep%20${word}`)).json,
    );
    expect(renamed.items.map((item) => item.id)).toEqual([vi.id]);
  });

  it('answers at most the bounded number of articles, and refuses a larger limit', async () => {
    const word = marker();
    for (let index = 0; index < 22; index += 1) {
      await createArticle({ ...draft('vi', `Thông báo số ${index} ${word}`), tags: [] }, editor);
    }
    const all = lookupSchema.parse(
      (await api.get('editor', `/api/content/admin/article-lookup?language=vi&q=${word}&limit=20`)).json,
    );
    expect(all.items).toHaveLength(20);
    const tooMany = await api.get(
      'editor',
      `/api/content/admin/article-lookup?language=vi&q=${word}&limit=500`,
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.contentType).toContain('application/problem+json');
    const none = await api.get('editor', '/api/content/admin/article-lookup?language=fr&q=x');
    expect(none.status).toBe(400);
    expect((await api.get(undefined, `/api/content/admin/article-lookup?language=vi&q=${word}`)).status).toBe(
      401,
    );
  });
});

const ticketSchema = z.object({
  key: z.string(),
  uploadUrl: z.string(),
  headers: z.record(z.string(), z.string()),
});

async function uploadPng(fileName: string) {
  const bytes = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#1c5a8a' } })
    .png()
    .toBuffer();
  const ticket = ticketSchema.parse(
    (
      await api.post('editor', '/api/content/admin/media/uploads', {
        fileName,
        contentType: 'image/png',
        size: bytes.length,
      })
    ).json,
  );
  const put = await fetch(ticket.uploadUrl, {
    method: 'PUT',
    headers: ticket.headers,
    body: new Uint8Array(bytes),
  });
  expect(put.status).toBe(200);
  return { key: ticket.key, size: bytes.length };
}

describe('the media library (decision 199)', () => {
  it('refuses an upload without alt text with field errors, and records nothing', async () => {
    const word = marker();
    const { key } = await uploadPng(`anh-${word}.png`);
    for (const body of [{ key }, { key, altVi: '   ' }]) {
      const refused = await api.post('editor', '/api/content/admin/media/uploads/complete', body);
      expect(refused.status).toBe(400);
      expect(refused.contentType).toContain('application/problem+json');
      expect(problemSchema.parse(refused.json).errors.map((error) => error.path)).toEqual(['altVi']);
    }
    const search = pageSchema.parse(
      (await api.get('editor', `/api/content/admin/media/assets?q=${word}`)).json,
    );
    expect(search.items).toEqual([]);
    // The ticket is still there: the same upload can be completed once the alt text is given.
    expect(await getUploadTicket(key)).toBeDefined();
    const done = await api.post('editor', '/api/content/admin/media/uploads/complete', {
      key,
      altVi: `Ảnh ${word}`,
    });
    expect(done.status).toBe(200);
    expect(await getUploadTicket(key)).toBeUndefined();
  });

  it('records an upload with its alt text, finds it by alt text or file name, and corrects the alt text', async () => {
    const word = marker();
    const { key, size } = await uploadPng(`Cầu Hiền Lương ${word}.png`);
    const done = await api.post('editor', '/api/content/admin/media/uploads/complete', {
      key,
      altVi: `Đoàn đại biểu dâng hương tại Thành cổ ${word}`,
      altEn: 'Delegates at the Citadel',
    });
    expect(done.status).toBe(200);
    const asset = mediaAssetSchema.parse(done.json);
    expect(asset).toMatchObject({ key, url: `/${key}`, size, width: 640, height: 400, version: 1 });
    expect(asset.uploadedByName).not.toBe('');

    const newest = pageSchema.parse(
      (await api.get('director', '/api/content/admin/media/assets?limit=50')).json,
    );
    expect(newest.items.map((item) => item.id)).toContain(asset.id);
    for (const q of [`dang huong ${word}`, `thanh co ${word}`, `hien luong ${word}`, `${word} citadel`]) {
      const found = pageSchema.parse(
        (await api.get('editor', `/api/content/admin/media/assets?q=${encodeURIComponent(q)}`)).json,
      );
      expect(
        found.items.map((item) => item.id),
        q,
      ).toEqual([asset.id]);
    }

    const empty = await api.put('editor', `/api/content/admin/media/assets/${asset.id}`, {
      altVi: '',
      expectedVersion: 1,
    });
    expect(empty.status).toBe(400);
    expect(problemSchema.parse(empty.json).errors.map((error) => error.path)).toEqual(['altVi']);
    expect(
      mediaAssetSchema.parse((await api.get('editor', `/api/content/admin/media/assets/${asset.id}`)).json)
        .version,
    ).toBe(1);

    const corrected = await api.put('editor', `/api/content/admin/media/assets/${asset.id}`, {
      altVi: `Lễ thượng cờ ở Hiền Lương ${word}`,
      expectedVersion: 1,
    });
    expect(corrected.status).toBe(200);
    expect(mediaAssetSchema.parse(corrected.json)).toMatchObject({
      version: 2,
      altVi: `Lễ thượng cờ ở Hiền Lương ${word}`,
    });
    expect(mediaAssetSchema.parse(corrected.json).altEn).toBeUndefined();
    const stale = await api.put('editor', `/api/content/admin/media/assets/${asset.id}`, {
      altVi: 'Khác',
      expectedVersion: 1,
    });
    expect(stale.status).toBe(409);
    const gone = pageSchema.parse(
      (await api.get('editor', `/api/content/admin/media/assets?q=dang%20huong%20${word}`)).json,
    );
    expect(gone.items).toEqual([]);
    const now = pageSchema.parse(
      (await api.get('editor', `/api/content/admin/media/assets?q=thuong%20co%20${word}`)).json,
    );
    expect(now.items.map((item) => item.id)).toEqual([asset.id]);
    expect((await listHistory({ type: 'MediaAsset', id: asset.id })).map((entry) => entry.action)).toEqual([
      'upload',
      'update-alt',
    ]);
  });
});
