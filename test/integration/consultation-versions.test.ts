import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { submitComment } from '#shared/consultation/comments.ts';
import { periodScheduleName } from '#shared/consultation/schedules.ts';
import { s3 } from '#shared/data/clients.ts';
import { listVersions } from '#shared/data/consultations.ts';
import { createAgency } from '#shared/data/directory.ts';
import { auditEntrySchema, systemActor } from '#shared/domain/audit.ts';
import {
  commentSubmissionSchema,
  consultationCommentSchema,
  consultationSchema,
  draftVersionSchema,
} from '#shared/domain/consultation.ts';
import { problemDocumentSchema } from '#shared/domain/problem.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import type { LocalAccount } from '../../infra/local/accounts.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { callApi, fire, sampleDraftText, vietnamLocal } from '../support/consultation.ts';
import { accountWithRole, agencyAccount, startTestStack, uniqueSlug } from '../support/local-stack.ts';

/**
 * A later version of a draft through the HTTP API, on the real local engines: refused while the period is
 * open, to another agency, with malformed text or links to comments and parts that do not exist; posted by the
 * drafting agency after the report was submitted, in one transaction with its audit record and the
 * consultation's version check; each changed part linked to the comments behind it (from the report, or as
 * named); the redline page prerendered with its insertions, deletions and links, and listed on the draft's
 * page and in the sitemap, with no contact.
 */
let stack: LocalStack;
const agency = uniqueSlug('so-phien-ban');
const otherAgency = uniqueSlug('so-khac-phien-ban');
const agencyUser = agencyAccount(agency);
const otherAgencyUser = agencyAccount(otherAgency);
const officer = accountWithRole('feedback_officer');
const citizenAddress = `198.51.101.${Math.floor(Math.random() * 250) + 1}`;
const email = `phienban.${Math.random().toString(36).slice(2, 8)}@example.vn`;

const token = (account: LocalAccount) => stack.issuer.mint(account);

const call = (method: string, path: string, options: { token?: string; body?: unknown } = {}) =>
  callApi(stack.url, method, path, options);

async function sitePage(path: string): Promise<string> {
  const key = path.endsWith('/') ? `${path.replace(/^\//, '')}index.html` : path.replace(/^\//, '');
  const got = await s3().send(new GetObjectCommand({ Bucket: readEnv().SITE_BUCKET, Key: key }));
  return (await got.Body?.transformToString()) ?? '';
}

const detailJson = z.object({
  consultation: consultationSchema,
  comments: z.array(consultationCommentSchema),
  versions: z.array(draftVersionSchema),
  history: z.array(auditEntrySchema),
});

/**
 * Version 2: an article inserted before article 2 (so articles 2 and 3 are renumbered 3 and 4), a section
 * (Mục) in chapter II, words added to clause 2 of the old article 2 and removed from the old article 3.
 */
const secondText = sampleDraftText
  .replace('Điều 3. Nội quy chợ', 'Mục 1. NỘI QUY\nĐiều 4. Nội quy chợ')
  .replace(
    'Điều 2. Đối tượng áp dụng',
    'Điều 2. Giải thích từ ngữ\nChợ là nơi mua bán hàng hóa.\nĐiều 3. Đối tượng áp dụng',
  )
  .replace('2. Thương nhân kinh doanh tại chợ.', '2. Thương nhân, hộ kinh doanh cá thể kinh doanh tại chợ.')
  .replace('2. Nội quy được niêm yết tại cổng chợ.', '2. Nội quy được niêm yết.');

beforeAll(async () => {
  stack = await startTestStack({ accounts: [agencyUser, otherAgencyUser, officer] });
  for (const id of [agency, otherAgency]) {
    await createAgency(
      {
        id,
        nameVi: `Sở thử phiên bản ${id}`,
        nameEn: `Test department ${id}`,
        kind: 'provincial_department',
        email: `${id}@quangtri.local`,
      },
      systemActor,
    );
  }
});
afterAll(async () => stack.stop());

describe('a later version of a draft', () => {
  it('is posted after the period, validated, linked to the comments behind it and published as a redline', async () => {
    const postedAt = new Date();
    const closesInstant = new Date(Math.ceil((postedAt.getTime() + 2 * 3600_000) / 1000) * 1000);
    const posted = await call('POST', '/api/consultations/admin/consultations', {
      token: await token(agencyUser),
      body: {
        title: `Dự thảo Quy định quản lý chợ, phiên bản ${agency}`,
        field: 'Công thương',
        documentKind: 'quyet-dinh',
        draftText: sampleDraftText,
        opensAt: vietnamLocal(new Date(postedAt.getTime() - 60_000)),
        closesAt: vietnamLocal(closesInstant),
      },
    });
    expect(posted.status).toBe(201);
    const consultation = consultationSchema.parse(posted.json);
    const versionsPath = `/api/consultations/admin/consultations/${consultation.id}/versions`;
    const detailOf = async () =>
      detailJson.parse(
        (
          await call('GET', `/api/consultations/admin/consultations/${consultation.id}`, {
            token: await token(officer),
          })
        ).json,
      );
    expect(await fire(periodScheduleName(consultation.id, 'open'), new Date())).toEqual({ done: 'opened' });

    // While the period is open, no new version.
    const tooEarly = await call('POST', versionsPath, {
      token: await token(agencyUser),
      body: { expectedVersion: 2, draftText: secondText, changeNote: 'Chỉnh lý sau lấy ý kiến.' },
    });
    expect(tooEarly.status).toBe(409);

    const { comment } = await submitComment(
      consultation.id,
      commentSubmissionSchema.parse({
        anchor: 'dieu-2-khoan-2',
        content: 'Đề nghị bổ sung hộ kinh doanh cá thể vào đối tượng áp dụng.',
        name: 'Trần Văn Bình',
        organisation: 'Hợp tác xã Chợ Đông Hà',
        email,
        consent: 'yes',
        consentNoticeVersion: '2026-12-02',
      }),
      { ip: citizenAddress },
    );
    const published = await call(
      'POST',
      `/api/consultations/admin/consultations/${consultation.id}/comments/${comment.id}/moderation`,
      { token: await token(officer), body: { decision: 'publish', expectedVersion: 1 } },
    );
    expect(published.status).toBe(200);
    expect(await fire(periodScheduleName(consultation.id, 'close'), closesInstant)).toEqual({
      done: 'closed',
    });

    const closed = (await detailOf()).consultation;
    const report = await call('PUT', `/api/consultations/admin/consultations/${consultation.id}/report`, {
      token: await token(agencyUser),
      body: {
        expectedVersion: closed.version,
        summary: 'Sở nhận được 1 góp ý và đã tiếp thu.',
        issues: [
          {
            title: 'Bổ sung hộ kinh doanh cá thể',
            commentIds: [comment.id],
            disposition: 'accepted',
            reason: 'Tiếp thu, bổ sung vào khoản 2 Điều 2.',
            changedAnchor: 'dieu-2-khoan-2',
          },
        ],
      },
    });
    expect(report.status).toBe(200);
    const submitted = consultationSchema.parse(report.json);

    // Another agency may not post a version of this draft.
    const foreign = await call('POST', versionsPath, {
      token: await token(otherAgencyUser),
      body: { expectedVersion: submitted.version, draftText: secondText, changeNote: 'Không phải của tôi.' },
    });
    expect(foreign.status).toBe(403);

    // Malformed text: refused on draftText, naming the line, in both languages.
    const malformed = await call('POST', versionsPath, {
      token: await token(agencyUser),
      body: {
        expectedVersion: submitted.version,
        draftText: secondText.replace('Mục 1. NỘI QUY', 'Mục 2. NỘI QUY'),
        changeNote: 'Chỉnh lý sau lấy ý kiến.',
      },
    });
    expect(malformed.status).toBe(400);
    const malformedProblem = problemDocumentSchema.parse(malformed.json);
    expect(malformedProblem.errors?.[0]).toMatchObject({
      path: 'draftText',
      message: expect.stringMatching(/^Dòng 16: Mục 2 của Chương II không đúng thứ tự/),
      messageEn: expect.stringMatching(/^Line 16: section 2 of chapter II is out of order/),
    });

    // Links to a comment of no one, to a part the draft does not have, to a part that did not change.
    const badLinks = await call('POST', versionsPath, {
      token: await token(agencyUser),
      body: {
        expectedVersion: submitted.version,
        draftText: secondText,
        changeNote: 'Chỉnh lý sau lấy ý kiến.',
        links: [
          { anchor: 'dieu-3-khoan-2', commentIds: ['7d7c2a34-3c1b-4e55-9a2b-5d8b1f0e6a11'] },
          { anchor: 'dieu-9', commentIds: [comment.id] },
          { anchor: 'dieu-1', commentIds: [comment.id] },
        ],
      },
    });
    expect(badLinks.status).toBe(400);
    expect(
      (problemDocumentSchema.parse(badLinks.json).errors ?? []).map((error) => [error.path, error.messageEn]),
    ).toEqual([
      ['links.0.commentIds.0', 'No such comment on this draft'],
      ['links.1.anchor', 'The draft has no such article or clause'],
      ['links.2.anchor', 'This article or clause is unchanged in the new version'],
    ]);

    // A stale version of the consultation: refused, and nothing of it is stored.
    const stale = await call('POST', versionsPath, {
      token: await token(agencyUser),
      body: {
        expectedVersion: closed.version,
        draftText: secondText,
        changeNote: 'Chỉnh lý sau lấy ý kiến.',
      },
    });
    expect(stale.status).toBe(409);
    expect(await listVersions(consultation.id)).toEqual([]);
    expect((await detailOf()).history.map((entry) => entry.action)).not.toContain('post-version');

    // Posted: the report links clause 2 of the old article 2 (now article 3); the agency names a comment for
    // clause 2 of the old article 3 (now article 4).
    const second = await call('POST', versionsPath, {
      token: await token(agencyUser),
      body: {
        expectedVersion: submitted.version,
        draftText: secondText,
        changeNote: 'Bổ sung Điều 2 giải thích từ ngữ; tiếp thu góp ý về hộ kinh doanh cá thể.',
        links: [{ anchor: 'dieu-4-khoan-2', commentIds: [comment.id] }],
      },
    });
    expect(second.status).toBe(201);
    const version = draftVersionSchema.parse(second.json);
    expect(version.number).toBe(2);
    expect(version.draft.sections).toEqual([
      { anchor: 'chuong-ii-muc-1', number: 1, title: 'NỘI QUY', chapterAnchor: 'chuong-ii' },
    ]);
    expect(version.links).toEqual([
      { anchor: 'dieu-3-khoan-2', removed: false, commentIds: [comment.id], issueIndexes: [0] },
      { anchor: 'dieu-4-khoan-2', removed: false, commentIds: [comment.id], issueIndexes: [] },
    ]);
    const after = await detailOf();
    expect(after.consultation.latestVersion).toBe(2);
    expect(after.consultation.version).toBe(submitted.version + 1);
    // The status does not move; the audit record is written with it.
    expect(after.consultation.status).toBe('report-submitted');
    expect(after.versions.map((known) => known.number)).toEqual([2]);
    expect(after.history.filter((entry) => entry.action === 'post-version')).toEqual([
      expect.objectContaining({ note: 'phiên bản 2', toStatus: 'report-submitted' }),
    ]);
    // The consultation keeps the draft that was commented on.
    expect(after.consultation.draft.articles).toHaveLength(3);

    // The redline page, prerendered: the insertion, the deletion, the comment behind the change.
    const redlinePath = consultationPaths.version(consultation.slug, 2);
    let redline = await sitePage(redlinePath);
    expect(redline).toMatch(/<ins><span class="vh">\[thêm: <\/span>, hộ/);
    expect(redline).toMatch(
      /<del><span class="vh">\[bỏ: <\/span> tại cổng chợ<span class="vh">\]<\/span><\/del>/,
    );
    expect(redline).toContain('trước là Điều 2');
    expect(redline).toContain('Mục 1');
    expect(redline).toContain(`href="${consultationPaths.page(consultation.slug)}#gop-y-${comment.id}"`);
    // The report is not public yet: no link to its issues.
    expect(redline).not.toContain('#bao-cao-van-de-1');
    expect(await sitePage(consultationPaths.page(consultation.slug))).toContain(`href="${redlinePath}"`);

    const approved = await call(
      'POST',
      `/api/consultations/admin/consultations/${consultation.id}/report/decision`,
      {
        token: await token(officer),
        body: { decision: 'approve', expectedVersion: after.consultation.version },
      },
    );
    expect(approved.status).toBe(200);
    redline = await sitePage(redlinePath);
    expect(redline).toContain(`href="${consultationPaths.page(consultation.slug)}#bao-cao-van-de-1"`);
    const page = await sitePage(consultationPaths.page(consultation.slug));
    expect(page).toContain('id="bao-cao-van-de-1"');
    expect(page).toContain(`id="gop-y-${comment.id}"`);
    expect(await sitePage(consultationPaths.sitemap())).toContain(`${redlinePath}</loc>`);
    for (const html of [redline, page]) {
      expect(html).not.toContain(email);
      expect(html).not.toContain('Trần Văn Bình');
    }
  }, 60_000);
});
