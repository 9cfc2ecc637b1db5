import { consultationIdBySlug, getConsultation } from '#shared/data/consultations.ts';
import { errors } from '#shared/domain/errors.ts';

/** The consultation at a public address, or 404: the public routes' way in. */
export async function consultationBySlug(slug: string) {
  const id = await consultationIdBySlug(slug);
  const consultation = id ? await getConsultation(id) : undefined;
  if (!consultation) throw errors.notFound(`consultation ${slug}`);
  return consultation;
}
