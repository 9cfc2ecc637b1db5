/**
 * Time as the province lives it: Asia/Ho_Chi_Minh, whatever the server's or the browser's zone. The zone
 * has been UTC+7 without daylight saving since 1975, so a local wall-clock value maps to an instant by
 * appending +07:00. Every "which day / month / year is it in Vietnam" and every date shown to a person
 * comes from here (server, renderer and admin SPA alike).
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VIETNAM_OFFSET = '+07:00';
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const englishDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** `27/11/2026` in Vietnam's time zone. */
export function formatDateVi(instant: Date | string): string {
  return dateFormat.format(new Date(instant));
}

/** `10:30 27/11/2026`: Vietnamese convention puts the time before the date. */
export function formatDateTimeVi(instant: Date | string): string {
  const parts = dateTimeFormat.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')} ${part('day')}/${part('month')}/${part('year')}`;
}

/** `27 November 2026`. */
export function formatDateEn(instant: Date | string): string {
  return englishDateFormat.format(new Date(instant));
}

const adminFormats = new Map<'vi' | 'en', Intl.DateTimeFormat>();

/** Date and time for staff screens, `27/11/2026 10:30`; an unreadable value is shown as it is. */
export function formatDateTime(iso: string | undefined, language: 'vi' | 'en'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = adminFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone: VIETNAM_TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    adminFormats.set(language, format);
  }
  return format.format(date);
}

/** `2026-11-27`: the calendar day in Vietnam of an instant. */
export function dateInVietnam(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** `2026-11`: the month in Vietnam of an instant (a sitemap file groups the articles of one month). */
export function monthInVietnam(instant: Date | string): string {
  return dateInVietnam(instant).slice(0, 7);
}

/** The calendar year in Vietnam (gazette issue numbers run per year). */
export function yearInVietnam(instant: Date | string): number {
  return Number(dateInVietnam(instant).slice(0, 4));
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

/** 00:00 of a calendar day (`YYYY-MM-DD`) in Vietnam, as an ISO instant: when that day begins there. */
export function startOfDayInVietnam(day: string): string {
  return new Date(`${day}T00:00:00${VIETNAM_OFFSET}`).toISOString();
}
