import { expect } from 'vitest';
import { postConsultation } from '#shared/consultation/consultations.ts';
import { runConsultationTask } from '#shared/consultation/tasks.ts';
import { getConsultation } from '#shared/data/consultations.ts';
import { pendingSchedule } from '#shared/data/schedules.ts';
import { type Consultation, consultationTaskSchema } from '#shared/domain/consultation.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { createTestAgency } from './local-stack.ts';

/** A draft as agencies paste it: a preamble, two chapters, three articles, clauses in two of them. */
export const sampleDraftText = `QUYẾT ĐỊNH
Ban hành Quy định quản lý chợ trên địa bàn tỉnh Quảng Trị

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định về quản lý chợ.
Điều 2. Đối tượng áp dụng
1. Ban quản lý chợ.
2. Thương nhân kinh doanh tại chợ.

Chương II
TỔ CHỨC QUẢN LÝ
Điều 3. Nội quy chợ
1. Mỗi chợ có nội quy.
2. Nội quy được niêm yết tại cổng chợ.`;

/** The demo feedback officer, as a principal for calling the consultation services directly. */
export const officerPrincipal: Principal = {
  userId: 'local-tiepnhan',
  username: 'tiepnhan',
  displayName: 'Võ Thị Lan',
  roles: ['feedback_officer'],
};

/** A test's own agency and a consultation of it on the sample draft, opened a minute ago, closing at `closesAt`. */
export async function openConsultation(
  agencyId: string,
  title: string,
  closesAt: Date,
): Promise<Consultation> {
  await createTestAgency(agencyId);
  const posted = await postConsultation(officerPrincipal, {
    title,
    agencyId,
    field: 'Công thương',
    documentKind: 'quyet-dinh',
    summary: '',
    draftText: sampleDraftText,
    fileKeys: [],
    questions: [],
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: closesAt.toISOString(),
  });
  await runConsultationTask({ task: 'open', consultationId: posted.id, at: posted.opensAt });
  const opened = await getConsultation(posted.id);
  if (!opened) throw new Error(`consultation ${posted.id} was posted`);
  return opened;
}

/** A browser with JavaScript off, from `address`: an urlencoded form post, answered with a page. */
export function formPoster(url: () => string, address: string) {
  return async (path: string, fields: Record<string, string>, cookie?: string) => {
    const response = await fetch(`${url()}${path}`, {
      method: 'POST',
      headers: {
        accept: 'text/html',
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': address,
        ...(cookie ? { cookie } : {}),
      },
      body: new URLSearchParams(fields).toString(),
    });
    return {
      status: response.status,
      html: await response.text(),
      type: response.headers.get('content-type'),
    };
  };
}

/** Fires a pending schedule as the scheduler would at its time. */
export async function fire(name: string, now: Date) {
  const due = await pendingSchedule(name);
  if (!due) throw new Error(`no schedule ${name}`);
  // It falls due at `now` (a moment already past is scheduled a second ahead).
  expect(new Date(due.at).getTime()).toBeLessThanOrEqual(now.getTime() + 2000);
  return runConsultationTask(consultationTaskSchema.parse(due.event), now);
}

/** `YYYY-MM-DDTHH:mm:ss` in Vietnam (UTC+7) for an instant: what the agency types. */
export const vietnamLocal = (instant: Date) =>
  new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 19);

/** A JSON call to the local stack, from the given client address. */
export async function callApi(
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; address?: string } = {},
) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(options.address ? { 'x-forwarded-for': options.address } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
}
