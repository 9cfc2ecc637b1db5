import type { ActivityReport } from '#shared/domain/reports.ts';
import type { Language } from '#shared/domain/text.ts';

/**
 * The report's tables as the downloads print them (pure): one section per table, a title, the column
 * headings and the rows, in Vietnamese or English. The CSV and the PDF are two renderings of this list.
 */
export type ReportTable = { title: string; columns: string[]; rows: (string | number)[][] };

const words = {
  vi: {
    title: 'Báo cáo hoạt động Cổng Thông tin điện tử tỉnh Quảng Trị',
    period: { month: 'Tháng', quarter: 'Quý', year: 'Năm' },
    from: 'Từ ngày',
    to: 'đến ngày',
    articlesByCategory: 'Bài viết đã đăng theo chuyên mục',
    articlesByLanguage: 'Bài viết đã đăng theo ngôn ngữ',
    articlesByEditor: 'Bài viết đã đăng theo biên tập viên',
    articlesByMonth: 'Bài viết đã đăng theo tháng',
    contributions: 'Tin bài các cơ quan gửi',
    requests: 'Đề nghị cung cấp thông tin',
    gazette: 'Công báo',
    handledOnTime: 'Phản ánh, kiến nghị và lấy ý kiến dự thảo xử lý đúng hạn',
    category: 'Chuyên mục',
    language: 'Ngôn ngữ',
    editor: 'Biên tập viên',
    month: 'Tháng',
    articles: 'Số bài',
    agency: 'Cơ quan',
    received: 'Đã nhận',
    published: 'Đã đăng',
    declined: 'Từ chối',
    averageDays: 'Số ngày làm việc xử lý trung bình',
    sent: 'Đã gửi',
    answered: 'Đã trả lời',
    onTime: 'Đúng hạn',
    late: 'Trễ hạn',
    issues: 'Số công báo',
    documents: 'Số văn bản',
    kind: 'Loại',
    feedback: 'Phản ánh, kiến nghị đã trả lời',
    consultations: 'Báo cáo lấy ý kiến dự thảo',
    total: 'Tổng',
  },
  en: {
    title: 'Activity report of the Quang Tri Provincial Portal',
    period: { month: 'Month', quarter: 'Quarter', year: 'Year' },
    from: 'From',
    to: 'to',
    articlesByCategory: 'Articles published by category',
    articlesByLanguage: 'Articles published by language',
    articlesByEditor: 'Articles published by editor',
    articlesByMonth: 'Articles published by month',
    contributions: 'Items sent by agencies',
    requests: 'Requests for information',
    gazette: 'Official gazette',
    handledOnTime: 'Feedback and consultations handled on time',
    category: 'Category',
    language: 'Language',
    editor: 'Editor',
    month: 'Month',
    articles: 'Articles',
    agency: 'Agency',
    received: 'Received',
    published: 'Published',
    declined: 'Declined',
    averageDays: 'Average working days to handle',
    sent: 'Sent',
    answered: 'Answered',
    onTime: 'On time',
    late: 'Late',
    issues: 'Issues',
    documents: 'Documents',
    kind: 'Kind',
    feedback: 'Feedback answered',
    consultations: 'Consultation reports',
    total: 'Total',
  },
} as const;

export const reportWords = (language: Language) => words[language];

/** `2026-Q3` → "Quý 3/2026" / "Quarter 3 2026"; `2026-07` → "Tháng 07/2026"; `2026` → "Năm 2026". */
export function periodLabel(period: ActivityReport['period'], language: Language): string {
  const w = words[language].period;
  if (period.kind === 'year') return `${w.year} ${period.year}`;
  const part = period.kind === 'quarter' ? period.id.slice(-1) : period.id.slice(5);
  return language === 'vi'
    ? `${w[period.kind]} ${part}/${period.year}`
    : `${w[period.kind]} ${part} ${period.year}`;
}

/** `2026-07-01` → `01/07/2026`, as Vietnamese documents write dates. */
export const calendarDate = (day: string) => day.split('-').reverse().join('/');

const days = (value: number | null, language: Language) =>
  value === null ? '' : language === 'vi' ? String(value).replace('.', ',') : String(value);

export function reportTables(report: ActivityReport, language: Language): ReportTable[] {
  const w = words[language];
  const { articles, contributions, informationRequests, gazette } = report;
  return [
    {
      title: w.articlesByCategory,
      columns: [w.category, w.articles],
      rows: [...articles.byCategory.map((row) => [row.name, row.count]), [w.total, articles.total]],
    },
    {
      title: w.articlesByLanguage,
      columns: [w.language, w.articles],
      rows: articles.byLanguage.map((row) => [
        language === 'vi' ? row.name : row.key === 'vi' ? 'Vietnamese' : 'English',
        row.count,
      ]),
    },
    {
      title: w.articlesByEditor,
      columns: [w.editor, w.articles],
      rows: articles.byEditor.map((row) => [row.name, row.count]),
    },
    {
      title: w.articlesByMonth,
      columns: [w.month, w.articles],
      rows: articles.byMonth.map((row) => [row.month, row.count]),
    },
    {
      title: w.contributions,
      columns: [w.agency, w.received, w.published, w.declined, w.averageDays],
      rows: [
        ...contributions.byAgency.map((row) => [
          row.name,
          row.received,
          row.published,
          row.declined,
          days(row.averageWorkingDays, language),
        ]),
        [
          w.total,
          contributions.received,
          contributions.byAgency.reduce((sum, row) => sum + row.published, 0),
          contributions.byAgency.reduce((sum, row) => sum + row.declined, 0),
          days(contributions.averageWorkingDays, language),
        ],
      ],
    },
    {
      title: w.requests,
      columns: [w.agency, w.sent, w.answered, w.onTime, w.late],
      rows: [
        ...informationRequests.byAgency.map((row) => [
          row.name,
          row.sent,
          row.answered,
          row.onTime,
          row.late,
        ]),
        [
          w.total,
          informationRequests.sent,
          informationRequests.answered.total,
          informationRequests.answered.onTime,
          informationRequests.answered.late,
        ],
      ],
    },
    {
      title: w.gazette,
      columns: [w.month, w.issues, w.documents],
      rows: [
        ...gazette.byMonth.map((row) => [row.month, row.issues, row.documents]),
        [w.total, gazette.issues, gazette.documents],
      ],
    },
    {
      title: w.handledOnTime,
      columns: [w.kind, w.total, w.onTime, w.late],
      rows: [
        [w.feedback, report.feedback.total, report.feedback.onTime, report.feedback.late],
        [w.consultations, report.consultations.total, report.consultations.onTime, report.consultations.late],
      ],
    },
  ];
}

/** A cell: quoted when it must be; a name that a spreadsheet would run as a formula gets a leading `'`. */
const csvCell = (value: string | number) => {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The report as CSV: UTF-8 with a byte-order mark (Excel then reads Vietnamese right), CRLF lines, the
 * title and period first, then each table as a section: its title, its header, its rows, a blank line.
 */
export function reportCsv(report: ActivityReport, language: Language): string {
  const w = words[language];
  const lines: (string | number)[][] = [
    [w.title],
    [
      periodLabel(report.period, language),
      `${w.from} ${calendarDate(report.period.from)} ${w.to} ${calendarDate(report.period.to)}`,
    ],
    [],
  ];
  for (const table of reportTables(report, language))
    lines.push([table.title], table.columns, ...table.rows, []);
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}`;
}
