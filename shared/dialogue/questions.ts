import { randomUUID } from 'node:crypto';
import type * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { changedFields, recordAudit } from '#shared/data/audit.ts';
import {
  dialogueIdBySlug,
  dialogueWrites,
  getDialogue,
  getDialogueContact,
  getDialogueQuestion,
  listQuestionsOfDialogue,
} from '#shared/data/dialogues.ts';
import { claimFormToken, FormTokenUsed, getFormTokenUse } from '#shared/data/participation.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import { type Actor, type EntityRef, systemActor } from '#shared/domain/audit.ts';
import {
  type answerQuestionSchema,
  type assignQuestionSchema,
  type Dialogue,
  type DialogueContact,
  type DialogueQuestion,
  type editQuestionSchema,
  type publishQuestionSchema,
  type QuestionSubmission,
  questionRejectionLabels,
  type rejectQuestionSchema,
} from '#shared/domain/dialogue.ts';
import { AppError, errors } from '#shared/domain/errors.ts';
import { sendMail } from '#shared/notifications/mail.ts';
import { logger } from '#shared/observability/logger.ts';
import { checkRateLimits, publicFormLimits } from '#shared/participation/rate-limits.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { findPersonalData, maskPersonalData } from '#shared/text/personal-data.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import { dialogueSettings } from './settings.ts';
import { acceptsAnswers, acceptsQuestions, decideQuestion, defaultAskedBy, isPublic } from './workflow.ts';

/**
 * Questions for a dialogue: a citizen sends one from the public form (no account, JavaScript off), the
 * moderators publish or reject it, may correct its public wording and put it to a leader, and staff publish
 * the answers during the session. Every published change re-renders the dialogue's page.
 */
const questionEntity = (id: string): EntityRef => ({ type: 'DialogueQuestion', id });
const FORM_TOKEN_DAYS = 1;

/** The dialogue does not take questions now (not yet, or no longer). */
export class QuestionsClosed extends AppError {
  constructor(detail: string) {
    super(
      409,
      'questions-closed',
      'Buổi đối thoại hiện không nhận câu hỏi',
      'This dialogue is not taking questions now',
      detail,
    );
  }
}

/** A second post of a form already used for another question. */
export class QuestionFormUsed extends AppError {
  constructor() {
    super(
      409,
      'form-already-used',
      'Biểu mẫu này đã được gửi; hãy tải lại trang để gửi câu hỏi khác',
      'This form was sent already; reload the page to send another question',
    );
  }
}

export async function dialogueBySlug(slug: string): Promise<Dialogue> {
  const id = await dialogueIdBySlug(slug);
  const dialogue = id ? await getDialogue(id) : undefined;
  if (!dialogue) throw errors.notFound(`dialogue ${slug}`);
  return dialogue;
}

export type QuestionReceipt = {
  questionId: string;
  dialogueSlug: string;
  receiptMailed: boolean;
  repeated: boolean;
};

const senderValues = (submission: QuestionSubmission) =>
  [submission.name, submission.address, submission.phone, submission.email, submission.organisation].filter(
    (value): value is string => Boolean(value),
  );

export async function submitQuestion(
  slug: string,
  submission: QuestionSubmission,
  client: { ip: string; formToken?: string | undefined },
  now = new Date(),
): Promise<QuestionReceipt> {
  const dialogue = await dialogueBySlug(slug);
  const token = submission.formToken ?? client.formToken;
  if (token) {
    const use = await getFormTokenUse(token);
    if (use) {
      const earlier = use.kind === 'dialogue-question' ? await getDialogueQuestion(use.id) : undefined;
      if (earlier && earlier.dialogueId === dialogue.id && earlier.text === submission.question)
        return { questionId: earlier.id, dialogueSlug: slug, receiptMailed: false, repeated: true };
      throw new QuestionFormUsed();
    }
  }
  if ((dialogue.status !== 'open' && dialogue.status !== 'live') || !acceptsQuestions(dialogue, now)) {
    throw new QuestionsClosed(
      `questions from ${dialogue.questionsOpenAt} to ${dialogue.questionsCloseAt}, status ${dialogue.status}`,
    );
  }
  const settings = dialogueSettings();
  await checkRateLimits(
    publicFormLimits(
      'dialogue',
      { ip: client.ip, contacts: [submission.email, submission.phone] },
      settings.limits,
    ),
    now,
  );
  const id = randomUUID();
  const at = now.toISOString();
  const question: DialogueQuestion = {
    id,
    dialogueId: dialogue.id,
    status: 'received',
    text: submission.question,
    publicText: maskPersonalData(submission.question, senderValues(submission)),
    askedBy: defaultAskedBy(submission.name, submission.address),
    receivedAt: at,
    updatedAt: at,
    version: 1,
  };
  const contact: DialogueContact = {
    questionId: id,
    dialogueId: dialogue.id,
    name: submission.name,
    ...(submission.organisation ? { organisation: submission.organisation } : {}),
    ...(submission.address ? { address: submission.address } : {}),
    ...(submission.phone ? { phone: submission.phone } : {}),
    ...(submission.email ? { email: submission.email } : {}),
    consent: { at, noticeVersion: submission.consentNoticeVersion },
  };
  try {
    await runTransaction([
      dialogueWrites.createQuestion(question),
      dialogueWrites.putContact(contact),
      ...(token
        ? [
            claimFormToken(
              token,
              { kind: 'dialogue-question', id },
              new Date(now.getTime() + FORM_TOKEN_DAYS * 86_400_000),
            ),
          ]
        : []),
      recordAudit(
        questionEntity(id),
        { ...systemActor, name: 'Người hỏi (cổng công khai)' },
        'submit',
        { toStatus: 'received', note: `dialogue ${dialogue.id}` },
        at,
      ),
    ]);
  } catch (error) {
    // Two posts of the same form at once: the other one stored it.
    if (error instanceof FormTokenUsed && token) return submitQuestion(slug, submission, client, now);
    throw error;
  }
  const receiptMailed = await sendQuestionReceipt(dialogue, question, contact);
  return { questionId: id, dialogueSlug: slug, receiptMailed, repeated: false };
}

/** The receipt, when an e-mail address was given. A mail that fails is logged without its address. */
async function sendQuestionReceipt(
  dialogue: Dialogue,
  question: DialogueQuestion,
  contact: DialogueContact,
): Promise<boolean> {
  if (!contact.email) return false;
  const page = `${readEnv().PUBLIC_BASE_URL.replace(/\/$/, '')}${sitePaths.dialogue(dialogue.slug)}`;
  try {
    await sendMail({
      to: [contact.email],
      topic: 'dialogue-question-receipt',
      subject: `Đã nhận câu hỏi của bạn cho buổi đối thoại “${dialogue.title}”`,
      text: [
        `Kính gửi ${contact.name},`,
        '',
        `Ban tổ chức đã nhận câu hỏi của bạn lúc ${formatDateTimeVi(question.receivedAt)} cho buổi đối thoại “${dialogue.title}” (${formatDateTimeVi(dialogue.startsAt)}).`,
        'Câu hỏi được biên tập viên xem xét trước khi đăng; tên của bạn chỉ hiện dưới dạng chữ viết tắt hoặc nơi ở, không bao giờ kèm thông tin liên hệ.',
        '',
        `Trang buổi đối thoại: ${page}`,
        '',
        '—',
        'Cổng Thông tin điện tử tỉnh Quảng Trị',
        'Thư này được gửi tự động; vui lòng không trả lời thư này.',
      ].join('\n'),
    });
    return true;
  } catch (error) {
    logger.error('A dialogue receipt could not be sent', {
      error: error instanceof Error ? error.name : 'unknown',
    });
    return false;
  }
}

async function loadQuestion(dialogueId: string, questionId: string): Promise<DialogueQuestion> {
  const question = await getDialogueQuestion(questionId);
  if (!question || question.dialogueId !== dialogueId) throw errors.notFound(`question ${questionId}`);
  return question;
}

/** The public wording must not carry the asker's contact: refused with the field to correct. */
function checkPublicWording(contact: DialogueContact | undefined, publicText: string, askedBy: string) {
  const known = contact
    ? [contact.phone, contact.email, contact.address].filter((value): value is string => Boolean(value))
    : [];
  for (const [path, value] of [
    ['publicText', publicText],
    ['askedBy', askedBy],
  ] as const) {
    const found = findPersonalData(value, known).filter(
      (finding) => finding.kind === 'phone' || finding.kind === 'email' || finding.kind === 'sender',
    );
    if (found.length > 0)
      throw errors.field(
        path,
        'Nội dung công khai còn thông tin liên hệ của người hỏi; hãy bỏ đi trước khi đăng',
        'The public wording still holds the asker’s contact details; remove them before publishing',
      );
  }
  if (contact && askedBy.toLocaleLowerCase('vi').includes(contact.name.toLocaleLowerCase('vi')))
    throw errors.field(
      'askedBy',
      'Chỉ ghi tên viết tắt hoặc “Một người dân ở <xã, phường>”',
      'Give initials or “a citizen from <commune/ward>” only',
    );
}

async function commitQuestion(
  before: DialogueQuestion,
  after: DialogueQuestion,
  expectedVersion: number,
  actor: Actor,
  action: string,
  note?: string,
): Promise<DialogueQuestion> {
  const next = { ...after, version: expectedVersion + 1 };
  await runTransaction([
    dialogueWrites.replaceQuestion(next, expectedVersion),
    recordAudit(
      questionEntity(before.id),
      actor,
      action,
      {
        ...(before.status !== after.status ? { fromStatus: before.status, toStatus: after.status } : {}),
        changedFields: changedFields(
          { ...before, updatedAt: undefined, version: undefined },
          { ...after, updatedAt: undefined, version: undefined },
        ),
        ...(note ? { note } : {}),
      },
      after.updatedAt,
    ),
  ]);
  // Only what the public sees is re-rendered.
  if (isPublic(before.status) || isPublic(after.status))
    await requestPublication({ type: 'dialogue-changed', dialogueId: before.dialogueId });
  return next;
}

export async function publishQuestion(
  actor: Actor,
  dialogueId: string,
  questionId: string,
  input: z.infer<typeof publishQuestionSchema>,
  now = new Date(),
): Promise<DialogueQuestion> {
  const question = await loadQuestion(dialogueId, questionId);
  const status = decideQuestion(question, 'publish');
  const publicText = input.publicText ?? question.publicText;
  const askedBy = input.askedBy ?? question.askedBy;
  checkPublicWording(await getDialogueContact(questionId), publicText, askedBy);
  const at = now.toISOString();
  return commitQuestion(
    question,
    { ...question, status, publicText, askedBy, publishedAt: at, updatedAt: at },
    input.expectedVersion,
    actor,
    'publish',
  );
}

export async function rejectQuestion(
  actor: Actor,
  dialogueId: string,
  questionId: string,
  input: z.infer<typeof rejectQuestionSchema>,
  now = new Date(),
): Promise<DialogueQuestion> {
  const question = await loadQuestion(dialogueId, questionId);
  const status = decideQuestion(question, 'reject');
  return commitQuestion(
    question,
    {
      ...question,
      status,
      rejection: { reason: input.reason, ...(input.note ? { note: input.note } : {}) },
      updatedAt: now.toISOString(),
    },
    input.expectedVersion,
    actor,
    'reject',
    questionRejectionLabels[input.reason].vi,
  );
}

export async function editQuestion(
  actor: Actor,
  dialogueId: string,
  questionId: string,
  input: z.infer<typeof editQuestionSchema>,
  now = new Date(),
): Promise<DialogueQuestion> {
  const question = await loadQuestion(dialogueId, questionId);
  decideQuestion(question, 'edit');
  checkPublicWording(await getDialogueContact(questionId), input.publicText, input.askedBy);
  return commitQuestion(
    question,
    { ...question, publicText: input.publicText, askedBy: input.askedBy, updatedAt: now.toISOString() },
    input.expectedVersion,
    actor,
    'edit-public-text',
  );
}

function leaderAt(dialogue: Dialogue, index: number) {
  const leader = dialogue.leaders[index];
  if (!leader)
    throw errors.field(
      'leaderIndex',
      'Lãnh đạo không có trong buổi đối thoại',
      'No such leader in this dialogue',
    );
  return leader;
}

export async function assignQuestion(
  actor: Actor,
  dialogueId: string,
  questionId: string,
  input: z.infer<typeof assignQuestionSchema>,
  now = new Date(),
): Promise<DialogueQuestion> {
  const [dialogue, question] = await Promise.all([
    loadDialogueOrFail(dialogueId),
    loadQuestion(dialogueId, questionId),
  ]);
  decideQuestion(question, 'assign');
  const leader = leaderAt(dialogue, input.leaderIndex);
  return commitQuestion(
    question,
    { ...question, leaderIndex: input.leaderIndex, updatedAt: now.toISOString() },
    input.expectedVersion,
    actor,
    'assign',
    leader.name,
  );
}

async function loadDialogueOrFail(id: string): Promise<Dialogue> {
  const dialogue = await getDialogue(id);
  if (!dialogue) throw errors.notFound(`dialogue ${id}`);
  return dialogue;
}

/** The session does not take answers now (it has not started, or ended longer ago than the grace). */
export class AnswersClosed extends AppError {
  constructor(detail: string) {
    super(
      409,
      'answers-closed',
      'Chỉ đăng câu trả lời trong thời gian diễn ra buổi đối thoại',
      'Answers are published only while the dialogue is on',
      detail,
    );
  }
}

/** An answer published during the session (or a correction of one): it shows on the page at once. */
export async function answerQuestion(
  actor: Actor,
  dialogueId: string,
  questionId: string,
  input: z.infer<typeof answerQuestionSchema>,
  now = new Date(),
): Promise<DialogueQuestion> {
  const [dialogue, question] = await Promise.all([
    loadDialogueOrFail(dialogueId),
    loadQuestion(dialogueId, questionId),
  ]);
  const live =
    dialogue.status === 'live' ||
    (dialogue.status === 'ended' && acceptsAnswers(dialogue, now, dialogueSettings().answerGraceMinutes));
  if (!live) throw new AnswersClosed(`status ${dialogue.status}`);
  const action = question.status === 'answered' ? 'edit-answer' : 'answer';
  const status = decideQuestion(question, action);
  const leaderIndex = input.leaderIndex ?? question.leaderIndex ?? 0;
  const leader = leaderAt(dialogue, leaderIndex);
  const at = now.toISOString();
  return commitQuestion(
    question,
    {
      ...question,
      status,
      leaderIndex,
      answer: {
        text: input.text,
        leaderName: leader.name,
        leaderPosition: leader.position,
        answeredAt: question.answer?.answeredAt ?? at,
        answeredBy: actor.name,
      },
      updatedAt: at,
    },
    input.expectedVersion,
    actor,
    action,
  );
}

/** The moderation queue and the answer desk: every question of a dialogue, with what the finder flagged. */
export async function questionsForStaff(dialogueId: string) {
  await loadDialogueOrFail(dialogueId);
  const questions = await listQuestionsOfDialogue(dialogueId);
  return {
    items: questions.map((question) => ({
      ...question,
      flags: findPersonalData(question.publicText).map((finding) => ({
        kind: finding.kind,
        text: finding.text,
      })),
    })),
  };
}
