import { HeadObjectCommand } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { s3 } from '#shared/data/clients.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { startTestStack } from '../support/local-stack.ts';

let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const ticketSchema = z.object({
  key: z.string(),
  uploadUrl: z.string(),
  headers: z.record(z.string(), z.string()),
});
const storedSchema = z.object({
  key: z.string(),
  url: z.string(),
  width: z.number(),
  height: z.number(),
  variants: z.array(z.number()),
});

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
});
afterAll(async () => stack.stop());

async function exists(key: string): Promise<boolean> {
  try {
    await s3().send(new HeadObjectCommand({ Bucket: readEnv().MEDIA_BUCKET, Key: key }));
    return true;
  } catch {
    return false;
  }
}

async function upload(bytes: Buffer, contentType: string) {
  const ticket = await api.post('editor', '/api/content/admin/media/uploads', {
    fileName: 'anh.bin',
    contentType,
    size: bytes.length,
  });
  expect(ticket.status).toBe(201);
  const { key, uploadUrl, headers } = ticketSchema.parse(ticket.json);
  const put = await fetch(uploadUrl, { method: 'PUT', headers, body: new Uint8Array(bytes) });
  expect(put.status).toBe(200);
  return key;
}

describe('media uploads by presigned S3 PUT (S3 emulator)', () => {
  it('stores an image, makes responsive WebP variants and serves them under /media/', async () => {
    const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#8a1c1c' } })
      .jpeg()
      .toBuffer();
    const key = await upload(jpeg, 'image/jpeg');
    const done = await api.post('editor', '/api/content/admin/media/uploads/complete', {
      key,
      altVi: 'Ảnh thử',
    });
    expect(done.status).toBe(200);
    const stored = storedSchema.parse(done.json);
    expect(stored).toMatchObject({ width: 1200, height: 800, variants: [480, 960] });

    const original = await fetch(`${stack.url}/${key}`);
    expect(original.status).toBe(200);
    expect(original.headers.get('content-type')).toBe('image/jpeg');
    const variant = await fetch(`${stack.url}/${key}-480w.webp`);
    expect(variant.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await variant.arrayBuffer())).metadata()).width).toBe(480);
  });

  it('refuses a type that is not an image, and an oversized file, before anything is stored', async () => {
    const pdf = await api.post('editor', '/api/content/admin/media/uploads', {
      fileName: 'x.pdf',
      contentType: 'application/pdf',
      size: 1000,
    });
    expect(pdf.status).toBe(400);
    expect(pdf.text).toContain('Chỉ nhận ảnh JPEG, PNG hoặc WebP');
    const huge = await api.post('editor', '/api/content/admin/media/uploads', {
      fileName: 'x.jpg',
      contentType: 'image/jpeg',
      size: 50 * 1024 * 1024,
    });
    expect(huge.status).toBe(400);
    expect(huge.text).toContain('Ảnh không được lớn hơn 10 MB');
  });

  it('refuses a body larger than the size the URL was issued for, and keeps nothing of it', async () => {
    // S3 itself refuses such a PUT (content-length is signed); the S3 emulator does not check SigV4,
    // so this drives the check that holds in both places: completion compares against the ticket.
    const ticket = ticketSchema.parse(
      (
        await api.post('editor', '/api/content/admin/media/uploads', {
          fileName: 'a.png',
          contentType: 'image/png',
          size: 100,
        })
      ).json,
    );
    await fetch(ticket.uploadUrl, { method: 'PUT', headers: ticket.headers, body: new Uint8Array(5000) });
    const done = await api.post('editor', '/api/content/admin/media/uploads/complete', {
      key: ticket.key,
      altVi: 'Ảnh thử',
    });
    expect(done.status).toBe(413);
    expect(await exists(ticket.key)).toBe(false);
  });

  it('refuses to complete an upload it never issued', async () => {
    const done = await api.post('editor', '/api/content/admin/media/uploads/complete', {
      key: 'media/2026/11/00000000-0000-4000-8000-000000000000.png',
      altVi: 'Ảnh thử',
    });
    expect(done.status).toBe(404);
  });

  it('deletes a file that is not the image it claims to be', async () => {
    const key = await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'image/png');
    expect(await exists(key)).toBe(true);
    const done = await api.post('editor', '/api/content/admin/media/uploads/complete', {
      key,
      altVi: 'Ảnh thử',
    });
    expect(done.status).toBe(415);
    expect(await exists(key)).toBe(false);
  });
});
