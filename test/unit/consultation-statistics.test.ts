import { describe, expect, it } from 'vitest';
import { anchorsOf, parseDraftText } from '#shared/consultation/draft-text.ts';
import { consultationStatistics } from '#shared/consultation/statistics.ts';
import type { ConsultationComment } from '#shared/domain/consultation.ts';
import { sampleDraftText } from '../support/consultation.ts';

const parsed = parseDraftText(sampleDraftText);
if (!parsed.ok) throw new Error('the sample draft must parse');
const draft = parsed.structure;

type Counted = Pick<ConsultationComment, 'anchor' | 'status' | 'rejectionReason' | 'authorKind'>;
const comment = (anchor: string, status: Counted['status'], extra: Partial<Counted> = {}): Counted => ({
  anchor,
  status,
  authorKind: 'individual',
  ...extra,
});

describe('consultation statistics', () => {
  it('lists every part of the draft in order, with zeros, when nothing was received', () => {
    const stats = consultationStatistics(draft, []);
    // The whole draft, then each article followed by its clauses: 1 + 3 articles + 4 clauses.
    expect(stats.parts.map((part) => part.anchor)).toEqual(anchorsOf(draft));
    expect(stats.parts).toHaveLength(8);
    expect(stats.parts.slice(2, 5).map((part) => part.anchor)).toEqual([
      'dieu-2',
      'dieu-2-khoan-1',
      'dieu-2-khoan-2',
    ]);
    expect(stats.parts.every((part) => part.received === 0 && part.published === 0)).toBe(true);
    expect(stats.parts[3]?.labelVi).toBe('Khoản 1 Điều 2');
    expect(stats).toMatchObject({ received: 0, published: 0, pending: 0, rejected: 0 });
    expect(stats.rejectedBy).toEqual({
      'off-topic': 0,
      offensive: 0,
      'personal-data': 0,
      spam: 0,
      duplicate: 0,
    });
  });

  it('counts by status, coded reason, part and kind of author', () => {
    const stats = consultationStatistics(draft, [
      comment('dieu-2-khoan-1', 'published'),
      comment('dieu-2-khoan-1', 'published', { authorKind: 'organisation' }),
      comment('dieu-2-khoan-1', 'rejected', { rejectionReason: 'spam' }),
      comment('dieu-3', 'rejected', { rejectionReason: 'off-topic', authorKind: 'organisation' }),
      comment('dieu-3', 'rejected', { rejectionReason: 'spam' }),
      comment('toan-van', 'pending'),
    ]);
    expect(stats).toMatchObject({ received: 6, published: 2, pending: 1, rejected: 3 });
    expect(stats.rejectedBy).toEqual({
      'off-topic': 1,
      offensive: 0,
      'personal-data': 0,
      spam: 2,
      duplicate: 0,
    });
    expect(stats.byAuthor).toEqual({
      individual: { received: 4, published: 1 },
      organisation: { received: 2, published: 1 },
    });
    const part = (anchor: string) => stats.parts.find((entry) => entry.anchor === anchor);
    expect(part('dieu-2-khoan-1')).toMatchObject({ received: 3, published: 2, rejected: 1, pending: 0 });
    expect(part('dieu-3')).toMatchObject({ received: 2, published: 0, rejected: 2 });
    expect(part('toan-van')).toMatchObject({ received: 1, pending: 1 });
    expect(part('dieu-1')).toMatchObject({ received: 0, published: 0 });
    // The parts' figures add up to the totals.
    expect(stats.parts.reduce((sum, entry) => sum + entry.received, 0)).toBe(6);
  });

  it('keeps a comment on a part the draft no longer has, after the draft’s parts', () => {
    const stats = consultationStatistics(draft, [comment('dieu-9', 'published')]);
    expect(stats.parts.at(-1)).toMatchObject({ anchor: 'dieu-9', labelVi: 'Điều 9', published: 1 });
    expect(stats.parts).toHaveLength(9);
  });
});
