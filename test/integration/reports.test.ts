import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { activityWrites, listActivityOfMonth } from '#shared/data/activity.ts';
import { getHolidayCalendar } from '#shared/data/calendar.ts';
import { dynamo, tableName } from '#shared/data/clients.ts';
import { createCategory, getCategory } from '#shared/data/directory.ts';
import { keys } from '#shared/data/keys.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { feedbackSubmissionSchema } from '#shared/domain/feedback.ts';
import { activityReportSchema, parsePeriod, type ReportPeriod } from '#shared/domain/reports.ts';
import {
  approveArticle,
  createArticle,
  saveArticle,
  submitArticle,
} from '#shared/editorial/article-service.ts';
import { saveHolidayCalendar } from '#shared/feedback/calendar.ts';
import { answerFeedback, decideAnswer, forwardFeedback } from '#shared/feedback/handling.ts';
import { submitFeedback } from '#shared/feedback/submissions.ts';
import { createFeedbackTopic } from '#shared/feedback/topics.ts';
import { counterIdentity } from '#shared/reports/aggregate.ts';
import { recountActivity } from '#shared/reports/recount.ts';
import { readActivityCounters } from '#shared/reports/report-service.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import { localAccounts } from '../../infra/local/accounts.ts';
import { seedHolidayCalendars } from '../../infra/local/seed-feedback.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { minimalDocx, standInPdf } from '../../infra/local/stand-in-files.ts';
import { apiClient } from '../support/api-client.ts';
import {
  documentOf,
  ensureSeedAgencies,
  passAll,
  publishIssueThroughWorkflow,
  uploadForSubmission,
} from '../support/gazette-files.ts';
import { createTestAgency, startTestStack } from '../support/local-stack.ts';
import { eventually } from '../support/poll.ts';

/**
 * The reports on a table of their own (the year's recount reads every record of the kinds it counts): a
 * year of activity seeded through the real services (articles the director approves, one published again,
 * feedback answered on time and late, a gazette issue through the gazette's workflow), then the report
 * equals the recount, the year equals the sum of its months, the CSV and PDF carry the figures, and the
 * operator's backfill rebuilds a month whose counters are missing.
 */
let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const year = '2026';
const editor: Actor = { id: 'local-bientap', name: 'Trần Minh Đức', username: 'bientap', roles: ['editor'] };
const director: Actor = {
  id: 'local-giamdoc',
  name: 'Nguyễn Thị Hạnh',
  username: 'giamdoc',
  roles: ['director'],
};
const officer: Actor = {
  id: 'local-tiepnhan',
  name: 'Võ Thị Lan',
  username: 'tiepnhan',
  roles: ['feedback_officer'],
};
const agency = 'so-bao-cao-thu';
const topic = 'linh-vuc-bao-cao';
const at = (day: string, time = '09:00') => new Date(`${day}T${time}:00+07:00`);
const periodOf = (id: string): ReportPeriod => {
  const period = parsePeriod(id);
  if (!period) throw new Error(id);
  return period;
};

beforeAll(async () => {
  stack = await startTestStack({ tableName: 'qtp-reports-test' });
  api = apiClient(stack);
  for (const [slug, nameVi, nameEn] of [
    ['kinh-te', 'Kinh tế', 'Economy'],
    ['van-hoa-xa-hoi', 'Văn hóa - Xã hội', 'Culture and society'],
  ] as const) {
    if (!(await getCategory(slug)))
      await createCategory({ slug, nameVi, nameEn, descriptionVi: '', order: 5 }, systemActor);
  }
  await ensureSeedAgencies(['so-tu-phap']);
  await createTestAgency(agency).catch(() => undefined);
  await createFeedbackTopic(systemActor, {
    slug: topic,
    nameVi: 'Báo cáo (thử)',
    nameEn: 'Reports (test)',
    order: 70,
    active: true,
  }).catch(() => undefined);
  for (const calendar of seedHolidayCalendars)
    if (!(await getHolidayCalendar(calendar.year)))
      await saveHolidayCalendar(systemActor, calendar.year, calendar).catch(() => undefined);
}, 60_000);
afterAll(async () => stack?.stop());

async function publishArticle(
  day: string,
  categorySlug: string,
  language: 'vi' | 'en',
  title: string,
  time = '09:00',
) {
  const now = at(day, time);
  const created = await createArticle(
    {
      language,
      title,
      summary: 'Tóm tắt bài viết cho báo cáo hoạt động.',
      bodyHtml: '<p>Nội dung.</p>',
      categorySlug,
      tags: [],
    },
    editor,
    now,
  );
  const submitted = await submitArticle(created.id, created.version, editor, now);
  const { article } = await approveArticle(created.id, { expectedVersion: submitted.version }, director, now);
  return article;
}

let address = 0;
async function answeredFeedback(days: { received: string; answered: string; approved: string }) {
  address += 1;
  const submission = feedbackSubmissionSchema.parse({
    kind: 'phan-anh',
    topicSlug: topic,
    title: `Đèn đường hỏng tại khu phố ${address}, phường Đông Hà`,
    content:
      'Nhiều bóng đèn đường trên tuyến phố bị hỏng đã lâu, buổi tối rất tối, người dân đi lại khó khăn và không an toàn.',
    name: 'Lê Thị Mai',
    address: 'Khu phố 2, phường Đông Hà',
    email: `mai.${address}.${Date.now().toString(36)}@example.vn`,
    consent: 'yes',
    consentNoticeVersion: '2026-12-01',
  });
  const { item } = await submitFeedback(
    submission,
    [],
    { ip: `192.0.2.${100 + address}` },
    at(days.received),
  );
  const forwarded = await forwardFeedback(
    officer,
    item.id,
    { agencyId: agency, expectedVersion: item.version },
    at(days.received, '10:00'),
  );
  const answered = await answerFeedback(
    {
      userId: `local-u-${agency}`,
      username: `u-${agency}`,
      displayName: 'Cán bộ sở',
      roles: ['agency'],
      agencyId: agency,
    },
    item.id,
    {
      html: '<p>Sở đã thay bóng đèn trên toàn tuyến.</p>',
      attachmentKeys: [],
      expectedVersion: forwarded.version,
    },
    at(days.answered),
  );
  return decideAnswer(
    director,
    item.id,
    { outcome: 'approve', acknowledgeFlags: true, expectedVersion: answered.version },
    at(days.approved),
  );
}

/** One document through the gazette's workflow: submitted, accepted, composed, approved, published now. */
async function publishGazetteIssue() {
  // This file's table numbers issues from 1, while the archive bucket is the whole run's: start the numbering
  // where no other file's issue can be, so the write-once archive takes this issue's files.
  const farNumber = 500_000 + Math.floor(Math.random() * 400_000);
  for (const scope of [Number(dateInVietnam(new Date()).slice(0, 4)), 'all'] as const)
    await dynamo().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...keys.gazetteIssueCounter(scope), itemType: 'Counter', next: farNumber },
      }),
    );
  const numberSymbol = `${1000 + (Date.now() % 8000)}/2026/QĐ-UBND`;
  const today = dateInVietnam(new Date());
  const submitted = await api.post({ username: 'sotuphap' }, '/api/gazette/admin/documents', {
    numberSymbol,
    documentType: 'quyet-dinh',
    issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
    signer: 'Trần Văn Hùng',
    issueDate: today,
    effectiveDate: today,
    abstract: 'Ban hành Quy chế thống kê hoạt động của Cổng Thông tin điện tử tỉnh',
    field: 'hanh-chinh',
    fileKey: await uploadForSubmission(await standInPdf(numberSymbol), 'ban-goc.pdf', 'application/pdf'),
    editableKey: await uploadForSubmission(
      minimalDocx([numberSymbol]),
      'ban-chinh-sua.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ),
    attachmentKeys: [],
    relations: [],
  });
  expect(submitted.status, submitted.text).toBe(201);
  const id = documentOf(submitted.json).id;
  const inReview = await eventually(async () => {
    const document = documentOf(
      (await api.get('gazette_officer', `/api/gazette/admin/documents/${id}`)).json,
    );
    return document.status === 'in_review' ? document : undefined;
  }, 'the document in review');
  const accepted = await api.post('gazette_officer', `/api/gazette/admin/documents/${id}/review`, {
    outcome: 'accept',
    checklist: passAll,
    note: '',
    expectedVersion: inReview.version,
  });
  expect(accepted.status, accepted.text).toBe(200);
  return publishIssueThroughWorkflow(api, 'Công báo: báo cáo hoạt động', [id]);
}

const sorted = <T extends Parameters<typeof counterIdentity>[0]>(counters: T[]) =>
  [...counters].sort((a, b) => counterIdentity(a).localeCompare(counterIdentity(b)));

describe('the reports over a seeded year', () => {
  let before: z.infer<typeof activityReportSchema>;

  it('seeds a year through the real services', async () => {
    const reportOf = async () =>
      activityReportSchema.parse(
        (await api.get('director', `/api/content/admin/reports?period=${year}`)).json,
      );
    before = await reportOf();
    await publishArticle('2026-01-15', 'kinh-te', 'vi', 'Thu hút đầu tư vào Khu kinh tế Đông Nam');
    await publishArticle('2026-03-02', 'kinh-te', 'vi', 'Xuất khẩu quý I tăng trưởng');
    const again = await publishArticle('2026-03-20', 'van-hoa-xa-hoi', 'vi', 'Lễ hội Trường Sơn');
    await publishArticle('2026-07-01', 'kinh-te', 'en', 'Investment in the South-East Economic Zone');
    // 30 September, 23:30 in Vietnam: the third quarter; the next day counts in October.
    await publishArticle('2026-09-30', 'van-hoa-xa-hoi', 'vi', 'Đêm nhạc Quảng Trị', '23:30');
    // A revision of a live article published again is not a new publication.
    const revised = await saveArticle(
      again.id,
      {
        title: 'Lễ hội Trường Sơn (cập nhật)',
        summary: 'Tóm tắt đã sửa.',
        bodyHtml: '<p>Nội dung đã sửa.</p>',
        categorySlug: 'van-hoa-xa-hoi',
        tags: [],
      },
      again.version,
      editor,
      at('2026-04-02'),
    );
    const resubmitted = await submitArticle(again.id, revised.version, editor, at('2026-04-02'));
    await approveArticle(again.id, { expectedVersion: resubmitted.version }, director, at('2026-04-03'));

    // Answered in three working days (on time), and seven weeks after it was forwarded (late).
    const early = await answeredFeedback({
      received: '2026-03-02',
      answered: '2026-03-05',
      approved: '2026-03-06',
    });
    const late = await answeredFeedback({
      received: '2026-04-01',
      answered: '2026-05-20',
      approved: '2026-05-21',
    });
    expect([early.status, late.status]).toEqual(['published', 'published']);

    await publishGazetteIssue();
  }, 120_000);

  it('equals the recount of the records, counter by counter', async () => {
    const period = periodOf(year);
    const counters = await readActivityCounters(period);
    const recounted = await recountActivity(period);
    expect(sorted(counters)).toEqual(sorted(recounted));
    expect(counters.length).toBeGreaterThan(5);
  });

  it('gives the year’s figures, names resolved, and the year is the sum of its months', async () => {
    const report = activityReportSchema.parse(
      (await api.get('director', `/api/content/admin/reports?period=${year}`)).json,
    );
    expect(report.articles.total - before.articles.total).toBe(5);
    const editorRow = report.articles.byEditor.find((row) => row.key === 'local-bientap');
    expect(editorRow?.name).toBe('Trần Minh Đức');
    expect(report.articles.byCategory.map((row) => row.name)).toEqual(
      expect.arrayContaining(['Kinh tế', 'Văn hóa - Xã hội']),
    );
    expect(report.articles.byLanguage.find((row) => row.key === 'en')?.count).toBe(1);
    expect(report.feedback.onTime - before.feedback.onTime).toBe(1);
    expect(report.feedback.late - before.feedback.late).toBe(1);
    expect(report.gazette.issues - before.gazette.issues).toBe(1);
    expect(report.gazette.documents - before.gazette.documents).toBe(1);

    const third = activityReportSchema.parse(
      (await api.get('admin', '/api/content/admin/reports?period=2026-Q3')).json,
    );
    expect(third.period.months).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(third.articles.byMonth.find((row) => row.month === '2026-09')?.count).toBe(1);

    const months = await Promise.all(
      periodOf(year).months.map(async (month) =>
        activityReportSchema.parse(
          (await api.get('director', `/api/content/admin/reports?period=${month}`)).json,
        ),
      ),
    );
    const sum = (pick: (each: typeof report) => number) =>
      months.reduce((total, each) => total + pick(each), 0);
    expect(sum((each) => each.articles.total)).toBe(report.articles.total);
    expect(sum((each) => each.feedback.late)).toBe(report.feedback.late);
    expect(sum((each) => each.gazette.documents)).toBe(report.gazette.documents);
    for (const category of report.articles.byCategory)
      expect(
        sum((each) => each.articles.byCategory.find((row) => row.key === category.key)?.count ?? 0),
        category.key,
      ).toBe(category.count);
  });

  it('is the director’s and the administrator’s only, and refuses a period that is not one', async () => {
    expect((await api.get('editor', `/api/content/admin/reports?period=${year}`)).status).toBe(403);
    expect((await api.get('agency', `/api/content/admin/reports/csv?period=${year}`)).status).toBe(403);
    expect((await api.post('director', '/api/content/admin/reports/recount', { period: year })).status).toBe(
      403,
    );
    for (const wrong of ['2026-Q5', '2026-13', 'x', '']) {
      const answer = await api.get('director', `/api/content/admin/reports?period=${wrong}`);
      expect(answer.status, wrong).toBe(400);
      expect(answer.contentType).toContain('application/problem+json');
      expect(answer.text).toContain('Kỳ báo cáo');
    }
  });

  it('downloads as CSV (UTF-8 with its mark, a section per table) and as a PDF with the figures', async () => {
    const csv = await fetch(`${stack.url}/api/content/admin/reports/csv?period=${year}`, {
      headers: { authorization: `Bearer ${await stack.issuer.mint(accountNamed('giamdoc'))}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('bao-cao-hoat-dong-2026.csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n').map(csvFields);
    const section = (title: string) => {
      const start = lines.findIndex((line) => line.length === 1 && line[0] === title);
      expect(start, title).toBeGreaterThan(0);
      const end = lines.findIndex((line, index) => index > start && line.length === 1 && line[0] === '');
      return lines.slice(start + 1, end);
    };
    expect(section('Bài viết đã đăng theo biên tập viên')).toContainEqual([
      'Trần Minh Đức',
      expect.any(String),
    ]);
    expect(section('Bài viết đã đăng theo chuyên mục')[0]).toEqual(['Chuyên mục', 'Số bài']);
    expect(section('Phản ánh, kiến nghị và lấy ý kiến dự thảo xử lý đúng hạn')).toContainEqual([
      'Phản ánh, kiến nghị đã trả lời',
      '2',
      '1',
      '1',
    ]);

    const pdf = await fetch(`${stack.url}/api/content/admin/reports/pdf?period=2026-Q1&lang=vi`, {
      headers: { authorization: `Bearer ${await stack.issuer.mint(accountNamed('quantri'))}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const file = Buffer.from(await pdf.arrayBuffer());
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    const directory = mkdtempSync(join(tmpdir(), 'qtp-report-pdf-'));
    try {
      writeFileSync(join(directory, 'report.pdf'), file);
      const text = execFileSync('pdftotext', [join(directory, 'report.pdf'), '-'], { encoding: 'utf8' })
        .replace(/\s+/g, ' ')
        .trim();
      expect(text).toContain('BÁO CÁO HOẠT ĐỘNG CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ');
      expect(text).toContain('Quý 1/2026 (Từ ngày 01/01/2026 đến ngày 31/03/2026)');
      expect(text).toContain('Bài viết đã đăng theo chuyên mục');
      expect(text).toContain('Trần Minh Đức');
      expect(text).toContain('Văn hóa - Xã hội');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('backfills a month whose counters are missing from its records (the operator’s recount)', async () => {
    const march = periodOf('2026-03');
    const counted = await listActivityOfMonth('2026-03');
    expect(counted.length).toBeGreaterThan(0);
    // As if March predated the counters.
    await runTransaction(counted.map(activityWrites.remove));
    const empty = activityReportSchema.parse(
      (await api.get('director', '/api/content/admin/reports?period=2026-03')).json,
    );
    expect(empty.articles.total).toBe(0);
    const answer = await api.post('admin', '/api/content/admin/reports/recount', { period: '2026-03' });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.json).toMatchObject({ period: '2026-03', months: [{ month: '2026-03', removed: 0 }] });
    expect(sorted(await listActivityOfMonth('2026-03'))).toEqual(sorted(counted));
    expect(sorted(await readActivityCounters(march))).toEqual(sorted(await recountActivity(march)));
    // Run again, it changes nothing.
    await api.post('admin', '/api/content/admin/reports/recount', { period: '2026-03' });
    expect(sorted(await listActivityOfMonth('2026-03'))).toEqual(sorted(counted));
  });
});

function accountNamed(username: string) {
  const account = localAccounts.find((candidate) => candidate.username === username);
  if (!account) throw new Error(username);
  return account;
}

/** The fields of one CSV line (RFC 4180 quoting), to read the download as a spreadsheet would. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}
