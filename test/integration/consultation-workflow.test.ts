import { GetObjectCommand } from '@aws-sdk/client-s3';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { submitComment } from '#shared/consultation/comments.ts';
import { periodScheduleName } from '#shared/consultation/schedules.ts';
import { s3 } from '#shared/data/clients.ts';
import { getCommentContact } from '#shared/data/consultations.ts';
import {
  commentSubmissionSchema,
  consultationCommentSchema,
  consultationSchema,
  draftStructureSchema,
} from '#shared/domain/consultation.ts';
import { CommentPeriodClosed } from '#shared/domain/errors.ts';
import { problemDocumentSchema } from '#shared/domain/problem.ts';
import { uploadTicketSchema } from '#shared/domain/upload.ts';
import type { LocalAccount } from '../../infra/local/accounts.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { callApi, fire, formPoster, sampleDraftText, vietnamLocal } from '../support/consultation.ts';
import {
  accountWithRole,
  agencyAccount,
  createTestAgency,
  startTestStack,
  uniqueSlug,
} from '../support/local-stack.ts';

/**
 * A consultation on a draft through the HTTP API and the public pages, on the real local engines: the agency
 * posts a structured draft (a malformed one is refused), the period opens on schedule, a citizen with
 * JavaScript off comments on one clause, the officer moderates, the period closes by the clock and on
 * schedule, a late comment is refused, the agency's report is approved and published. The period is given
 * in Vietnam time; no contact detail reaches a public page.
 */
let stack: LocalStack;
const agency = uniqueSlug('so-soan-thao');
const otherAgency = uniqueSlug('so-khac');
const citizenAddress = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
const email = `gopy.${Math.random().toString(36).slice(2, 8)}@example.vn`;
const phone = '0905 123 456';
const agencyUser = agencyAccount(agency);
const otherAgencyUser = agencyAccount(otherAgency);
const officer = accountWithRole('feedback_officer');

const draftText = sampleDraftText;

const token = (account: LocalAccount) => stack.issuer.mint(account);

const call = (method: string, path: string, options: { token?: string; body?: unknown } = {}) =>
  callApi(stack.url, method, path, { ...options, address: citizenAddress });

/** A browser with JavaScript off: an urlencoded form post, answered with a page. */
const postForm = formPoster(() => stack.url, citizenAddress);

async function siteObject(key: string): Promise<string> {
  const got = await s3().send(new GetObjectCommand({ Bucket: readEnv().SITE_BUCKET, Key: key }));
  return (await got.Body?.transformToString()) ?? '';
}
const sitePage = (path: string) => siteObject(`${path.replace(/^\//, '')}index.html`);

const detailJson = z.object({
  consultation: consultationSchema,
  comments: z.array(consultationCommentSchema),
  minimumPeriodDays: z.number(),
});

beforeAll(async () => {
  stack = await startTestStack({
    accounts: [agencyUser, otherAgencyUser, officer, accountWithRole('admin')],
  });
  for (const id of [agency, otherAgency]) {
    await createTestAgency(id);
  }
});
afterAll(async () => stack.stop());

/** A minimal Word document: one paragraph a line, as an agency's working copy of a draft. */
function docxOf(lines: string[]): Buffer {
  const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = lines
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(line)}</w:t></w:r></w:p>`)
    .join('');
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    }),
  );
}

async function uploadDocx(bytes: Buffer): Promise<string> {
  const answer = await call('POST', '/api/consultations/admin/files/uploads', {
    token: await token(agencyUser),
    body: {
      fileName: 'du-thao.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: bytes.length,
    },
  });
  expect(answer.status).toBe(201);
  const ticket = uploadTicketSchema.parse(answer.json);
  const put = await fetch(ticket.uploadUrl, {
    method: 'PUT',
    headers: ticket.headers,
    body: new Uint8Array(bytes),
  });
  expect(put.status).toBe(200);
  return ticket.key;
}

describe('a draft uploaded as DOCX', () => {
  it('is read into the same structure as pasted text; a malformed one is refused naming the problem', async () => {
    const key = await uploadDocx(docxOf(draftText.split('\n')));
    const read = await call('POST', '/api/consultations/admin/draft-structure/docx', {
      token: await token(agencyUser),
      body: { key },
    });
    expect(read.status).toBe(200);
    const body = z.object({ draftText: z.string(), structure: draftStructureSchema }).parse(read.json);
    expect(body.structure.chapters.map((chapter) => chapter.anchor)).toEqual(['chuong-i', 'chuong-ii']);
    expect(
      body.structure.articles.flatMap((article) => article.clauses.map((clause) => clause.anchor)),
    ).toEqual(['dieu-2-khoan-1', 'dieu-2-khoan-2', 'dieu-3-khoan-1', 'dieu-3-khoan-2']);
    const malformed = await uploadDocx(docxOf(['Điều 1. Một', 'Điều 1. Lại một']));
    const refused = await call('POST', '/api/consultations/admin/draft-structure/docx', {
      token: await token(agencyUser),
      body: { key: malformed },
    });
    expect(refused.status).toBe(400);
    expect(problemDocumentSchema.parse(refused.json).errors?.[0]?.message).toBe(
      'Dòng 2: Điều 1 bị trùng (đã có ở dòng 1)',
    );
  });
});

describe('a consultation on a draft, from posting to the published report', () => {
  it('refuses a malformed draft with each problem named, in both languages', async () => {
    const now = new Date();
    const refused = await call('POST', '/api/consultations/admin/consultations', {
      token: await token(agencyUser),
      body: {
        title: 'Dự thảo lỗi đánh số điều',
        field: 'Công thương',
        documentKind: 'quyet-dinh',
        draftText: 'Điều 1. Một\nNội dung một.\nĐiều 3. Ba\nNội dung ba.\nĐiều 3. Ba lần nữa',
        opensAt: vietnamLocal(now),
        closesAt: vietnamLocal(new Date(now.getTime() + 30 * 86_400_000)),
      },
    });
    expect(refused.status).toBe(400);
    const problem = problemDocumentSchema.parse(refused.json);
    const messages = (problem.errors ?? []).map((error) => `${error.message} / ${error.messageEn}`);
    expect(messages).toEqual([
      expect.stringMatching(/Dòng 3: Điều 3 không đúng thứ tự.*article 3 is out of order/),
      expect.stringMatching(/Dòng 5: Điều 3 bị trùng.*article 3 appears twice/),
    ]);
  });

  it('runs post → open on schedule → comment (JavaScript off) → moderation → close → late refusal → report', async () => {
    const postedAt = new Date();
    // The period: from a minute ago until two hours from now, typed in Vietnam time.
    const opensLocal = vietnamLocal(new Date(postedAt.getTime() - 60_000));
    const closesInstant = new Date(Math.ceil((postedAt.getTime() + 2 * 3600_000) / 1000) * 1000);
    const posted = await call('POST', '/api/consultations/admin/consultations', {
      token: await token(agencyUser),
      body: {
        title: 'Dự thảo Quy định quản lý chợ trên địa bàn tỉnh',
        field: 'Công thương',
        documentKind: 'quyet-dinh',
        summary: 'Sở Công Thương lấy ý kiến về dự thảo Quy định quản lý chợ.',
        draftText,
        questions: ['Quy định về giờ mở cửa chợ có phù hợp không?'],
        opensAt: opensLocal,
        closesAt: vietnamLocal(closesInstant),
      },
    });
    expect(posted.status).toBe(201);
    const consultation = consultationSchema.parse(posted.json);
    // Vietnam time: the typed wall-clock time is 7 hours ahead of the stored UTC instant.
    expect(consultation.closesAt).toBe(closesInstant.toISOString());
    expect(new Date(`${opensLocal}+07:00`).toISOString()).toBe(consultation.opensAt);
    expect(consultation.status).toBe('scheduled');
    expect(consultation.agencyId).toBe(agency);
    // A period of hours is far below the minimum: the admin sees the warning.
    expect(consultation.shortPeriodWarning).toBe(true);
    expect(consultation.draft.articles.map((article) => article.anchor)).toEqual([
      'dieu-1',
      'dieu-2',
      'dieu-3',
    ]);

    // Another agency cannot see it.
    const foreign = await call('GET', `/api/consultations/admin/consultations/${consultation.id}`, {
      token: await token(otherAgencyUser),
    });
    expect(foreign.status).toBe(403);

    const path = `/lay-y-kien/${consultation.slug}/`;
    expect(await sitePage(path)).toContain('Dự thảo chưa đến thời gian lấy ý kiến');
    expect(await sitePage('/lay-y-kien/')).toContain(consultation.title);

    expect(await fire(periodScheduleName(consultation.id, 'open'), new Date())).toEqual({ done: 'opened' });
    // A repeated delivery of the same schedule does nothing.
    expect(await fire(periodScheduleName(consultation.id, 'open'), new Date())).toEqual({ done: 'stale' });
    const openPage = await sitePage(path);
    expect(openPage).toContain(`action="/api/consultations/${consultation.slug}/comments"`);
    expect(openPage).toContain('id="dieu-2-khoan-2"');
    // The consent box is never ticked by the page.
    expect(openPage).toMatch(/<input[^>]*name="consent"(?![^>]*checked)[^>]*>/);

    const fields = {
      anchor: 'dieu-2-khoan-2',
      content: `Đề nghị bổ sung hộ kinh doanh cá thể vào khoản này. Liên hệ tôi qua ${phone} nếu cần.`,
      name: 'Trần Văn Bình',
      organisation: 'Hợp tác xã Chợ Đông Hà',
      email,
      phone,
      consentNoticeVersion: '2026-12-02',
      website: '',
    };
    // Without consent: the page again, with the error and everything typed.
    const noConsent = await postForm(`/api/consultations/${consultation.slug}/comments`, fields);
    expect(noConsent.status).toBe(400);
    expect(noConsent.type).toContain('text/html');
    expect(noConsent.html).toContain('Cần đồng ý cho phép xử lý dữ liệu cá nhân');
    expect(noConsent.html).toContain('Đề nghị bổ sung hộ kinh doanh');
    // The draft's page gives this copy of the form its one-time token, for the consultation API only.
    const setCookie = (await fetch(`${stack.url}${path}`)).headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^qtp_form=[\w-]+; Path=\/api\/consultations; HttpOnly; SameSite=Strict/);
    const formCookie = setCookie.split(';')[0];
    const sent = await postForm(
      `/api/consultations/${consultation.slug}/comments`,
      { ...fields, consent: 'yes' },
      formCookie,
    );
    expect(sent.status).toBe(200);
    expect(sent.html).toContain('Đã nhận góp ý của bạn');
    expect(sent.html).toContain('Khoản 2 Điều 2');
    // The same copy posted again (a double click, a reload) is the same comment.
    const again = await postForm(
      `/api/consultations/${consultation.slug}/comments`,
      { ...fields, consent: 'yes' },
      formCookie,
    );
    expect(again.status).toBe(200);
    expect(again.html).toContain('Đã nhận góp ý của bạn');

    const officerToken = await token(officer);
    const detail = detailJson.parse(
      (
        await call('GET', `/api/consultations/admin/consultations/${consultation.id}`, {
          token: officerToken,
        })
      ).json,
    );
    expect(detail.comments).toHaveLength(1);
    const [comment] = detail.comments;
    if (!comment) throw new Error('the comment was stored');
    expect(comment.status).toBe('pending');
    expect(comment.anchor).toBe('dieu-2-khoan-2');
    expect(comment.publicContent).not.toContain('0905');
    expect(JSON.stringify(detail)).not.toContain(email);
    expect((await getCommentContact(consultation.id, comment.id))?.email).toBe(email);
    // Not yet moderated: not on the page.
    expect(await sitePage(path)).not.toContain('Đề nghị bổ sung hộ kinh doanh');

    // Moderation is the officer's, with the version read; a stale version is refused.
    const byAgency = await call(
      'POST',
      `/api/consultations/admin/consultations/${consultation.id}/comments/${comment.id}/moderation`,
      { token: await token(agencyUser), body: { decision: 'publish', expectedVersion: 1 } },
    );
    expect(byAgency.status).toBe(403);
    const published = await call(
      'POST',
      `/api/consultations/admin/consultations/${consultation.id}/comments/${comment.id}/moderation`,
      { token: officerToken, body: { decision: 'publish', expectedVersion: 1 } },
    );
    expect(published.status).toBe(200);
    const stale = await call(
      'POST',
      `/api/consultations/admin/consultations/${consultation.id}/comments/${comment.id}/moderation`,
      { token: officerToken, body: { decision: 'reject', reason: 'spam', expectedVersion: 1 } },
    );
    expect(stale.status).toBe(409);
    const withComment = await sitePage(path);
    expect(withComment).toContain('Đề nghị bổ sung hộ kinh doanh');
    expect(withComment).toContain('Hợp tác xã Chợ Đông Hà');
    expect(withComment).toMatch(/<strong>1<\/strong> góp ý về Khoản 2 Điều 2/);

    // The period ends by the clock: at closesAt a comment is refused even before the closing schedule fires.
    const lateComment = commentSubmissionSchema.parse({
      ...fields,
      consent: 'yes',
      content: 'Góp ý gửi đúng lúc hết hạn lấy ý kiến.',
    });
    await expect(
      submitComment(consultation.id, lateComment, { ip: citizenAddress }, closesInstant),
    ).rejects.toBeInstanceOf(CommentPeriodClosed);

    expect(await fire(periodScheduleName(consultation.id, 'close'), closesInstant)).toEqual({
      done: 'closed',
    });
    const late = await call('POST', `/api/consultations/${consultation.slug}/comments`, {
      body: { ...fields, consent: 'yes', content: 'Góp ý gửi sau khi đã hết hạn lấy ý kiến.' },
    });
    expect(late.status).toBe(409);
    expect(problemDocumentSchema.parse(late.json).type).toMatch(/comment-period-closed$/);
    const closedPage = await sitePage(path);
    expect(closedPage).toContain('Đã hết thời gian lấy ý kiến');
    expect(closedPage).not.toContain(`action="/api/consultations/${consultation.slug}/comments"`);
    const lateForm = await postForm(`/api/consultations/${consultation.slug}/comments`, {
      ...fields,
      consent: 'yes',
      content: 'Góp ý gửi sau khi đã hết hạn lấy ý kiến.',
    });
    expect(lateForm.status).toBe(409);
    expect(lateForm.html).toContain('Đã hết thời gian lấy ý kiến đối với dự thảo này');

    // The drafting agency's report, approved by the officer, is published on the draft's page.
    const closed = detailJson.parse(
      (
        await call('GET', `/api/consultations/admin/consultations/${consultation.id}`, {
          token: officerToken,
        })
      ).json,
    ).consultation;
    const report = await call('PUT', `/api/consultations/admin/consultations/${consultation.id}/report`, {
      token: await token(agencyUser),
      body: {
        expectedVersion: closed.version,
        summary: 'Sở nhận được 1 góp ý về dự thảo và đã tiếp thu.',
        issues: [
          {
            title: 'Bổ sung hộ kinh doanh cá thể vào đối tượng áp dụng',
            commentIds: [comment.id],
            disposition: 'accepted',
            reason: 'Tiếp thu: hộ kinh doanh cá thể là đối tượng chịu sự quản lý của ban quản lý chợ.',
            changedAnchor: 'dieu-2-khoan-2',
          },
        ],
      },
    });
    expect(report.status).toBe(200);
    const submitted = consultationSchema.parse(report.json);
    expect(submitted.status).toBe('report-submitted');
    // Not public before the officer approves it.
    expect(await sitePage(path)).not.toContain('Báo cáo tổng hợp, tiếp thu, giải trình');
    const approved = await call(
      'POST',
      `/api/consultations/admin/consultations/${consultation.id}/report/decision`,
      {
        token: officerToken,
        body: { decision: 'approve', expectedVersion: submitted.version },
      },
    );
    expect(approved.status).toBe(200);
    expect(consultationSchema.parse(approved.json).status).toBe('concluded');
    const concluded = await sitePage(path);
    expect(concluded).toContain('Báo cáo tổng hợp, tiếp thu, giải trình');
    expect(concluded).toContain('Bổ sung hộ kinh doanh cá thể vào đối tượng áp dụng');
    expect(await sitePage('/lay-y-kien/')).toMatch(/Đã có báo cáo tiếp thu, giải trình \([1-9]/);
    const sitemap = await siteObject('sitemaps/lay-y-kien.xml');
    expect(sitemap).toContain(`/lay-y-kien/${consultation.slug}/</loc>`);
    expect(await siteObject('sitemap.xml')).toContain('/sitemaps/lay-y-kien.xml');

    // No contact detail on the public pages it touches (other test files write consultations of their own):
    // not the e-mail, not the phone (in either spelling), not the name of the person behind the organisation.
    for (const page of [concluded, await sitePage('/lay-y-kien/'), sitemap]) {
      expect(page).not.toContain(email);
      expect(page).not.toContain(phone);
      expect(page).not.toContain(phone.replace(/\s/g, ''));
      expect(page).not.toContain('Trần Văn Bình');
    }
  }, 60_000);
});
