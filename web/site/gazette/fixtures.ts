import { createHash } from 'node:crypto';
import type {
  Correction,
  DocumentSearchQuery,
  PublishedDocument,
  PublishedIssue,
  StoredFile,
} from '#shared/domain/gazette.ts';
import { slugify } from '#shared/text/vietnamese.ts';
import { sampleBaseUrl } from '../fixtures.ts';
import type { IssueArchiveModel } from './render.ts';

/**
 * Sample gazette data for tests, screenshots and the benchmark: two published issues of 2026, the four
 * documents they carry (a resolution of the Provincial People's Council, two decisions and a directive
 * of the Provincial People's Committee) and one correction. Valid for the domain schemas
 * (test/unit/site-gazette-fixtures.test.ts checks it). Names of signers are invented; checksums are those
 * of placeholder bytes, not of real files.
 */

const uuid = (n: number) => `00000000-0000-4000-9000-${n.toString(16).padStart(12, '0')}`;

function archived(key: string, size: number, contentType = 'application/pdf', fileName?: string): StoredFile {
  return {
    key,
    fileName: fileName ?? key.slice(key.lastIndexOf('/') + 1),
    size,
    sha256: createHash('sha256').update(`qtp-sample:${key}`).digest('hex'),
    contentType,
  };
}

const ubnd = 'Ủy ban nhân dân tỉnh Quảng Trị';
const hdnd = 'Hội đồng nhân dân tỉnh Quảng Trị';

export const sampleIssuingBodies: string[] = [hdnd, ubnd];
export const sampleGazetteYears: number[] = [2026, 2025, 2024];

type DocumentDraft = Omit<
  PublishedDocument,
  'id' | 'slug' | 'file' | 'attachments' | 'agencyId' | 'relations' | 'relatedBy' | 'version'
> &
  Partial<Pick<PublishedDocument, 'relations' | 'relatedBy'>> & {
    n: number;
    size: number;
    attachments?: { name: string; fileName: string; size: number }[];
  };

function document(draft: DocumentDraft): PublishedDocument {
  const { n, size, attachments = [], ...rest } = draft;
  const slug = slugify(rest.numberSymbol);
  const folder = `archive/cong-bao/${rest.issue.year}/so-${rest.issue.number}`;
  return {
    id: uuid(n),
    slug,
    agencyId: rest.issuingBody === hdnd ? 'hdnd-tinh' : 'ubnd-tinh',
    relations: [],
    relatedBy: [],
    version: 1,
    ...rest,
    file: archived(`${folder}/${slug}.pdf`, size),
    attachments: attachments.map((attachment) =>
      archived(
        `${folder}/${slug}-${attachment.name}`,
        attachment.size,
        'application/pdf',
        attachment.fileName,
      ),
    ),
  };
}

const issue2Id = uuid(102);
const issue3Id = uuid(103);

export const sampleDocuments: PublishedDocument[] = [
  document({
    n: 1,
    numberSymbol: '05/2026/NQ-HĐND',
    documentType: 'nghi-quyet',
    issuingBody: hdnd,
    signer: 'Nguyễn Đăng Khoa',
    issueDate: '2026-02-27',
    effectiveDate: '2026-03-09',
    abstract:
      'Quy định mức chi hỗ trợ đối với lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở trên địa bàn tỉnh Quảng Trị',
    field: 'tai-chinh',
    issue: { id: issue3Id, year: 2026, number: 3, pages: '3-10' },
    publishedAt: '2026-03-16T02:00:00.000Z',
    size: 412_876,
  }),
  document({
    n: 2,
    numberSymbol: '12/2026/QĐ-UBND',
    documentType: 'quyet-dinh',
    issuingBody: ubnd,
    signer: 'Hoàng Văn Nam',
    issueDate: '2026-03-05',
    effectiveDate: '2026-03-16',
    abstract:
      'Ban hành Quy định về quản lý, vận hành và khai thác Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Quảng Trị',
    field: 'hanh-chinh',
    issue: { id: issue3Id, year: 2026, number: 3, pages: '11-24' },
    publishedAt: '2026-03-16T02:00:00.000Z',
    size: 1_288_490,
    attachments: [{ name: 'phu-luc.pdf', fileName: 'Phụ lục I - Biểu mẫu.pdf', size: 236_544 }],
  }),
  document({
    n: 3,
    numberSymbol: '03/CT-UBND',
    documentType: 'chi-thi',
    issuingBody: ubnd,
    signer: 'Lê Quang Minh',
    issueDate: '2026-01-20',
    effectiveDate: '2026-01-20',
    abstract:
      'Về tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 trên địa bàn tỉnh Quảng Trị',
    field: 'nong-nghiep',
    issue: { id: issue2Id, year: 2026, number: 2, pages: '3-6' },
    publishedAt: '2026-02-10T02:00:00.000Z',
    size: 198_300,
  }),
  document({
    n: 4,
    numberSymbol: '08/2026/QĐ-UBND',
    documentType: 'quyet-dinh',
    issuingBody: ubnd,
    signer: 'Hoàng Văn Nam',
    issueDate: '2026-01-28',
    effectiveDate: '2026-02-10',
    abstract: 'Ban hành Quy định hệ số điều chỉnh giá đất năm 2026 trên địa bàn tỉnh Quảng Trị',
    field: 'dat-dai',
    // Declared expired by a notice of the Provincial People's Committee (not among the samples).
    relatedBy: [
      {
        kind: 'declares-expired',
        partial: false,
        note: '',
        source: {
          id: uuid(9),
          numberSymbol: '41/TB-UBND',
          documentType: 'thong-bao',
          slug: '41-tb-ubnd-2026',
        },
        effectiveDate: '2026-03-01',
        publishedAt: '2026-03-16T02:00:00.000Z',
      },
    ],
    issue: { id: issue2Id, year: 2026, number: 2, pages: '7-14' },
    publishedAt: '2026-02-10T02:00:00.000Z',
    size: 655_360,
  }),
];

function issueOf(id: string, number: number, title: string, publishedAt: string, sizes: [number, number]) {
  const entries = sampleDocuments
    .filter((candidate) => candidate.issue.id === id)
    .map((candidate) => ({
      documentId: candidate.id,
      numberSymbol: candidate.numberSymbol,
      documentType: candidate.documentType,
      abstract: candidate.abstract,
      issuingBody: candidate.issuingBody,
      pages: candidate.issue.pages,
    }));
  const folder = `archive/cong-bao/2026/so-${number}`;
  const issue: PublishedIssue = {
    id,
    year: 2026,
    number,
    title,
    entries,
    status: 'published',
    publishAt: publishedAt,
    publishedAt,
    files: {
      pdf: archived(`${folder}/cong-bao-2026-so-${number}.pdf`, sizes[0]),
      html: archived(`${folder}/cong-bao-2026-so-${number}.html`, sizes[1], 'text/html; charset=utf-8'),
    },
    approvedBy: 'local-giamdoc',
    createdBy: 'local-congbao',
    createdAt: '2026-02-05T01:00:00.000Z',
    updatedAt: publishedAt,
    version: 6,
  };
  return issue;
}

/** Newest first. */
export const sampleIssues: PublishedIssue[] = [
  issueOf(issue3Id, 3, 'Công báo tháng 3 năm 2026 (kỳ 1)', '2026-03-16T02:00:00.000Z', [1_912_320, 14_336]),
  issueOf(issue2Id, 2, 'Công báo tháng 2 năm 2026', '2026-02-10T02:00:00.000Z', [874_496, 11_776]),
];

export const sampleCorrections: Correction[] = [
  {
    id: uuid(201),
    documentId: uuid(2),
    text: 'Tại khoản 2 Điều 7 của Quy định ban hành kèm theo Quyết định số 12/2026/QĐ-UBND, cụm từ “trong thời hạn 03 ngày” được đính chính thành “trong thời hạn 03 ngày làm việc”.',
    publishedAt: '2026-03-25T03:00:00.000Z',
    publishedBy: 'local-congbao',
  },
];

export function sampleDocument(numberSymbol: string): PublishedDocument {
  const found = sampleDocuments.find((candidate) => candidate.numberSymbol === numberSymbol);
  if (!found) throw new Error(`No sample document ${numberSymbol}`);
  return found;
}

export function sampleIssue(number: number): PublishedIssue {
  const found = sampleIssues.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`No sample issue ${number}`);
  return found;
}

export const documentsOfIssue = (issue: PublishedIssue): PublishedDocument[] =>
  sampleDocuments.filter((candidate) => candidate.issue.id === issue.id);

export const correctionsOf = (document: PublishedDocument): Correction[] =>
  sampleCorrections.filter((correction) => correction.documentId === document.id);

export const emptyDocumentQuery: DocumentSearchQuery = { q: '' };

/** The archive model of a sample issue, as the issue workflow builds it before the files exist. */
export function sampleArchiveModel(issue: PublishedIssue): IssueArchiveModel {
  const { files: _files, ...withoutFiles } = issue;
  return {
    issue: withoutFiles,
    documents: documentsOfIssue(issue).map((candidate) => ({
      numberSymbol: candidate.numberSymbol,
      documentType: candidate.documentType,
      issuingBody: candidate.issuingBody,
      signer: candidate.signer,
      issueDate: candidate.issueDate,
      effectiveDate: candidate.effectiveDate,
      abstract: candidate.abstract,
      pages: candidate.issue.pages,
      field: candidate.field,
    })),
    publishedAt: issue.publishedAt,
    baseUrl: sampleBaseUrl,
  };
}
