import { formatDateVi } from '#shared/time/vietnam.ts';

/**
 * Dates and file sizes as every context's pages write them. Pure and locale-fixed (vi-VN, Vietnam time), so
 * the same data always gives the same text; kept apart from any context's types so that a page of one
 * context does not bundle another's schemas.
 */

/** `2026-03-05` → `05/03/2026`. A calendar date has no time zone: it is rearranged, not converted. */
export function formatIsoDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

/**
 * `ngày 05 tháng 3 năm 2026`, as Vietnamese official documents write dates (Decree 30/2020/NĐ-CP: days
 * below 10 and the months 1 and 2 take a leading zero).
 */
export function formatLongDateVi(instant: string): string {
  const [day = '', month = '', year = ''] = formatDateVi(instant).split('/');
  const monthNumber = Number(month);
  return `ngày ${day} tháng ${monthNumber < 3 ? month : String(monthNumber)} năm ${year}`;
}

const sizeFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** `356 KB`, `1,2 MB` (binary units, decimal comma as Vietnamese writes it). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

/** `PDF`, `HTML`, else the file name's extension. */
export function fileFormatName(file: { contentType: string; fileName: string }): string {
  if (file.contentType === 'application/pdf') return 'PDF';
  if (file.contentType.startsWith('text/html')) return 'HTML';
  const dot = file.fileName.lastIndexOf('.');
  return dot >= 0 ? file.fileName.slice(dot + 1).toUpperCase() : file.contentType;
}
