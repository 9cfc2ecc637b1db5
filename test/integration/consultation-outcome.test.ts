import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { submitComment } from '#shared/consultation/comments.ts';
import { periodScheduleName } from '#shared/consultation/schedules.ts';
import { runConsultationTask } from '#shared/consultation/tasks.ts';
import { s3 } from '#shared/data/clients.ts';
import { adoptionsOfDocument } from '#shared/data/consultations.ts';
import { createAgency } from '#shared/data/directory.ts';
import { documentWrites } from '#shared/data/gazette.ts';
import { pendingSchedule } from '#shared/data/schedules.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import { auditEntrySchema, systemActor } from '#shared/domain/audit.ts';
import {
  commentSubmissionSchema,
  consultationCommentSchema,
  consultationSchema,
  consultationStatisticsSchema,
  consultationTaskSchema,
} from '#shared/domain/consultation.ts';
import type { LegalDocument, PublishedDocument } from '#shared/domain/gazette.ts';
import { problemDocumentSchema } from '#shared/domain/problem.ts';
import { slugify } from '#shared/text/vietnamese.ts';
import { sampleDocuments } from '#web/site/gazette/fixtures.ts';
import type { LocalAccount } from '../../infra/local/accounts.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { sampleDraftText } from '../support/consultation.ts';
import { accountWithRole, agencyAccount, startTestStack, uniqueSlug } from '../support/local-stack.ts';

/**
 * What a consultation leads to, on the real local engines: the figures of its comments (the JSON route and
 * the page), the approved report as a PDF beside the page (its Vietnamese text, no contact detail), and the
 * gazette document adopted from the draft, linked both ways (validated, audited, both pages re-rendered).
 */
let stack: LocalStack;
const agency = uniqueSlug('so-ket-qua');
const otherAgency = uniqueSlug('so-ngoai');
const agencyUser = agencyAccount(agency);
const otherAgencyUser = agencyAccount(otherAgency);
const officer = accountWithRole('feedback_officer');
const token = (account: LocalAccount) => stack.issuer.mint(account);
const unique = Math.random().toString(36).slice(2, 8);
const contacts = {
  email: `bao-cao.${unique}@example.vn`,
  phone: '0912 345 678',
  person: `Lê Thị Kín ${unique}`,
};

async function call(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? (JSON.parse(text) as unknown) : undefined,
  };
}

async function siteBytes(key: string): Promise<Uint8Array> {
  const got = await s3().send(new GetObjectCommand({ Bucket: readEnv().SITE_BUCKET, Key: key }));
  return (await got.Body?.transformToByteArray()) ?? new Uint8Array();
}
const sitePage = async (path: string) =>
  Buffer.from(await siteBytes(`${path.replace(/^\//, '')}index.html`)).toString('utf8');

function pdfText(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'qtp-outcome-')), 'report.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], { encoding: 'utf8' })
    .normalize('NFC')
    .replace(/\s+/g, ' ');
}

async function fire(name: string, now: Date) {
  const due = await pendingSchedule(name);
  if (!due) throw new Error(`no schedule ${name}`);
  return runConsultationTask(consultationTaskSchema.parse(due.event), now);
}

const vietnamLocal = (instant: Date) => new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 19);

const detailJson = z.object({
  consultation: consultationSchema,
  comments: z.array(consultationCommentSchema),
  statistics: consultationStatisticsSchema,
  history: z.array(auditEntrySchema),
});

/** A document published in the gazette (its database entry), numbered uniquely for this run. */
async function publishedDocument(label: string): Promise<PublishedDocument> {
  const [sample] = sampleDocuments;
  if (!sample) throw new Error('the fixtures have documents');
  const numberSymbol = `${Math.floor(Math.random() * 900) + 100}/2026/QĐ-UBND-${label}${unique.toUpperCase()}`;
  const document: PublishedDocument = {
    ...sample,
    id: randomUUID(),
    numberSymbol,
    slug: slugify(numberSymbol),
    abstract: `Ban hành Quy định quản lý chợ trên địa bàn tỉnh Quảng Trị (${label} ${unique})`,
    relations: [],
    relatedBy: [],
  };
  await runTransaction([documentWrites.putPublished(document)]);
  return document;
}

/** A document submitted to the gazette and not published yet. */
async function submittedDocument(): Promise<LegalDocument> {
  const [sample] = sampleDocuments;
  if (!sample) throw new Error('the fixtures have documents');
  const {
    slug: _slug,
    relatedBy: _relatedBy,
    issue: _issue,
    publishedAt: _publishedAt,
    ...metadata
  } = sample;
  const document: LegalDocument = {
    ...metadata,
    id: randomUUID(),
    numberSymbol: `7/2026/QĐ-UBND-CHUA${unique}`,
    relations: [],
    status: 'in_review',
    submission: 1,
    submittedAt: '2026-12-01T01:00:00.000Z',
    submittedBy: 'Cán bộ thử nghiệm',
    updatedAt: '2026-12-01T01:00:00.000Z',
    version: 1,
  };
  await runTransaction([documentWrites.create(document)]);
  return document;
}

beforeAll(async () => {
  stack = await startTestStack({ accounts: [agencyUser, otherAgencyUser, officer] });
  for (const id of [agency, otherAgency]) {
    await createAgency(
      {
        id,
        nameVi: `Sở Kết quả ${id}`,
        nameEn: `Outcome department ${id}`,
        kind: 'provincial_department',
        email: `${id}@quangtri.local`,
      },
      systemActor,
    );
  }
});

afterAll(async () => stack.stop());

describe('the outcome of a consultation', () => {
  it('publishes its figures, the report as a PDF on approval, and links the adopted document both ways', async () => {
    const now = new Date();
    const closesAt = new Date(Math.ceil((now.getTime() + 3600_000) / 1000) * 1000);
    const posted = await call('POST', '/api/consultations/admin/consultations', {
      token: await token(agencyUser),
      body: {
        title: `Dự thảo Quy định quản lý chợ đầu mối ${unique}`,
        field: 'Công thương',
        documentKind: 'quyet-dinh',
        draftText: sampleDraftText,
        opensAt: vietnamLocal(new Date(now.getTime() - 60_000)),
        closesAt: vietnamLocal(closesAt),
      },
    });
    expect(posted.status).toBe(201);
    const consultation = consultationSchema.parse(posted.json);
    const path = `/lay-y-kien/${consultation.slug}/`;
    expect(await fire(periodScheduleName(consultation.id, 'open'), new Date())).toEqual({ done: 'opened' });

    const comment = async (fields: Record<string, string>, ip: string) =>
      (
        await submitComment(
          consultation.id,
          commentSubmissionSchema.parse({ consent: 'yes', consentNoticeVersion: '2026-12-02', ...fields }),
          { ip },
        )
      ).comment;
    const fromOrganisation = await comment(
      {
        anchor: 'dieu-3-khoan-1',
        content: 'Đề nghị quy định giờ mở cửa chợ đầu mối từ 3 giờ sáng.',
        name: contacts.person,
        organisation: `Hợp tác xã Đông Hà ${unique}`,
        email: contacts.email,
        phone: contacts.phone,
      },
      '198.51.100.31',
    );
    const fromPerson = await comment(
      {
        anchor: 'dieu-3-khoan-1',
        content: 'Tôi đồng ý với đề nghị mở cửa sớm hơn cho chợ đầu mối.',
        name: `Nguyễn Văn Công ${unique}`,
        email: `cong.${unique}@example.vn`,
      },
      '198.51.100.32',
    );
    const spam = await comment(
      {
        anchor: 'dieu-1',
        content: 'Mua bán đất nền giá rẻ, liên hệ ngay hôm nay.',
        name: `Quảng Cáo ${unique}`,
        phone: '0987 000 111',
      },
      '198.51.100.33',
    );
    const officerToken = await token(officer);
    const moderate = (commentId: string, body: unknown) =>
      call(
        'POST',
        `/api/consultations/admin/consultations/${consultation.id}/comments/${commentId}/moderation`,
        {
          token: officerToken,
          body,
        },
      );
    expect((await moderate(fromOrganisation.id, { decision: 'publish', expectedVersion: 1 })).status).toBe(
      200,
    );
    expect((await moderate(fromPerson.id, { decision: 'publish', expectedVersion: 1 })).status).toBe(200);
    expect((await moderate(spam.id, { decision: 'reject', reason: 'spam', expectedVersion: 1 })).status).toBe(
      200,
    );

    // The figures, as JSON: counts only, cacheable, no commenter in them.
    const figures = await call('GET', `/api/consultations/${consultation.slug}/statistics`);
    expect(figures.status).toBe(200);
    expect(figures.headers.get('cache-control')).toBe('public, max-age=300');
    const statistics = consultationStatisticsSchema.parse(figures.json);
    expect(statistics).toMatchObject({ received: 3, published: 2, rejected: 1, pending: 0 });
    expect(statistics.rejectedBy.spam).toBe(1);
    expect(statistics.byAuthor).toEqual({
      individual: { received: 2, published: 1 },
      organisation: { received: 1, published: 1 },
    });
    expect(statistics.parts.map((part) => part.anchor)).toHaveLength(8);
    expect(statistics.parts.find((part) => part.anchor === 'dieu-2')).toMatchObject({ received: 0 });
    expect(statistics.parts.find((part) => part.anchor === 'dieu-3-khoan-1')).toMatchObject({
      received: 2,
      published: 2,
    });
    const figuresText = JSON.stringify(figures.json);
    for (const secret of [contacts.email, contacts.phone, contacts.person, 'Quảng Cáo'])
      expect(figuresText).not.toContain(secret);
    expect((await call('GET', '/api/consultations/khong-co-du-thao-nay/statistics')).status).toBe(404);
    // The page shows the same figures; the admin detail too.
    const openPage = await sitePage(path);
    expect(openPage).toContain('Số liệu góp ý');
    expect(openPage).toContain(`/api/consultations/${consultation.slug}/statistics`);
    const staffDetail = detailJson.parse(
      (
        await call('GET', `/api/consultations/admin/consultations/${consultation.id}`, {
          token: officerToken,
        })
      ).json,
    );
    expect(staffDetail.statistics).toEqual(statistics);

    // Closed on schedule, the report written and, before approval, no document can be linked yet.
    expect(await fire(periodScheduleName(consultation.id, 'close'), closesAt)).toEqual({ done: 'closed' });
    const early = await publishedDocument('SOM');
    const tooEarly = await call(
      'PUT',
      `/api/consultations/admin/consultations/${consultation.id}/adopted-document`,
      {
        token: officerToken,
        body: { documentId: early.id, expectedVersion: 4 },
      },
    );
    expect(tooEarly.status).toBe(409);
    const closed = detailJson.parse(
      (
        await call('GET', `/api/consultations/admin/consultations/${consultation.id}`, {
          token: officerToken,
        })
      ).json,
    ).consultation;
    const submitted = await call('PUT', `/api/consultations/admin/consultations/${consultation.id}/report`, {
      token: await token(agencyUser),
      body: {
        expectedVersion: closed.version,
        summary: 'Sở Công Thương đã nhận được ba ý kiến; hai ý kiến được đăng công khai.',
        issues: [
          {
            title: 'Giờ mở cửa chợ đầu mối',
            commentIds: [fromOrganisation.id, fromPerson.id],
            disposition: 'partly-accepted',
            reason: 'Tiếp thu: chợ đầu mối mở cửa từ 4 giờ sáng; không mở từ 3 giờ vì an ninh trật tự.',
            changedAnchor: 'dieu-3-khoan-1',
          },
          {
            title: 'Nội dung không liên quan',
            commentIds: [spam.id],
            disposition: 'not-accepted',
            reason: 'Ý kiến quảng cáo, không liên quan đến dự thảo.',
          },
        ],
      },
    });
    expect(submitted.status).toBe(200);
    const pdfKey = `lay-y-kien/${consultation.slug}/bao-cao-tiep-thu-giai-trinh.pdf`;
    // Not before approval.
    await expect(siteBytes(pdfKey)).rejects.toThrow();
    const approved = await call(
      'POST',
      `/api/consultations/admin/consultations/${consultation.id}/report/decision`,
      {
        token: officerToken,
        body: { decision: 'approve', expectedVersion: consultationSchema.parse(submitted.json).version },
      },
    );
    expect(approved.status).toBe(200);
    const concluded = consultationSchema.parse(approved.json);

    // The PDF was written beside the page; the page links to it with its size; the gateway serves it.
    const pdf = await siteBytes(pdfKey);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      `Cơ quan soạn thảo: Sở Kết quả ${agency}`,
      'BÁO CÁO',
      `“Dự thảo Quy định quản lý chợ đầu mối ${unique}”`,
      'Loại văn bản: Quyết định',
      'Số góp ý nhận được: 3',
      'Số góp ý đã đăng công khai: 2',
      'Sở Công Thương đã nhận được ba ý kiến',
      `Số góp ý: 2 (Hợp tác xã Đông Hà ${unique}; Nguyễn Văn Công ${unique})`,
      'Ý kiến của cơ quan soạn thảo: Tiếp thu một phần',
      'Nội dung được chỉnh sửa: Khoản 1 Điều 3',
      'Số góp ý: 1 (1 góp ý không đăng công khai)',
    ])
      expect(text).toContain(expected);
    // No contact detail, and not the name behind an organisation's comment nor that of a rejected one.
    for (const secret of [contacts.email, contacts.phone, '0912', contacts.person, 'Quảng Cáo', '@'])
      expect(text).not.toContain(secret);
    const page = await sitePage(path);
    expect(page).toMatch(
      new RegExp(
        `href="/lay-y-kien/${consultation.slug}/bao-cao-tiep-thu-giai-trinh.pdf"[^>]*>[^<]*\\(PDF, [\\d,]+ KB\\)`,
      ),
    );
    const served = await fetch(`${stack.url}/${pdfKey}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);

    // The adopted document: chosen from the database, validated, linked in one audited transaction.
    const adopted = await publishedDocument('BH');
    const found = await call(
      'GET',
      `/api/consultations/admin/adoptable-documents?q=${encodeURIComponent(adopted.numberSymbol)}`,
      { token: officerToken },
    );
    expect(found.status).toBe(200);
    expect(JSON.stringify(found.json)).toContain(adopted.id);
    const link = (documentId: string, expectedVersion: number, account: LocalAccount = officer) =>
      token(account).then((bearer) =>
        call('PUT', `/api/consultations/admin/consultations/${consultation.id}/adopted-document`, {
          token: bearer,
          body: { documentId, expectedVersion },
        }),
      );
    const unknown = await link(randomUUID(), concluded.version);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.json)).toContain('Không có văn bản này trong cơ sở dữ liệu văn bản');
    const unpublished = await link((await submittedDocument()).id, concluded.version);
    expect(unpublished.status).toBe(400);
    expect(problemDocumentSchema.parse(unpublished.json).errors?.[0]?.path).toBe('documentId');
    expect(JSON.stringify(unpublished.json)).toContain('chưa được đăng Công báo');
    expect((await link(adopted.id, concluded.version, otherAgencyUser)).status).toBe(403);
    expect(
      (
        await call('PUT', `/api/consultations/admin/consultations/${consultation.id}/adopted-document`, {
          body: { documentId: adopted.id, expectedVersion: concluded.version },
        })
      ).status,
    ).toBe(401);

    const linked = await link(adopted.id, concluded.version, agencyUser);
    expect(linked.status).toBe(200);
    const withLink = consultationSchema.parse(linked.json);
    expect(withLink.adoptedDocument).toMatchObject({ documentId: adopted.id, slug: adopted.slug });
    expect((await link(adopted.id, concluded.version)).status).toBe(409);
    const consultationPage = await sitePage(path);
    expect(consultationPage).toContain('Văn bản đã ban hành');
    expect(consultationPage).toContain(`href="/van-ban/${adopted.slug}/"`);
    const documentPage = await sitePage(`/van-ban/${adopted.slug}/`);
    expect(documentPage).toContain('Dự thảo đã được lấy ý kiến nhân dân');
    expect(documentPage).toContain(`href="${path}"`);
    const history = detailJson.parse(
      (
        await call('GET', `/api/consultations/admin/consultations/${consultation.id}`, {
          token: officerToken,
        })
      ).json,
    ).history;
    const audit = history.find((entry) => entry.action === 'link-document');
    expect(audit?.note).toContain(adopted.numberSymbol);
    expect(audit?.actorName).toBe(agencyUser.name);

    // Linked to another document instead: both documents' pages are rendered again.
    const corrected = await publishedDocument('DUNG');
    const moved = await link(corrected.id, withLink.version);
    expect(moved.status).toBe(200);
    expect(await adoptionsOfDocument(adopted.id)).toEqual([]);
    expect((await adoptionsOfDocument(corrected.id)).map((entry) => entry.consultationId)).toEqual([
      consultation.id,
    ]);
    expect(await sitePage(`/van-ban/${adopted.slug}/`)).not.toContain('Dự thảo đã được lấy ý kiến nhân dân');
    expect(await sitePage(`/van-ban/${corrected.slug}/`)).toContain(`href="${path}"`);
    expect(await sitePage(path)).toContain(`href="/van-ban/${corrected.slug}/"`);
  });
});
