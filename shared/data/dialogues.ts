import * as z from 'zod';
import {
  type Dialogue,
  type DialogueContact,
  type DialogueQuestion,
  dialogueContactSchema,
  dialogueQuestionSchema,
  dialogueSchema,
} from '#shared/domain/dialogue.ts';
import { AlreadyDecided, SlugTaken } from '#shared/domain/errors.ts';
import { tableName } from './clients.ts';
import { keys } from './keys.ts';
import { getItem, queryAll } from './reads.ts';
import { claimUnique, createItem, replaceVersioned, type TransactionWrite } from './transactions.ts';

/**
 * Storage of online dialogues: the dialogue, its questions (each in its own partition, listed per dialogue
 * in gsi1), and each asker's contact, a separate item beside the question that only `getDialogueContact`
 * reads. The dialogue services decide; this module owns the keys.
 */
const slugKind = 'dialogue-slug';

function dialogueItem(dialogue: Dialogue) {
  return {
    ...keys.dialogue(dialogue.id),
    ...keys.dialoguesAll(),
    ...keys.dialogueStartSort(dialogue.startsAt, dialogue.id),
    itemType: 'Dialogue',
    ...dialogue,
  };
}

function questionItem(question: DialogueQuestion) {
  return {
    ...keys.dialogueQuestion(question.id),
    ...keys.questionsOfDialogue(question.dialogueId),
    ...keys.questionReceivedSort(question.receivedAt, question.id),
    itemType: 'DialogueQuestion',
    ...question,
  };
}

export const dialogueWrites = {
  create: (dialogue: Dialogue) => createItem(dialogueItem(dialogue)),
  replace: (dialogue: Dialogue, expectedVersion: number) =>
    replaceVersioned(dialogueItem(dialogue), expectedVersion),
  /** A dialogue's address is its own (the service tries the next candidate when it is taken). */
  claimSlug: (slug: string, id: string) =>
    claimUnique(slugKind, slug, keys.dialogue(id).pk, () => new SlugTaken(slug)),
  createQuestion: (question: DialogueQuestion) => createItem(questionItem(question)),
  replaceQuestion: (question: DialogueQuestion, expectedVersion: number) =>
    replaceVersioned(questionItem(question), expectedVersion),
  putContact: (contact: DialogueContact) =>
    createItem({ ...keys.dialogueContact(contact.questionId), itemType: 'DialogueContact', ...contact }),
  /** Removes an asker's personal data (the retention period is over). */
  removeContact: (questionId: string): TransactionWrite => ({
    request: {
      Delete: {
        TableName: tableName(),
        Key: keys.dialogueContact(questionId),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    whenConditionFails: () => new AlreadyDecided(`contact of question ${questionId}`),
  }),
};

// Reads.

export const getDialogue = (id: string) => getItem(keys.dialogue(id), dialogueSchema);
export const getDialogueQuestion = (id: string) => getItem(keys.dialogueQuestion(id), dialogueQuestionSchema);
/** The asker's personal data: staff screens and the receipt mail only, never a page. */
export const getDialogueContact = (questionId: string) =>
  getItem(keys.dialogueContact(questionId), dialogueContactSchema);

/** Every dialogue by start time, newest first (a province holds a few dozen a year). */
export async function listDialogues(): Promise<Dialogue[]> {
  return queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.dialoguesAll().gsi1pk }, newestFirst: true },
    dialogueSchema,
  );
}

export async function dialogueIdBySlug(slug: string): Promise<string | undefined> {
  const guard = await getItem(keys.unique(slugKind, slug), ownerSchema);
  return guard?.ownerPk.replace(/^DIALOGUE#/, '');
}
const ownerSchema = z.object({ ownerPk: z.string() });

/** A dialogue's questions, oldest first (hundreds at most). */
export async function listQuestionsOfDialogue(dialogueId: string): Promise<DialogueQuestion[]> {
  return queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.questionsOfDialogue(dialogueId).gsi1pk } },
    dialogueQuestionSchema,
  );
}
