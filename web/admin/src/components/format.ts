import type { Lang } from '../i18n.ts';

/** Calendar dates and file sizes as the screens show them (instants: formatDateTime of shared/time). */

/** `2026-11-20` → `20/11/2026` (a calendar date: no time zone involved). */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

export function formatSize(bytes: number, lang: Lang): string {
  const format = (value: number) =>
    value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} kB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}
