import { describe, expect, it } from 'vitest';
import type { Article, ArticleStatus } from '#shared/domain/article.ts';
import { AppError, InvalidTransition } from '#shared/domain/errors.ts';
import {
  approvalOutcome,
  assertAllowed,
  assertHasChangesToSubmit,
  assertNotOwnWork,
  type EditorialAction,
} from '#shared/editorial/workflow.ts';

const now = new Date('2026-12-01T03:00:00.000Z');

function article(status: ArticleStatus, changes: Partial<Article> = {}): Article {
  return {
    id: '6f1d1c3e-1111-4a4a-9a9a-000000000001',
    language: 'vi',
    slug: 'bai-thu',
    status,
    authorId: 'local-bientap',
    authorName: 'Lê Văn Biên',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    latestRevision: 1,
    title: 'Bài thử',
    categorySlug: 'tin-tuc',
    version: 1,
    ...changes,
  };
}

/** The transition table, written out as a reader would state it. */
const allowed: Record<EditorialAction, ArticleStatus[]> = {
  save: ['draft', 'returned', 'published', 'unpublished'],
  submit: ['draft', 'returned', 'published', 'unpublished'],
  approve: ['in_review'],
  return: ['in_review', 'scheduled'],
  'go-live': ['scheduled'],
  unpublish: ['published'],
  archive: ['draft', 'returned', 'published', 'unpublished'],
};
const statuses: ArticleStatus[] = [
  'draft',
  'in_review',
  'scheduled',
  'published',
  'returned',
  'unpublished',
  'archived',
];

describe('the editorial workflow (pure decisions)', () => {
  for (const [action, from] of Object.entries(allowed) as [EditorialAction, ArticleStatus[]][]) {
    it(`allows ${action} only from ${from.join(', ')}`, () => {
      for (const status of statuses) {
        if (from.includes(status)) expect(() => assertAllowed(article(status), action)).not.toThrow();
        else expect(() => assertAllowed(article(status), action)).toThrow(InvalidTransition);
      }
    });
  }

  it('refuses to submit a published article that has no unpublished revision', () => {
    expect(() =>
      assertHasChangesToSubmit(article('published', { latestRevision: 2, publishedRevision: 2 })),
    ).toThrow(AppError);
    expect(() =>
      assertHasChangesToSubmit(article('published', { latestRevision: 3, publishedRevision: 2 })),
    ).not.toThrow();
    expect(() => assertHasChangesToSubmit(article('draft'))).not.toThrow();
  });

  it('keeps four eyes: neither the author nor the author of the submitted revision approves', () => {
    const director = { id: 'local-giamdoc', name: 'Nguyễn Thị Hạnh' };
    expect(() => assertNotOwnWork(article('in_review'), director, 'local-bientap')).not.toThrow();
    expect(() => assertNotOwnWork(article('in_review', { authorId: director.id }), director, 'x')).toThrow(
      expect.objectContaining({ status: 403 }),
    );
    expect(() => assertNotOwnWork(article('in_review'), director, director.id)).toThrow(
      expect.objectContaining({ status: 403 }),
    );
  });

  it('publishes now when no time is given or the time is under a minute away, schedules later times', () => {
    expect(approvalOutcome(undefined, now)).toEqual({ status: 'published', at: now.toISOString() });
    expect(approvalOutcome(new Date(now.getTime() + 30_000).toISOString(), now).status).toBe('published');
    const later = new Date(now.getTime() + 3600_000).toISOString();
    expect(approvalOutcome(later, now)).toEqual({ status: 'scheduled', at: later });
  });

  it('treats a time a few minutes past as now, and refuses one longer past or unreadable', () => {
    expect(approvalOutcome(new Date(now.getTime() - 2 * 60_000).toISOString(), now).status).toBe('published');
    expect(() => approvalOutcome(new Date(now.getTime() - 10 * 60_000).toISOString(), now)).toThrow(
      expect.objectContaining({ status: 400 }),
    );
    expect(() => approvalOutcome('not a time', now)).toThrow(expect.objectContaining({ status: 400 }));
  });
});
