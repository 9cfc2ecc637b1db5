import { randomUUID } from 'node:crypto';
import { changedFields, recordAudit } from '#shared/data/audit.ts';
import {
  dialogueWrites,
  getDialogue,
  getDialogueContact,
  listQuestionsOfDialogue,
} from '#shared/data/dialogues.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import { type Actor, type EntityRef, systemActor } from '#shared/domain/audit.ts';
import type { Dialogue, DialogueInput, DialogueUpdate } from '#shared/domain/dialogue.ts';
import { errors, InvalidTransition, SlugTaken } from '#shared/domain/errors.ts';
import { logger } from '#shared/observability/logger.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';
import { cancel, schedule } from '#shared/publication/scheduler.ts';
import { videoHostAllowed } from '#shared/site/dialogue-video.ts';
import { slugify } from '#shared/text/vietnamese.ts';
import { dialogueSettings } from './settings.ts';
import { advanceTo, canEditDialogue, statusAt, statusBoundaries } from './workflow.ts';

/**
 * The officer's verbs on a dialogue (schedule, change) and the clock's (move the status, remove the
 * askers' contacts after the retention period). Each is load → decide → one transaction with its audit
 * record → the schedules and the publisher.
 */
export const dialogueEntity = (id: string): EntityRef => ({ type: 'Dialogue', id });
const clock: Actor = { ...systemActor, name: 'Lịch đối thoại (tự động)' };

export async function loadDialogue(id: string): Promise<Dialogue> {
  const dialogue = await getDialogue(id);
  if (!dialogue) throw errors.notFound(`dialogue ${id}`);
  return dialogue;
}

/** A live video from a host not on the allow-list is refused, with the hosts that are. */
function checkVideo(videoUrl: string | undefined): void {
  if (videoUrl === undefined) return;
  const hosts = dialogueSettings().videoHosts;
  if (!videoHostAllowed(videoUrl, hosts)) {
    throw errors.field(
      'videoUrl',
      `Chỉ nhúng được video từ các trang: ${hosts.join(', ')}`,
      `Video can be embedded only from: ${hosts.join(', ')}`,
    );
  }
}

const instant = (value: string) => new Date(value).toISOString();

function fieldsOf(input: DialogueInput) {
  return {
    title: input.title,
    topic: input.topic,
    description: input.description,
    leaders: input.leaders,
    startsAt: instant(input.startsAt),
    endsAt: instant(input.endsAt),
    questionsOpenAt: instant(input.questionsOpenAt),
    questionsCloseAt: instant(input.questionsCloseAt),
    ...(input.videoUrl ? { videoUrl: input.videoUrl } : {}),
  };
}

const scheduleName = (id: string, what: string) => `dialogue-${id}-${what}`;

/** One schedule per boundary still ahead (scheduling again replaces), and the retention's end. */
async function scheduleClock(dialogue: Dialogue, now: Date): Promise<void> {
  for (const boundary of statusBoundaries(dialogue)) {
    const name = scheduleName(dialogue.id, boundary.status);
    if (Date.parse(boundary.at) > now.getTime()) {
      await schedule({
        name,
        at: boundary.at,
        target: 'publisher',
        event: { type: 'dialogue-status-due', dialogueId: dialogue.id, at: boundary.at },
      });
    } else await cancel(name);
  }
  // When questions close the page drops its form (the status does not move: it is only re-rendered).
  const closing = scheduleName(dialogue.id, 'questions-close');
  if (Date.parse(dialogue.questionsCloseAt) > now.getTime())
    await schedule({
      name: closing,
      at: dialogue.questionsCloseAt,
      target: 'publisher',
      event: { type: 'dialogue-changed', dialogueId: dialogue.id },
    });
  else await cancel(closing);
  const retentionEnds = new Date(
    Date.parse(dialogue.endsAt) + dialogueSettings().retentionDays * 86_400_000,
  ).toISOString();
  await schedule({
    name: scheduleName(dialogue.id, 'anonymise'),
    at: retentionEnds,
    target: 'publisher',
    event: { type: 'dialogue-anonymise', dialogueId: dialogue.id },
  });
}

export async function createDialogue(
  actor: Actor,
  input: DialogueInput,
  now = new Date(),
): Promise<Dialogue> {
  checkVideo(input.videoUrl);
  const at = now.toISOString();
  const id = randomUUID();
  const fields = fieldsOf(input);
  const base = slugify(input.title, 70) || 'doi-thoai';
  for (let attempt = 1; ; attempt += 1) {
    const dialogue: Dialogue = {
      id,
      slug: attempt === 1 ? base : `${base}-${attempt}`,
      ...fields,
      status: statusAt(fields, now),
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    try {
      await runTransaction([
        dialogueWrites.create(dialogue),
        dialogueWrites.claimSlug(dialogue.slug, id),
        recordAudit(dialogueEntity(id), actor, 'schedule', { toStatus: dialogue.status }, at),
      ]);
    } catch (error) {
      if (error instanceof SlugTaken && attempt < 20) continue;
      throw error;
    }
    await scheduleClock(dialogue, now);
    await requestPublication({ type: 'dialogue-changed', dialogueId: id });
    return dialogue;
  }
}

export async function updateDialogue(
  actor: Actor,
  id: string,
  input: DialogueUpdate,
  now = new Date(),
): Promise<Dialogue> {
  checkVideo(input.videoUrl);
  const before = await loadDialogue(id);
  if (!canEditDialogue(before)) throw new InvalidTransition(before.status, 'edit');
  const fields = fieldsOf(input);
  const { videoUrl: _dropped, ...kept } = before;
  const after: Dialogue = {
    ...kept,
    ...fields,
    // The clock moves the status forward only; new times may bring it forward now.
    status: advanceTo({ ...before, ...fields }, now) ?? before.status,
    updatedAt: now.toISOString(),
    version: input.expectedVersion + 1,
  };
  await runTransaction([
    dialogueWrites.replace(after, input.expectedVersion),
    recordAudit(
      dialogueEntity(id),
      actor,
      'edit',
      {
        changedFields: changedFields(
          { ...before, updatedAt: undefined, version: undefined },
          { ...after, updatedAt: undefined, version: undefined },
        ),
        ...(before.status !== after.status ? { fromStatus: before.status, toStatus: after.status } : {}),
      },
      after.updatedAt,
    ),
  ]);
  await scheduleClock(after, now);
  await requestPublication({ type: 'dialogue-changed', dialogueId: id });
  return after;
}

/**
 * A boundary's schedule fired: the status moves to what the clock says at that boundary, if the dialogue
 * still has that boundary (times changed since make the schedule stale) and the status is behind.
 * Returns whether the status moved. EventBridge Scheduler delivers at least once: a repeat does nothing.
 */
export async function advanceDialogueStatus(
  dialogueId: string,
  boundaryAt: string,
  now = new Date(),
): Promise<boolean> {
  const dialogue = await getDialogue(dialogueId);
  if (!dialogue) return false;
  const boundary = statusBoundaries(dialogue).find((candidate) => candidate.at === boundaryAt);
  if (!boundary) return false;
  const clockAt = new Date(Math.max(now.getTime(), Date.parse(boundaryAt)));
  const next = advanceTo(dialogue, clockAt);
  if (!next) return false;
  const at = clockAt.toISOString();
  await runTransaction([
    dialogueWrites.replace({ ...dialogue, status: next, updatedAt: at }, dialogue.version),
    recordAudit(
      dialogueEntity(dialogueId),
      clock,
      'clock',
      { fromStatus: dialogue.status, toStatus: next },
      at,
    ),
  ]);
  logger.info('dialogue status moved', { dialogueId, status: next });
  return true;
}

/**
 * The retention period after the end is over: every asker's contact is removed and each question keeps
 * only its public wording. One transaction per question (its change, its contact, its audit record).
 */
export async function anonymiseDialogue(dialogueId: string, now = new Date()): Promise<number> {
  const dialogue = await getDialogue(dialogueId);
  if (dialogue?.status !== 'ended' || dialogue.anonymisedAt) return 0;
  const at = now.toISOString();
  let removed = 0;
  for (const question of await listQuestionsOfDialogue(dialogueId)) {
    const contact = await getDialogueContact(question.id);
    if (!contact && question.text === question.publicText) continue;
    await runTransaction([
      dialogueWrites.replaceQuestion(
        { ...question, text: question.publicText, updatedAt: at, version: question.version + 1 },
        question.version,
      ),
      ...(contact ? [dialogueWrites.removeContact(question.id)] : []),
      recordAudit({ type: 'DialogueQuestion', id: question.id }, clock, 'anonymise', {}, at),
    ]);
    removed += 1;
  }
  await runTransaction([
    dialogueWrites.replace({ ...dialogue, anonymisedAt: at, updatedAt: at }, dialogue.version),
    recordAudit(dialogueEntity(dialogueId), clock, 'anonymise', { note: `${removed} câu hỏi` }, at),
  ]);
  return removed;
}
