import { actorOf } from '#shared/auth/actor.ts';
import { consultationWrites, listComments, listVersions } from '#shared/data/consultations.ts';
import type {
  Consultation,
  DraftVersion,
  ReportIssue,
  VersionInput,
  VersionLink,
} from '#shared/domain/consultation.ts';
import { errors, type FieldError } from '#shared/domain/errors.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { commitConsultation, consultationFor, inspectFiles, structureOf } from './consultations.ts';
import { anchorsOf } from './draft-text.ts';
import { changedParts, type Redline, redlineOf } from './redline.ts';
import { assertMayPostVersion } from './workflow.ts';

/**
 * Later versions of a draft, posted by the drafting agency (or the officer) after the period closed: the new
 * text through the same parser as the first draft, a change note, files, and for each changed part the
 * comments and report issues behind it. Version 1 is the draft the consultation opened with.
 */

/** Version 1: the consultation's own draft. */
export function firstVersionOf(consultation: Consultation): DraftVersion {
  return {
    consultationId: consultation.id,
    number: 1,
    draftText: consultation.draftText,
    draft: consultation.draft,
    changeNote: '',
    files: consultation.files,
    links: [],
    postedAt: consultation.createdAt,
    postedBy: consultation.createdBy,
  };
}

/** Every version of the draft, the first one first. */
export async function versionsOf(consultation: Consultation): Promise<DraftVersion[]> {
  return [firstVersionOf(consultation), ...(await listVersions(consultation.id))];
}

/** The report whose issues stand: one submitted or approved, not one returned to be written again. */
const standingIssues = (consultation: Consultation): ReportIssue[] =>
  consultation.report && consultation.status !== 'closed' ? consultation.report.issues : [];

/**
 * For each part the redline shows as changed, what is behind it: the comments named for it when the poster
 * named some, else those of the report's issues that changed it; and those issues.
 */
export function linksOf(
  redline: Redline,
  issues: ReportIssue[],
  named: VersionInput['links'],
): VersionLink[] {
  const links: VersionLink[] = [];
  for (const part of changedParts(redline)) {
    const concerns = (anchor: string | undefined) => anchor !== undefined && part.anchors.includes(anchor);
    const issueIndexes = issues.flatMap((issue, index) => (concerns(issue.changedAnchor) ? [index] : []));
    const naming = named.filter((link) => concerns(link.anchor));
    const commentIds = [
      ...new Set(
        naming.length > 0
          ? naming.flatMap((link) => link.commentIds)
          : issueIndexes.flatMap((index) => issues[index]?.commentIds ?? []),
      ),
    ];
    if (commentIds.length > 0 || issueIndexes.length > 0)
      links.push({ anchor: part.anchor, removed: part.removed, commentIds, issueIndexes });
  }
  return links;
}

export async function postVersion(
  principal: Principal,
  id: string,
  input: VersionInput,
  now = new Date(),
): Promise<DraftVersion> {
  const consultation = await consultationFor(principal, id);
  assertMayPostVersion(consultation);
  const draft = structureOf(input.draftText);
  const [stored, comments] = await Promise.all([listVersions(id), listComments(id)]);
  const previous = stored.at(-1) ?? firstVersionOf(consultation);
  const redline = redlineOf(previous.draft, draft);
  const changed = changedParts(redline);

  const known = new Set(comments.map((comment) => comment.id));
  const anchors = new Set([...anchorsOf(previous.draft), ...anchorsOf(draft)]);
  const problems: FieldError[] = [];
  input.links.forEach((link, index) => {
    if (!anchors.has(link.anchor))
      problems.push({
        path: `links.${index}.anchor`,
        messageVi: 'Dự thảo không có điều, khoản này',
        messageEn: 'The draft has no such article or clause',
      });
    else if (!changed.some((part) => part.anchors.includes(link.anchor)))
      problems.push({
        path: `links.${index}.anchor`,
        messageVi: 'Điều, khoản này không thay đổi trong phiên bản mới',
        messageEn: 'This article or clause is unchanged in the new version',
      });
    link.commentIds.forEach((commentId, at) => {
      if (!known.has(commentId))
        problems.push({
          path: `links.${index}.commentIds.${at}`,
          messageVi: 'Ý kiến không thuộc dự thảo này',
          messageEn: 'No such comment on this draft',
        });
    });
  });
  if (problems.length > 0) throw errors.validation(problems);
  const files = await inspectFiles(input.fileKeys);

  const at = now.toISOString();
  const version: DraftVersion = {
    consultationId: id,
    number: previous.number + 1,
    draftText: input.draftText,
    draft,
    changeNote: input.changeNote,
    files,
    links: linksOf(redline, standingIssues(consultation), input.links),
    postedAt: at,
    postedBy: principal.displayName,
  };
  await commitConsultation(
    consultation,
    { ...consultation, latestVersion: version.number, updatedAt: at },
    input.expectedVersion,
    actorOf(principal),
    'post-version',
    `phiên bản ${version.number}`,
    [consultationWrites.createVersion(version)],
  );
  return version;
}
