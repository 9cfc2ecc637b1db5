import * as z from 'zod';
import {
  type CommentContact,
  type Consultation,
  type ConsultationAdoption,
  type ConsultationComment,
  commentContactSchema,
  consultationAdoptionSchema,
  consultationCommentSchema,
  consultationSchema,
  type DraftVersion,
  draftVersionSchema,
} from '#shared/domain/consultation.ts';
import { CommentPeriodClosed } from '#shared/domain/errors.ts';
import { tableName } from './clients.ts';
import { keys } from './keys.ts';
import { getItem, queryAll } from './reads.ts';
import {
  claimUnique,
  createItem,
  deleteExisting,
  putDerived,
  replaceVersioned,
  type TransactionWrite,
} from './transactions.ts';

/**
 * Storage of consultations on draft regulations: the consultation (with its structured draft and, later, its
 * disposition report and the document adopted from it), its comments and, apart, each commenter's contact,
 * the later versions of the draft and, in the adopted gazette document's partition, the link back to the
 * consultation. The consultation services decide;
 * this module owns the keys. Only `getCommentContact` reads a contact, and nothing public calls it.
 */
const slugKind = 'consultation-slug';

function consultationItem(consultation: Consultation) {
  return {
    ...keys.consultation(consultation.id),
    ...keys.consultationsAll(),
    ...keys.consultationOpeningSort(consultation.opensAt, consultation.id),
    ...keys.consultationsOfAgency(consultation.agencyId),
    ...keys.consultationAgencySort(consultation.opensAt, consultation.id),
    itemType: 'Consultation',
    ...consultation,
  };
}

const commentItem = (comment: ConsultationComment) => ({
  ...keys.consultationComment(comment.consultationId, comment.id),
  itemType: 'ConsultationComment',
  ...comment,
});

export const consultationWrites = {
  create: (consultation: Consultation) => createItem(consultationItem(consultation)),
  replace: (consultation: Consultation, expectedVersion: number) =>
    replaceVersioned(consultationItem(consultation), expectedVersion),
  /** The public address `/lay-y-kien/<slug>/` belongs to one consultation. */
  claimSlug: (slug: string, id: string) => claimUnique(slugKind, slug, keys.consultation(id).pk),
  /**
   * The consultation still takes comments when the comment's transaction commits (the closing task may run
   * at the same moment): refused with CommentPeriodClosed otherwise.
   */
  stillOpen: (consultationId: string): TransactionWrite => ({
    request: {
      ConditionCheck: {
        TableName: tableName(),
        Key: keys.consultation(consultationId),
        ConditionExpression: '#status IN (:scheduled, :open)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':scheduled': 'scheduled', ':open': 'open' },
      },
    },
    whenConditionFails: () => new CommentPeriodClosed(),
  }),
  createComment: (comment: ConsultationComment) => createItem(commentItem(comment)),
  replaceComment: (comment: ConsultationComment, expectedVersion: number) =>
    replaceVersioned(commentItem(comment), expectedVersion),
  putContact: (contact: CommentContact) =>
    createItem({
      ...keys.consultationCommentContact(contact.consultationId, contact.commentId),
      itemType: 'ConsultationCommentContact',
      ...contact,
    }),
  /** The adopted document's side of the link (its page links back); rewritten with the consultation. */
  putAdoption: (adoption: ConsultationAdoption) =>
    putDerived({
      ...keys.consultationAdoption(adoption.documentId, adoption.consultationId),
      itemType: 'ConsultationAdoption',
      ...adoption,
    }),
  removeAdoption: (documentId: string, consultationId: string) =>
    deleteExisting(keys.consultationAdoption(documentId, consultationId)),
  /** A version is written once: a second post of the same number fails (and the consultation's version check too). */
  createVersion: (version: DraftVersion) =>
    createItem({
      ...keys.consultationVersion(version.consultationId, version.number),
      itemType: 'ConsultationDraftVersion',
      ...version,
    }),
};

// Reads.

export const getConsultation = (id: string) => getItem(keys.consultation(id), consultationSchema);

const ownerSchema = z.object({ ownerPk: z.string() });
export async function consultationIdBySlug(slug: string): Promise<string | undefined> {
  const guard = await getItem(keys.unique(slugKind, slug), ownerSchema);
  return guard?.ownerPk.replace(/^CONSULTATION#/, '');
}

/** Every consultation, the latest opening first (a province runs tens a year, not thousands). */
export async function listConsultations(): Promise<Consultation[]> {
  return queryAll(
    {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: keys.consultationsAll().gsi1pk },
      newestFirst: true,
    },
    consultationSchema,
  );
}

export async function listConsultationsOfAgency(agencyId: string): Promise<Consultation[]> {
  return queryAll(
    {
      index: 'gsi2',
      partition: { name: 'gsi2pk', value: keys.consultationsOfAgency(agencyId).gsi2pk },
      newestFirst: true,
    },
    consultationSchema,
  );
}

export const getComment = (consultationId: string, commentId: string) =>
  getItem(keys.consultationComment(consultationId, commentId), consultationCommentSchema);

/** Every comment of a consultation, in the order received. */
export async function listComments(consultationId: string): Promise<ConsultationComment[]> {
  const prefix = keys.consultationCommentPrefix(consultationId);
  const comments = await queryAll(
    { partition: { name: 'pk', value: prefix.pk }, sortBeginsWith: { name: 'sk', value: prefix.skPrefix } },
    consultationCommentSchema,
  );
  return comments.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
}

/** A commenter's personal data: for the drafting agency and the officer only, never a public page. */
export const getCommentContact = (consultationId: string, commentId: string) =>
  getItem(keys.consultationCommentContact(consultationId, commentId), commentContactSchema);

/** The consultations a gazette document was adopted from (one, as a rule), for the document's page. */
export async function adoptionsOfDocument(documentId: string): Promise<ConsultationAdoption[]> {
  const prefix = keys.consultationAdoptionPrefix(documentId);
  return queryAll(
    { partition: { name: 'pk', value: prefix.pk }, sortBeginsWith: { name: 'sk', value: prefix.skPrefix } },
    consultationAdoptionSchema,
  );
}

/** The later versions of a consultation's draft (2, 3…), in number order. */
export async function listVersions(consultationId: string): Promise<DraftVersion[]> {
  const prefix = keys.consultationVersionPrefix(consultationId);
  const versions = await queryAll(
    { partition: { name: 'pk', value: prefix.pk }, sortBeginsWith: { name: 'sk', value: prefix.skPrefix } },
    draftVersionSchema,
  );
  return versions.sort((a, b) => a.number - b.number);
}
