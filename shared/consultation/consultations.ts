import { randomUUID } from 'node:crypto';
import { actorOf } from '#shared/auth/actor.ts';
import { agencyScopeOf, assertInAgencyScope } from '#shared/auth/agency-scope.ts';
import { activityOf, countActivityEvent } from '#shared/data/activity.ts';
import { listHistory, recordAudit } from '#shared/data/audit.ts';
import { workingCalendar } from '#shared/data/calendar.ts';
import {
  consultationWrites,
  getConsultation,
  listComments,
  listConsultations,
  listConsultationsOfAgency,
  listVersions,
} from '#shared/data/consultations.ts';
import { getAgency } from '#shared/data/directory.ts';
import { runTransaction, type TransactionWrite } from '#shared/data/transactions.ts';
import type { Actor, EntityRef } from '#shared/domain/audit.ts';
import type {
  Consultation,
  ConsultationInput,
  ReportDecision,
  ReportInput,
} from '#shared/domain/consultation.ts';
import { errors, type FieldError } from '#shared/domain/errors.ts';
import type { StoredFile } from '#shared/domain/gazette.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { inspectUpload } from '#shared/media/document-uploads.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';
import { slugify } from '#shared/text/vietnamese.ts';
import { anchorsOf, parseDraftText } from './draft-text.ts';
import { scheduleAfterReport } from './followers.ts';
import { schedulePeriod } from './schedules.ts';
import { consultationSettings } from './settings.ts';
import { consultationStatistics } from './statistics.ts';
import { decide, isShortPeriod } from './workflow.ts';

/**
 * The drafting agency's and the officer's verbs on a consultation: post a draft for comment, read it with
 * its comments, write the disposition report, approve or return it. Each loads, decides (workflow.ts),
 * commits one transaction with its audit record, then asks the publisher for the pages it touches.
 */
export const consultationEntity = (id: string): EntityRef => ({ type: 'Consultation', id });

/** The consultation, if the caller may see it (an agency user sees its own agency's only). */
export async function consultationFor(principal: Principal, id: string): Promise<Consultation> {
  const consultation = await getConsultation(id);
  if (!consultation) throw errors.notFound(`consultation ${id}`);
  assertInAgencyScope(principal, consultation);
  return consultation;
}

/** The draft's text must parse into articles; every problem is reported on the `draftText` field. */
export function structureOf(draftText: string) {
  const parsed = parseDraftText(draftText);
  if (!parsed.ok) {
    throw errors.validation(
      parsed.problems.map((problem) => ({
        path: 'draftText',
        messageVi: problem.messageVi,
        messageEn: problem.messageEn,
      })),
      'the draft text is not structured into articles (Điều)',
    );
  }
  return parsed.structure;
}

export async function inspectFiles(keys: string[]): Promise<StoredFile[]> {
  const files: StoredFile[] = [];
  const problems: FieldError[] = [];
  for (const [index, key] of keys.entries()) {
    const inspected = await inspectUpload(key, `fileKeys.${index}`, {
      require: 'any',
      owner: 'consultation',
    });
    if (inspected.file) files.push(inspected.file);
    else problems.push(...inspected.errors);
  }
  if (problems.length > 0) throw errors.validation(problems);
  return files;
}

export async function postConsultation(
  principal: Principal,
  input: ConsultationInput,
  now = new Date(),
): Promise<Consultation> {
  const scope = agencyScopeOf(principal);
  const agencyId = scope ?? input.agencyId;
  if (!agencyId) throw errors.field('agencyId', 'Hãy chọn cơ quan soạn thảo', 'Choose the drafting agency');
  if (scope && input.agencyId && input.agencyId !== scope)
    throw errors.forbidden('an agency posts drafts for itself only');
  const agency = await getAgency(agencyId);
  if (!agency)
    throw errors.field('agencyId', 'Cơ quan không có trong danh bạ', 'No such agency in the directory');
  if (new Date(input.closesAt).getTime() <= now.getTime())
    throw errors.field('closesAt', 'Thời điểm kết thúc đã qua', 'The closing time is in the past');
  const draft = structureOf(input.draftText);
  const files = await inspectFiles(input.fileKeys);
  const at = now.toISOString();
  const consultation: Consultation = {
    id: randomUUID(),
    slug: input.slug ?? slugify(input.title),
    title: input.title,
    agencyId,
    agencyName: agency.nameVi,
    field: input.field,
    documentKind: input.documentKind,
    summary: input.summary,
    draftText: input.draftText,
    draft,
    files,
    questions: input.questions,
    opensAt: new Date(input.opensAt).toISOString(),
    closesAt: new Date(input.closesAt).toISOString(),
    shortPeriodWarning: isShortPeriod(
      input.opensAt,
      input.closesAt,
      consultationSettings().minimumPeriodDays,
    ),
    status: 'scheduled',
    createdAt: at,
    createdBy: principal.displayName,
    updatedAt: at,
    version: 1,
  };
  await runTransaction([
    consultationWrites.create(consultation),
    consultationWrites.claimSlug(consultation.slug, consultation.id),
    recordAudit(
      consultationEntity(consultation.id),
      actorOf(principal),
      'post',
      { toStatus: 'scheduled' },
      at,
    ),
  ]);
  await schedulePeriod(consultation, now);
  await requestPublication({ type: 'consultation-changed', consultationId: consultation.id });
  return consultation;
}

/** Staff lists: an agency user sees its own agency's consultations. */
export async function listForStaff(principal: Principal): Promise<Consultation[]> {
  const scope = agencyScopeOf(principal);
  return scope ? listConsultationsOfAgency(scope) : listConsultations();
}

/** One consultation for staff: the record, every comment (without contacts), the versions, the history. */
export async function detailForStaff(principal: Principal, id: string) {
  const consultation = await consultationFor(principal, id);
  const [comments, history, versions] = await Promise.all([
    listComments(id),
    listHistory(consultationEntity(id)),
    listVersions(id),
  ]);
  return {
    consultation,
    comments,
    versions,
    history,
    statistics: consultationStatistics(consultation.draft, comments),
    minimumPeriodDays: consultationSettings().minimumPeriodDays,
  };
}

/**
 * A change of the consultation itself, in one transaction with its audit record (and the items written with
 * it, as a new version of the draft); then its pages.
 */
export async function commitConsultation(
  before: Consultation,
  after: Consultation,
  expectedVersion: number,
  actor: Actor,
  action: string,
  note?: string,
  alongside: TransactionWrite[] = [],
): Promise<Consultation> {
  await runTransaction([
    consultationWrites.replace(after, expectedVersion),
    ...alongside,
    recordAudit(
      consultationEntity(after.id),
      actor,
      action,
      {
        fromStatus: before.status,
        toStatus: after.status,
        ...(note ? { note } : {}),
      },
      after.updatedAt,
    ),
  ]);
  await requestPublication({ type: 'consultation-changed', consultationId: after.id });
  return { ...after, version: expectedVersion + 1 };
}

/** The drafting agency's report (báo cáo tổng hợp, tiếp thu, giải trình) after the period closed. */
export async function submitReport(
  principal: Principal,
  id: string,
  input: ReportInput,
  now = new Date(),
): Promise<Consultation> {
  const consultation = await consultationFor(principal, id);
  const status = decide(consultation, 'submit-report');
  const comments = await listComments(id);
  const known = new Set(comments.map((comment) => comment.id));
  const anchors = new Set(anchorsOf(consultation.draft));
  const problems: FieldError[] = [];
  input.issues.forEach((issue, index) => {
    for (const commentId of issue.commentIds)
      if (!known.has(commentId))
        problems.push({
          path: `issues.${index}.commentIds`,
          messageVi: 'Ý kiến không thuộc dự thảo này',
          messageEn: 'No such comment on this draft',
        });
    if (issue.changedAnchor && !anchors.has(issue.changedAnchor))
      problems.push({
        path: `issues.${index}.changedAnchor`,
        messageVi: 'Dự thảo không có điều, khoản này',
        messageEn: 'The draft has no such article or clause',
      });
  });
  if (problems.length > 0) throw errors.validation(problems);
  const at = now.toISOString();
  return commitConsultation(
    consultation,
    {
      ...consultation,
      status,
      report: {
        summary: input.summary,
        issues: input.issues,
        submittedAt: at,
        submittedBy: principal.displayName,
      },
      updatedAt: at,
    },
    input.expectedVersion,
    actorOf(principal),
    'submit-report',
  );
}

/** The officer approves the report (it is published on the draft's page) or returns it with a note. */
export async function decideReport(
  principal: Principal,
  id: string,
  input: ReportDecision,
  now = new Date(),
): Promise<Consultation> {
  const consultation = await consultationFor(principal, id);
  const report = consultation.report;
  if (!report) throw errors.invalidTransition(consultation.status, input.decision);
  const at = now.toISOString();
  if (input.decision === 'approve') {
    const approved = await commitConsultation(
      consultation,
      {
        ...consultation,
        status: decide(consultation, 'approve-report'),
        report: { ...report, approvedAt: at, approvedBy: principal.displayName },
        updatedAt: at,
      },
      input.expectedVersion,
      actorOf(principal),
      'approve-report',
      undefined,
      // The reports count the report once, when approved (a returned report is not one yet).
      [
        countActivityEvent(
          activityOf.consultationReported(
            { closesAt: consultation.closesAt, approvedAt: at },
            await workingCalendar(),
          ),
        ),
      ],
    );
    await scheduleAfterReport(id, now);
    return approved;
  }
  return commitConsultation(
    consultation,
    {
      ...consultation,
      status: decide(consultation, 'return-report'),
      report: { ...report, returnNote: input.note },
      updatedAt: at,
    },
    input.expectedVersion,
    actorOf(principal),
    'return-report',
    input.note,
  );
}
