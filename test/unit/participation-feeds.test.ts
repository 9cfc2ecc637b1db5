import { describe, expect, it } from 'vitest';
import { followerIdOf, hashLinkToken } from '#shared/consultation/followers.ts';
import { followSubmissionSchema } from '#shared/domain/consultation-followers.ts';
import { FollowForm } from '#web/site/consultation/FollowForm.tsx';
import { type FeedConsultation, renderConsultationFeed } from '#web/site/consultation/feed.ts';
import { type FeedDialogue, renderDialogueFeed } from '#web/site/dialogue/feed.ts';
import { sampleContext as ctx } from '#web/site/fixtures.ts';
import { child, children, parseXml, textOf } from '../support/xml-tree.ts';

/**
 * The feeds of consultations and dialogues (one entry per event: a draft opened, a report published, a
 * dialogue scheduled, a dialogue archived), and the pure parts of following a draft.
 */
const abs = (path: string) => `${ctx.baseUrl}${path}`;

const consultation = (overrides: Partial<FeedConsultation>): FeedConsultation => ({
  slug: 'du-thao-quy-dinh-cho',
  title: 'Dự thảo Quy định quản lý chợ',
  agencyName: 'Sở Công Thương',
  field: 'Công thương',
  documentKind: 'quyet-dinh',
  status: 'open',
  opensAt: '2026-11-20T01:00:00.000Z',
  closesAt: '2026-12-20T10:00:00.000Z',
  openedAt: '2026-11-20T01:00:02.000Z',
  ...overrides,
});

const consultations: FeedConsultation[] = [
  consultation({}),
  consultation({ slug: 'chua-mo', title: 'Dự thảo chưa mở', status: 'scheduled', openedAt: undefined }),
  consultation({
    slug: 'da-ket-thuc',
    title: 'Dự thảo Quy định phí <b>bến bãi</b>',
    status: 'concluded',
    opensAt: '2026-09-01T01:00:00.000Z',
    openedAt: '2026-09-01T01:00:00.000Z',
    closesAt: '2026-10-01T01:00:00.000Z',
    report: { approvedAt: '2026-11-25T03:00:00.000Z' },
  }),
  // Submitted, not approved: the report is not public, so not in the feed.
  consultation({
    slug: 'cho-duyet',
    title: 'Dự thảo chờ duyệt báo cáo',
    status: 'report-submitted',
    report: {},
  }),
];

describe('the consultations feed', () => {
  it('has one entry per opening and per published report, newest first, nothing unpublished', () => {
    const rss = parseXml(renderConsultationFeed(ctx, consultations, 'rss'));
    const channel = child(rss, 'channel');
    expect(textOf(child(channel, 'title'))).toBe(
      'Cổng Thông tin điện tử tỉnh Quảng Trị — Lấy ý kiến dự thảo văn bản',
    );
    expect(textOf(child(channel, 'link'))).toBe(abs('/lay-y-kien/'));
    expect(textOf(child(channel, 'lastBuildDate'))).toBe(new Date('2026-11-25T03:00:00.000Z').toUTCString());
    const items = children(channel, 'item').map((item) => ({
      title: textOf(child(item, 'title')),
      link: textOf(child(item, 'link')),
      guid: textOf(child(item, 'guid')),
    }));
    expect(items).toEqual([
      {
        title: 'Báo cáo tiếp thu, giải trình: Dự thảo Quy định phí &lt;b&gt;bến bãi&lt;/b&gt;',
        link: abs('/lay-y-kien/da-ket-thuc/#bao-cao'),
        guid: abs('/lay-y-kien/da-ket-thuc/#bao-cao'),
      },
      {
        title: 'Lấy ý kiến: Dự thảo chờ duyệt báo cáo',
        link: abs('/lay-y-kien/cho-duyet/'),
        guid: abs('/lay-y-kien/cho-duyet/#mo-lay-y-kien'),
      },
      {
        title: 'Lấy ý kiến: Dự thảo Quy định quản lý chợ',
        link: abs('/lay-y-kien/du-thao-quy-dinh-cho/'),
        guid: abs('/lay-y-kien/du-thao-quy-dinh-cho/#mo-lay-y-kien'),
      },
      {
        title: 'Lấy ý kiến: Dự thảo Quy định phí &lt;b&gt;bến bãi&lt;/b&gt;',
        link: abs('/lay-y-kien/da-ket-thuc/'),
        guid: abs('/lay-y-kien/da-ket-thuc/#mo-lay-y-kien'),
      },
    ]);
    const first = children(channel, 'item')[2];
    expect(textOf(child(first, 'description'))).toBe(
      'Sở Công Thương lấy ý kiến dự thảo quyết định (Công thương) từ 08:00 20/11/2026 đến 17:00 20/12/2026 (giờ Việt Nam).',
    );
  });

  it('is Atom too, in Vietnamese, with the same entries; the same data gives the same bytes', () => {
    const xml = renderConsultationFeed(ctx, consultations, 'atom');
    const atom = parseXml(xml);
    expect(atom.attributes?.['xml:lang']).toBe('vi');
    expect(textOf(child(atom, 'id'))).toBe(abs('/lay-y-kien/atom.xml'));
    expect(children(atom, 'entry')).toHaveLength(4);
    expect(renderConsultationFeed(ctx, [...consultations].reverse(), 'atom')).toBe(xml);
    // Without entries, the build date is the render's, never the clock's.
    expect(textOf(child(parseXml(renderConsultationFeed(ctx, [], 'atom')), 'updated'))).toBe(ctx.generatedAt);
  });
});

const dialogue = (overrides: Partial<FeedDialogue>): FeedDialogue => ({
  slug: 'doi-thoai-dat-dai',
  title: 'Đối thoại về đất đai',
  topic: 'Cấp giấy chứng nhận quyền sử dụng đất',
  leaders: [{ name: 'Võ Văn Hưng', position: 'Chủ tịch UBND tỉnh' }],
  startsAt: '2026-12-20T02:00:00.000Z',
  endsAt: '2026-12-20T04:00:00.000Z',
  status: 'scheduled',
  createdAt: '2026-12-01T02:00:00.000Z',
  ...overrides,
});

describe('the dialogues feed', () => {
  it('announces each dialogue when scheduled and again when archived', () => {
    const rss = parseXml(
      renderDialogueFeed(
        ctx,
        [
          dialogue({}),
          dialogue({
            slug: 'doi-thoai-doanh-nghiep',
            title: 'Đối thoại với doanh nghiệp',
            status: 'ended',
            createdAt: '2026-10-01T02:00:00.000Z',
            startsAt: '2026-11-10T02:00:00.000Z',
            endsAt: '2026-11-10T04:00:00.000Z',
          }),
        ],
        'rss',
      ),
    );
    const items = children(child(rss, 'channel'), 'item').map((item) => [
      textOf(child(item, 'title')),
      textOf(child(item, 'guid')),
    ]);
    expect(items).toEqual([
      ['Đối thoại trực tuyến: Đối thoại về đất đai', abs('/doi-thoai/doi-thoai-dat-dai/#lich')],
      [
        'Đã diễn ra — câu hỏi và trả lời: Đối thoại với doanh nghiệp',
        abs('/doi-thoai/doi-thoai-doanh-nghiep/#luu-tru'),
      ],
      ['Đối thoại trực tuyến: Đối thoại với doanh nghiệp', abs('/doi-thoai/doi-thoai-doanh-nghiep/#lich')],
    ]);
    expect(textOf(child(children(child(rss, 'channel'), 'item')[0], 'description'))).toContain(
      'Võ Văn Hưng (Chủ tịch UBND tỉnh)',
    );
  });
});

describe('following a draft', () => {
  it('keys an address per consultation, whatever its case, without showing it', () => {
    const consultationId = '00000000-0000-4000-8000-000000000001';
    const id = followerIdOf(consultationId, 'Nguyen.Van.A@Example.vn ');
    expect(id).toBe(followerIdOf(consultationId, 'nguyen.van.a@example.vn'));
    expect(id).not.toBe(followerIdOf('00000000-0000-4000-8000-000000000002', 'nguyen.van.a@example.vn'));
    expect(id).toMatch(/^[\w-]{32}$/);
    expect(id).not.toContain('nguyen');
    expect(hashLinkToken('ma-xac-nhan')).not.toContain('ma-xac-nhan');
  });

  it('asks for explicit consent and an address; the honeypot refuses a bot', () => {
    const base = { email: 'a@example.vn', consentNoticeVersion: '2026-12-02', website: '' };
    expect(followSubmissionSchema.safeParse(base).success).toBe(false);
    expect(followSubmissionSchema.safeParse({ ...base, consent: 'yes' }).success).toBe(true);
    expect(followSubmissionSchema.safeParse({ ...base, consent: 'yes', website: 'x' }).success).toBe(false);
    expect(followSubmissionSchema.safeParse({ ...base, consent: 'yes', email: '' }).success).toBe(false);
  });

  it('renders its form with the box never ticked and the notice of use and deletion', () => {
    const html = String(
      FollowForm({
        model: { slug: 'du-thao', noticeVersion: '2026-12-02', retentionDays: 30, confirmHours: 48 },
      }),
    );
    expect(html).toContain('action="/api/consultations/du-thao/followers"');
    expect(html).toMatch(/<input[^>]*name="consent"(?![^>]*checked)[^>]*>/);
    expect(html).toContain('Nếu không xác nhận trong 48 giờ');
    expect(html).toContain('bị xóa 30 ngày sau khi báo cáo được');
    expect(html).toMatch(/<input[^>]*name="website"[^>]*value=""/);
  });
});
