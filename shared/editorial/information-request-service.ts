import { randomUUID } from 'node:crypto';
import { agencyScopeOf, assertInAgencyScope } from '#shared/auth/agency-scope.ts';
import { countActivity } from '#shared/data/activity.ts';
import { recordAudit } from '#shared/data/audit.ts';
import { listHolidayCalendars } from '#shared/data/calendar.ts';
import { getAgency, getCategory } from '#shared/data/directory.ts';
import {
  getInformationRequest,
  informationRequestWrites,
  listInformationRequests,
  listInformationRequestsOfAgency,
} from '#shared/data/information-requests.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Actor, EntityRef } from '#shared/domain/audit.ts';
import { errors, type FieldError, InvalidTransition, VersionConflict } from '#shared/domain/errors.ts';
import {
  type InformationAnswerInput,
  type InformationFile,
  type InformationRequest,
  type InformationRequestInput,
  type InformationRequestView,
  informationFileSchema,
} from '#shared/domain/information-request.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { inspectUpload } from '#shared/media/document-uploads.ts';
import type { HolidayCalendar } from '#shared/time/working-days.ts';
import { createArticle } from './article-service.ts';
import {
  deadlineState,
  decideInformationRequest,
  dueDateInWorkingDays,
  type InformationRequestAction,
  isAcceptableDueDate,
  isLate,
  timelinessOf,
} from './information-request-workflow.ts';

/**
 * The verbs on requests for information (docs/decisions.md 185–190). Portal staff ask an agency for
 * information by a due date and may cancel an open request; the agency answers (text and files, uploaded by
 * ticket into `uploads/information-request/`), again later as a supplement; an editor starts an article
 * draft from the answers. Each verb: load → decide (information-request-workflow.ts) → one transaction with
 * its audit record and the reports' counters. Overdue and late are computed from the due day in Vietnam.
 */
export const informationRequestEntity = (id: string): EntityRef => ({ type: 'InformationRequest', id });

const viewOf = (request: InformationRequest, now: Date): InformationRequestView => ({
  ...request,
  deadline: deadlineState(request, now),
});

async function load(id: string): Promise<InformationRequest> {
  const request = await getInformationRequest(id);
  if (!request) throw errors.notFound(`information request ${id}`);
  return request;
}

/** The request if the caller may see it: an agency user only its own agency's (403 otherwise). */
async function loadFor(principal: Principal, id: string): Promise<InformationRequest> {
  const request = await load(id);
  assertInAgencyScope(principal, request);
  return request;
}

export async function informationRequestFor(
  principal: Principal,
  id: string,
  now = new Date(),
): Promise<InformationRequestView> {
  return viewOf(await loadFor(principal, id), now);
}

/** The staff's list (every agency) or an agency's queue (its own), newest first. */
export async function listInformationRequestsFor(
  principal: Principal,
  now = new Date(),
): Promise<InformationRequestView[]> {
  const scope = agencyScopeOf(principal);
  const requests = scope ? await listInformationRequestsOfAgency(scope) : await listInformationRequests();
  return requests.map((request) => viewOf(request, now));
}

function assertAllowed(request: InformationRequest, action: InformationRequestAction) {
  const outcome = decideInformationRequest(request, action);
  if ('refused' in outcome) {
    if (outcome.refused === 'article-exists')
      throw errors.duplicate(`information request ${request.id} has article ${request.articleId}`);
    throw new InvalidTransition(request.status, action);
  }
  return outcome.to;
}

function assertVersion(request: InformationRequest, expectedVersion: number) {
  if (request.version !== expectedVersion)
    throw new VersionConflict(`information request ${request.id} is at version ${request.version}`);
}

/** The holiday calendar the feedback deadlines use (every year the admin keeps; weekends otherwise). */
async function holidayCalendar(): Promise<HolidayCalendar> {
  const years = await listHolidayCalendars();
  return {
    holidays: new Set(years.flatMap((year) => year.holidays.map((holiday) => holiday.date))),
    workingWeekends: new Set(years.flatMap((year) => year.workingWeekends.map((day) => day.date))),
  };
}

/** The due date `workingDays` working days from today, as the form offers it. */
export async function dueDateIn(workingDays: number, now = new Date()): Promise<string> {
  return dueDateInWorkingDays(workingDays, now, await holidayCalendar());
}

export async function createInformationRequest(
  input: InformationRequestInput,
  actor: Actor,
  now = new Date(),
): Promise<InformationRequestView> {
  const problems: FieldError[] = [];
  const agency = await getAgency(input.agencyId);
  if (!agency)
    problems.push({ path: 'agencyId', messageVi: 'Cơ quan không tồn tại', messageEn: 'No such agency' });
  if (input.categorySlug && !(await getCategory(input.categorySlug)))
    problems.push({
      path: 'categorySlug',
      messageVi: 'Chuyên mục không tồn tại',
      messageEn: 'No such category',
    });
  let dueDate = input.dueDate;
  if (dueDate === undefined && input.workingDays !== undefined)
    dueDate = await dueDateIn(input.workingDays, now);
  if (dueDate === undefined)
    problems.push({
      path: 'dueDate',
      messageVi: 'Cần hạn trả lời (một ngày, hoặc số ngày làm việc)',
      messageEn: 'A due date is required (a day, or a number of working days)',
    });
  else if (!isAcceptableDueDate(dueDate, now))
    problems.push({
      path: 'dueDate',
      messageVi: 'Hạn trả lời không được trước hôm nay',
      messageEn: 'The due date cannot be before today',
    });
  if (problems.length > 0 || dueDate === undefined) throw errors.validation(problems);
  const at = now.toISOString();
  const request: InformationRequest = {
    id: randomUUID(),
    agencyId: input.agencyId,
    title: input.title,
    details: input.details,
    dueDate,
    ...(input.categorySlug ? { categorySlug: input.categorySlug } : {}),
    status: 'open',
    answers: [],
    createdAt: at,
    updatedAt: at,
    createdBy: { id: actor.id, name: actor.name },
    version: 1,
  };
  await runTransaction([
    informationRequestWrites.create(request),
    countActivity(at, 'information-request-sent', { agency: request.agencyId }),
    recordAudit(
      informationRequestEntity(request.id),
      actor,
      'create',
      { toStatus: 'open', note: dueDate },
      at,
    ),
  ]);
  return viewOf(request, now);
}

export async function cancelInformationRequest(
  id: string,
  input: { reason: string; expectedVersion: number },
  actor: Actor,
  now = new Date(),
): Promise<InformationRequestView> {
  const current = await load(id);
  const to = assertAllowed(current, 'cancel');
  const at = now.toISOString();
  const next: InformationRequest = {
    ...current,
    status: to,
    cancelledAt: at,
    cancelReason: input.reason,
    updatedAt: at,
    version: input.expectedVersion + 1,
  };
  await runTransaction([
    informationRequestWrites.replace(next, input.expectedVersion),
    recordAudit(
      informationRequestEntity(id),
      actor,
      'cancel',
      { fromStatus: current.status, toStatus: to, note: input.reason },
      at,
    ),
  ]);
  return viewOf(next, now);
}

const fileRequirement = (key: string) => (key.endsWith('.pdf') ? 'pdf' : 'office');

/** Checks each uploaded file against its ticket (a PDF, or a DOCX or XLSX file). */
async function resolveFiles(keys: readonly string[]): Promise<InformationFile[]> {
  const files: InformationFile[] = [];
  const problems: FieldError[] = [];
  for (const [index, key] of keys.entries()) {
    const path = `fileKeys.${index}`;
    const inspected = await inspectUpload(key, path, {
      require: fileRequirement(key),
      owner: 'information-request',
    });
    if (inspected.file === undefined) {
      problems.push(...inspected.errors);
      continue;
    }
    const parsed = informationFileSchema.safeParse(inspected.file);
    if (parsed.success) files.push(parsed.data);
    else
      problems.push({
        path,
        messageVi: 'Chỉ nhận tệp PDF, DOCX hoặc XLSX',
        messageEn: 'Only PDF, DOCX or XLSX files',
      });
  }
  if (problems.length > 0) throw errors.validation(problems);
  return files;
}

/**
 * The agency's answer. The first one answers the request (counted on time or late for the reports); later
 * ones are supplements, each marked late or not, that leave the request's timeliness as the first made it.
 */
export async function answerInformationRequest(
  principal: Principal,
  id: string,
  input: InformationAnswerInput,
  actor: Actor,
  now = new Date(),
): Promise<InformationRequestView> {
  const current = await loadFor(principal, id);
  // Only the agency asked answers, from an account of that agency.
  if (!principal.agencyId || principal.agencyId !== current.agencyId)
    throw errors.forbidden('only the agency asked answers a request');
  const to = assertAllowed(current, 'answer');
  assertVersion(current, input.expectedVersion);
  const files = await resolveFiles(input.fileKeys);
  const at = now.toISOString();
  const late = isLate(current.dueDate, now);
  const first = current.answers.length === 0;
  const next: InformationRequest = {
    ...current,
    status: to,
    answers: [
      ...current.answers,
      {
        id: randomUUID(),
        text: input.text,
        files,
        answeredAt: at,
        answeredBy: { id: actor.id, name: actor.name },
        late,
      },
    ],
    ...(first ? { firstAnsweredAt: at, answeredLate: late } : {}),
    updatedAt: at,
    version: input.expectedVersion + 1,
  };
  await runTransaction([
    informationRequestWrites.replace(next, input.expectedVersion),
    ...(first
      ? [
          countActivity(at, 'information-request-answered', {
            agency: current.agencyId,
            timeliness: timelinessOf(late),
          }),
        ]
      : []),
    recordAudit(
      informationRequestEntity(id),
      actor,
      first ? 'answer' : 'supplement',
      { fromStatus: current.status, toStatus: to, note: late ? 'late' : 'on-time' },
      at,
    ),
  ]);
  return viewOf(next, now);
}

/** A presigned link to a file of an answer, for the staff and the agency that gave it. */
export async function answerFileOf(
  principal: Principal,
  id: string,
  answerIndex: number,
  fileIndex: number,
): Promise<InformationFile> {
  const file = (await loadFor(principal, id)).answers[answerIndex]?.files[fileIndex];
  if (!file) throw errors.notFound(`file ${fileIndex} of answer ${answerIndex} of information request ${id}`);
  return file;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Plain text as paragraphs (blank lines separate them; a single line end is a line break). */
const paragraphsOf = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');

/** What the article draft starts from: the request's title, the answers' text (the first as the summary). */
export function articleDraftOf(request: InformationRequest) {
  const first = request.answers[0]?.text.replace(/\s+/g, ' ').trim() ?? '';
  const summary = first.length > 600 ? `${first.slice(0, 599)}…` : first;
  return {
    title: request.title,
    summary: summary.length >= 10 ? summary : `${request.title}. ${summary}`.slice(0, 600),
    bodyHtml: request.answers.map((answer) => paragraphsOf(answer.text)).join(''),
  };
}

/**
 * An editor starts an article draft from the answers (the existing article creation: its area rules, its
 * audit record), then the request keeps the article's id. Two transactions: the article's own (which claims
 * its slug) and the request's; the version is checked before the first, so a stale screen makes no article
 * (decision 189).
 */
export async function startArticleFromRequest(
  id: string,
  input: { categorySlug?: string | undefined; expectedVersion: number },
  actor: Actor,
  now = new Date(),
): Promise<{ request: InformationRequestView; articleId: string }> {
  const current = await load(id);
  assertAllowed(current, 'start-article');
  assertVersion(current, input.expectedVersion);
  const categorySlug = input.categorySlug ?? current.categorySlug;
  if (!categorySlug)
    throw errors.field('categorySlug', 'Chọn chuyên mục cho bài viết', 'Choose the article’s category');
  const article = await createArticle(
    { ...articleDraftOf(current), categorySlug, language: 'vi', tags: [] },
    actor,
    now,
  );
  const at = now.toISOString();
  const next: InformationRequest = {
    ...current,
    articleId: article.id,
    updatedAt: at,
    version: input.expectedVersion + 1,
  };
  await runTransaction([
    informationRequestWrites.replace(next, input.expectedVersion),
    recordAudit(informationRequestEntity(id), actor, 'start-article', { note: article.id }, at),
  ]);
  return { request: viewOf(next, now), articleId: article.id };
}
