import { randomUUID } from 'node:crypto';
import { CopyObjectCommand } from '@aws-sdk/client-s3';
import { readEnv } from '#shared/config/env.ts';
import { changedFields, recordAudit } from '#shared/data/audit.ts';
import { s3 } from '#shared/data/clients.ts';
import { disclosureWrites, getDisclosure, listDisclosures } from '#shared/data/disclosures.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Actor, EntityRef } from '#shared/domain/audit.ts';
import {
  type Disclosure,
  type DisclosureDecision,
  type DisclosureFile,
  type DisclosureInput,
  type DisclosurePosition,
  disclosureFileSchema,
  PDF_TYPE,
  XLSX_TYPE,
} from '#shared/domain/disclosure.ts';
import { errors, type FieldError, InvalidTransition } from '#shared/domain/errors.ts';
import { inspectUpload } from '#shared/media/document-uploads.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';
import { publicPositionOf } from '#shared/site/disclosure-pages.ts';
import { slugify } from '#shared/text/vietnamese.ts';
import { decideDisclosure, decideEdit } from './workflow.ts';

/**
 * The verbs on disclosure records: an editor prepares (create, edit), the director publishes or withdraws.
 * Each is load → decide → one transaction with its audit record → the publisher, which renders the pages the
 * change touches (shared/site/disclosure-pages.ts). Files stay private (`uploads/disclosure/`) until the record
 * is published, when they are copied to `media/thong-tin-cong-khai/` (the same bytes, checked by SHA-256).
 */
export const disclosureEntity = (id: string): EntityRef => ({ type: 'Disclosure', id });

export async function loadDisclosure(id: string): Promise<Disclosure> {
  const record = await getDisclosure(id);
  if (!record) throw errors.notFound(`disclosure ${id}`);
  return record;
}

export const listAllDisclosures = listDisclosures;

/** Checks each file the input names: one the record has already, or a new upload of a PDF or an XLSX file. */
async function resolveFiles(keys: string[], current: DisclosureFile[]): Promise<DisclosureFile[]> {
  const files: DisclosureFile[] = [];
  const problems: FieldError[] = [];
  for (const [index, key] of keys.entries()) {
    const kept = current.find((file) => file.key === key);
    if (kept) {
      files.push(kept);
      continue;
    }
    const path = `fileKeys.${index}`;
    const isPdf = key.endsWith('.pdf');
    if (!isPdf && !key.endsWith('.xlsx')) {
      problems.push({ path, messageVi: 'Chỉ nhận tệp PDF hoặc XLSX', messageEn: 'Only PDF or XLSX files' });
      continue;
    }
    const inspected = await inspectUpload(key, path, {
      require: isPdf ? 'pdf' : 'office',
      owner: 'disclosure',
    });
    if (inspected.file === undefined) {
      problems.push(...inspected.errors);
      continue;
    }
    const contentType = isPdf ? PDF_TYPE : XLSX_TYPE;
    if (inspected.file.contentType !== contentType) {
      problems.push({ path, messageVi: 'Chỉ nhận tệp PDF hoặc XLSX', messageEn: 'Only PDF or XLSX files' });
      continue;
    }
    files.push(disclosureFileSchema.parse({ ...inspected.file, contentType }));
  }
  if (problems.length > 0) throw errors.validation(problems);
  return files;
}

const fieldsOf = (input: DisclosureInput) => ({
  titleVi: input.titleVi,
  titleEn: input.titleEn,
  collection: input.collection,
  date: input.date,
  year: input.year,
  issuingBody: input.issuingBody,
  summaryVi: input.summaryVi,
  summaryEn: input.summaryEn,
});

export async function createDisclosure(input: DisclosureInput, actor: Actor, now = new Date()) {
  const id = randomUUID();
  const files = await resolveFiles(input.fileKeys, []);
  const at = now.toISOString();
  const record: Disclosure = {
    id,
    slug: `${slugify(input.titleVi, 70) || 'tai-lieu'}-${id.slice(0, 8)}`,
    ...fieldsOf(input),
    files,
    status: 'draft',
    version: 1,
    createdAt: at,
    updatedAt: at,
    createdBy: actor,
    updatedBy: actor,
  };
  await runTransaction([
    disclosureWrites.create(record),
    recordAudit(disclosureEntity(id), actor, 'create', { toStatus: 'draft' }, at),
  ]);
  return record;
}

export async function updateDisclosure(
  id: string,
  input: DisclosureInput,
  expectedVersion: number,
  actor: Actor,
  now = new Date(),
): Promise<Disclosure> {
  const current = await loadDisclosure(id);
  const edit = decideEdit(current.status);
  // A published record is withdrawn, corrected, then published again (decision 171).
  if ('refused' in edit) throw new InvalidTransition(current.status, 'edit');
  const files = await resolveFiles(input.fileKeys, current.files);
  const at = now.toISOString();
  const next: Disclosure = {
    ...current,
    ...fieldsOf(input),
    files,
    version: expectedVersion + 1,
    updatedAt: at,
    updatedBy: actor,
  };
  await runTransaction([
    disclosureWrites.replace(next, expectedVersion),
    recordAudit(disclosureEntity(id), actor, 'update', { changedFields: changedFields(current, next) }, at),
  ]);
  return next;
}

const extensionOf = (file: DisclosureFile) => (file.contentType === PDF_TYPE ? 'pdf' : 'xlsx');

/** The public key of a file: under the record's year and slug, named after the file (ASCII). */
export const publicFileKey = (record: Disclosure, file: DisclosureFile, index: number) => {
  const base = slugify(file.fileName.replace(/\.[A-Za-z0-9]+$/, ''), 60) || 'tep';
  return `media/thong-tin-cong-khai/${record.year}/${record.slug}/${index + 1}-${base}.${extensionOf(file)}`;
};

/** Copies the private uploads to their public keys (idempotent: the same target for the same file). */
async function publishFiles(record: Disclosure): Promise<DisclosureFile[]> {
  const bucket = readEnv().MEDIA_BUCKET;
  return Promise.all(
    record.files.map(async (file, index) => {
      if (file.key.startsWith('media/')) return file;
      const key = publicFileKey(record, file, index);
      await s3().send(
        new CopyObjectCommand({
          Bucket: bucket,
          Key: key,
          CopySource: `${bucket}/${file.key}`,
          MetadataDirective: 'REPLACE',
          ContentType: file.contentType,
          ContentDisposition: `attachment; filename="${key.split('/').pop()}"`,
          CacheControl: 'public, max-age=31536000, immutable',
        }),
      );
      return { ...file, key };
    }),
  );
}

/** The director publishes or withdraws a record; the pages it was and is on are rendered again. */
export async function decideOnDisclosure(
  id: string,
  decision: DisclosureDecision,
  actor: Actor,
  now = new Date(),
): Promise<Disclosure> {
  const current = await loadDisclosure(id);
  const outcome = decideDisclosure(current, decision.action, actor.id);
  if ('refused' in outcome) {
    // Four eyes, as for articles: the director does not publish a record they changed last.
    if (outcome.refused === 'own-change')
      throw errors.forbidden('a disclosure cannot be published by who changed it last');
    throw new InvalidTransition(current.status, decision.action);
  }
  const at = now.toISOString();
  const files = outcome.to === 'published' ? await publishFiles(current) : current.files;
  const next: Disclosure = {
    ...current,
    files,
    status: outcome.to,
    version: decision.expectedVersion + 1,
    ...(outcome.to === 'published'
      ? { publishedAt: at, firstPublishedAt: current.firstPublishedAt ?? at }
      : {}),
  };
  await runTransaction([
    disclosureWrites.replace(next, decision.expectedVersion),
    recordAudit(
      disclosureEntity(id),
      actor,
      decision.action,
      {
        fromStatus: current.status,
        toStatus: next.status,
        ...(decision.note ? { note: decision.note } : {}),
      },
      at,
    ),
  ]);
  const before: DisclosurePosition | undefined = publicPositionOf(current);
  await requestPublication({ type: 'disclosure-changed', disclosureId: id, ...(before ? { before } : {}) });
  return next;
}
