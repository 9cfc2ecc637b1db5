import { getConsultation, listComments, listConsultations } from '#shared/data/consultations.ts';
import type {
  Consultation,
  ConsultationStatistics,
  DraftVersion,
  PublicComment,
} from '#shared/domain/consultation.ts';
import { consultationStatistics } from './statistics.ts';
import { versionsOf } from './versions.ts';
import { countsByAnchor } from './workflow.ts';

/**
 * What the public sees of a consultation: the draft, the published comments (public fields only, never a
 * contact or an unpublished comment), counts per part, the report once the officer approved it, and the
 * versions of the draft (without the staff member who posted each).
 */
export type PublicVersion = Omit<DraftVersion, 'postedBy'>;
export type PublicConsultation = {
  consultation: Omit<Consultation, 'report' | 'createdBy'> & { report?: Consultation['report'] };
  versions: PublicVersion[];
  comments: PublicComment[];
  counts: Record<string, number>;
  received: number;
  /** Counts only (received, published, rejected by reason, pending, per part, by kind of author). */
  statistics: ConsultationStatistics;
};

export async function publicViewOf(consultation: Consultation): Promise<PublicConsultation> {
  const [all, versions] = await Promise.all([listComments(consultation.id), versionsOf(consultation)]);
  const published = all.filter((comment) => comment.status === 'published');
  const { report, createdBy: _createdBy, ...rest } = consultation;
  return {
    consultation: { ...rest, ...(report?.approvedAt ? { report } : {}) },
    versions: versions.map(({ postedBy: _postedBy, ...version }) => version),
    comments: published.map(({ id, anchor, authorLabel, publicContent, receivedAt }) => ({
      id,
      anchor,
      authorLabel,
      publicContent,
      receivedAt,
    })),
    counts: countsByAnchor(published),
    received: all.length,
    statistics: consultationStatistics(consultation.draft, all),
  };
}

export async function publicConsultation(id: string): Promise<PublicConsultation | undefined> {
  const consultation = await getConsultation(id);
  return consultation ? publicViewOf(consultation) : undefined;
}

/** The public list: every consultation, grouped on the page by where it stands. */
export async function publicConsultationList(): Promise<Consultation[]> {
  return listConsultations();
}
