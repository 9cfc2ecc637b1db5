import { VIETNAM_TIME_ZONE } from '#shared/text/vietnamese.ts';
import type { Lang } from './i18n.ts';

/**
 * Times are shown and entered in Vietnam time whatever the browser's zone is. Asia/Ho_Chi_Minh has been
 * UTC+7 without daylight saving since 1975, so a datetime-local value maps to an instant by appending +07:00.
 */
const VIETNAM_OFFSET = '+07:00';
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const formatters = new Map<Lang, Intl.DateTimeFormat>();

export function formatDateTime(iso: string | undefined, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone: VIETNAM_TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(lang, formatter);
  }
  return formatter.format(date);
}

/** `2026-11-20T08:30` (what <input type=datetime-local> gives) → `2026-11-20T08:30:00+07:00`. */
export function vietnamLocalToIso(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds] = match;
  return `${day}T${hours}:${minutes}:${seconds ?? '00'}${VIETNAM_OFFSET}`;
}

/** The datetime-local value for an instant, in Vietnam time (for `min` and defaults). */
export function isoToVietnamLocal(date: Date): string {
  return new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}
