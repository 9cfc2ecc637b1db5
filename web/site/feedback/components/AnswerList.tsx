import { type FeedbackTopic, feedbackKindLabels, type PublishedFeedback } from '#shared/domain/feedback.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { PublishedTime } from '../../components/PublishedTime.tsx';
import { excerpt } from '../format.ts';

/**
 * Published questions as a list, newest first: the title is the one link (one entry per answer in a
 * screen reader's list of links), then kind, subject, agency and date, then the question's start. Only
 * public fields of the Q&A entry are read.
 */
export function AnswerList({
  answers,
  topics,
  headingLevel,
}: {
  answers: PublishedFeedback[];
  topics: FeedbackTopic[];
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const topicNames = new Map(topics.map((topic) => [topic.slug, topic.nameVi]));
  // The ordinal is the listing position: newest first whatever order the caller read them in.
  const newestFirst = [...answers].sort((a, b) => b.ordinal - a.ordinal);
  return (
    <ul class="card-list">
      {newestFirst.map((answer) => (
        <li class="card">
          <Heading class="card__title">
            <a href={sitePaths.feedbackAnswer(answer.code)}>{answer.publicTitle}</a>
          </Heading>
          <p class="card__meta fb-meta">
            <span>{feedbackKindLabels[answer.kind].vi}</span>
            <span>{topicNames.get(answer.topicSlug) ?? answer.topicSlug}</span>
            <span>{answer.agencyName}</span>
            <span>
              <PublishedTime instant={answer.publishedAt} language="vi" />
            </span>
          </p>
          <p class="card__summary">{excerpt(answer.publicContent)}</p>
        </li>
      ))}
    </ul>
  );
}
