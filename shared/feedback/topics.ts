import { changedFields, recordAudit } from '#shared/data/audit.ts';
import { feedbackWrites, getFeedbackTopic } from '#shared/data/feedback.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { errors } from '#shared/domain/errors.ts';
import type { FeedbackTopic } from '#shared/domain/feedback.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';

/** The subjects of the form, managed by the feedback officer; the form page is re-rendered with them. */
export async function createFeedbackTopic(
  actor: Actor,
  input: Omit<FeedbackTopic, 'version'>,
): Promise<FeedbackTopic> {
  const topic: FeedbackTopic = { ...input, version: 1 };
  await runTransaction([
    feedbackWrites.putTopic(topic),
    recordAudit({ type: 'FeedbackTopic', id: topic.slug }, actor, 'create'),
  ]);
  await requestPublication({ type: 'feedback-pages' });
  return topic;
}

export async function updateFeedbackTopic(
  actor: Actor,
  slug: string,
  changes: Omit<FeedbackTopic, 'slug' | 'version'>,
  expectedVersion: number,
): Promise<FeedbackTopic> {
  const current = await getFeedbackTopic(slug);
  if (!current) throw errors.notFound(`topic ${slug}`);
  const next: FeedbackTopic = { ...current, ...changes, slug, version: expectedVersion + 1 };
  await runTransaction([
    feedbackWrites.putTopic(next, expectedVersion),
    recordAudit({ type: 'FeedbackTopic', id: slug }, actor, 'update', {
      changedFields: changedFields(current, next),
    }),
  ]);
  await requestPublication({ type: 'feedback-pages' });
  return next;
}
