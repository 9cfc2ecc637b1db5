import type { Dialogue, DialogueStatus, QuestionStatus } from '#shared/domain/dialogue.ts';
import { InvalidTransition } from '#shared/domain/errors.ts';

/**
 * The decisions of online dialogues, pure: a dialogue's status follows its clock, and a question moves
 * through moderation and its answer. Storage applies a decision in one transaction with its audit record.
 *
 *   dialogue:  scheduled ─(questions open)→ open ─(start)→ live ─(end)→ ended      (only forward, by the clock)
 *   question:  received ─publish→ published ─answer→ answered
 *                 └─reject→ rejected            (edit and assign while it is not rejected)
 */
export const dialogueStatusOrder: readonly DialogueStatus[] = ['scheduled', 'open', 'live', 'ended'];

/** The status a dialogue has at an instant, by its times alone. */
export function statusAt(
  dialogue: Pick<Dialogue, 'questionsOpenAt' | 'startsAt' | 'endsAt'>,
  now: Date,
): DialogueStatus {
  const at = now.getTime();
  if (at >= Date.parse(dialogue.endsAt)) return 'ended';
  if (at >= Date.parse(dialogue.startsAt)) return 'live';
  if (at >= Date.parse(dialogue.questionsOpenAt)) return 'open';
  return 'scheduled';
}

/**
 * Where a scheduled task takes the status: the clock's status if it is later than the stored one;
 * undefined when there is nothing to do (a repeated, late or superseded task).
 */
export function advanceTo(
  dialogue: Pick<Dialogue, 'status' | 'questionsOpenAt' | 'startsAt' | 'endsAt'>,
  now: Date,
): DialogueStatus | undefined {
  const due = statusAt(dialogue, now);
  return dialogueStatusOrder.indexOf(due) > dialogueStatusOrder.indexOf(dialogue.status) ? due : undefined;
}

/** The instants at which the status changes: each gets a schedule. */
export function statusBoundaries(
  dialogue: Pick<Dialogue, 'questionsOpenAt' | 'startsAt' | 'endsAt'>,
): { status: DialogueStatus; at: string }[] {
  return [
    { status: 'open', at: dialogue.questionsOpenAt },
    { status: 'live', at: dialogue.startsAt },
    { status: 'ended', at: dialogue.endsAt },
  ];
}

/** Questions are accepted from the opening of questions to their closing (never after the end). */
export function acceptsQuestions(
  dialogue: Pick<Dialogue, 'questionsOpenAt' | 'questionsCloseAt' | 'endsAt'>,
  now: Date,
): boolean {
  const at = now.getTime();
  return (
    at >= Date.parse(dialogue.questionsOpenAt) &&
    at < Date.parse(dialogue.questionsCloseAt) &&
    at < Date.parse(dialogue.endsAt)
  );
}

/** The times of a dialogue may be changed until it ends; after that the page is the archive. */
export function canEditDialogue(dialogue: Pick<Dialogue, 'status'>): boolean {
  return dialogue.status !== 'ended';
}

export type QuestionAction = 'publish' | 'reject' | 'edit' | 'assign' | 'answer' | 'edit-answer';

export const questionTransitions: Record<
  QuestionAction,
  { from: readonly QuestionStatus[]; to?: QuestionStatus }
> = {
  publish: { from: ['received'], to: 'published' },
  reject: { from: ['received'], to: 'rejected' },
  // The public wording can be corrected even after publication: personal data found late must come off.
  edit: { from: ['received', 'published', 'answered'] },
  assign: { from: ['received', 'published'] },
  answer: { from: ['published'], to: 'answered' },
  'edit-answer': { from: ['answered'] },
};

/** The status a question action leads to, or a refusal. */
export function decideQuestion(question: { status: QuestionStatus }, action: QuestionAction): QuestionStatus {
  const rule = questionTransitions[action];
  if (!rule.from.includes(question.status)) throw new InvalidTransition(question.status, action);
  return rule.to ?? question.status;
}

/** Answers are entered during the session (and just after it, to finish the last ones: until ended + grace). */
export function acceptsAnswers(
  dialogue: Pick<Dialogue, 'startsAt' | 'endsAt'>,
  now: Date,
  graceMinutes: number,
) {
  const at = now.getTime();
  return at >= Date.parse(dialogue.startsAt) && at < Date.parse(dialogue.endsAt) + graceMinutes * 60_000;
}

/** Whether the question's answer appears on the public page: published questions and their answers only. */
export const isPublic = (status: QuestionStatus) => status === 'published' || status === 'answered';

/**
 * How the asker is named in public by default: "a citizen from <commune/ward>" when the address names one,
 * otherwise the initials of the name (Nguyễn Văn An → N.V.A.). Never a contact.
 */
export function defaultAskedBy(name: string, address?: string): string {
  const place = address?.match(/(?:^|,\s*)((?:xã|phường|thị trấn|đặc khu)\s+[^,]+)/iu)?.[1]?.trim();
  if (place) return `Một người dân ở ${place}`;
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part.charAt(0).toLocaleUpperCase('vi')}.`)
    .join('');
  return initials || 'Một người dân';
}
