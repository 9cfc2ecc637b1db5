import type { FeedbackTopic } from '#shared/domain/feedback.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { feedbackLabels as text } from '../i18n.ts';

/** The subjects in the officer's order, by name. */
export function orderedTopics(topics: FeedbackTopic[]): FeedbackTopic[] {
  return [...topics].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** Answers by subject: every subject's listing, the current one marked for assistive technology. */
export function TopicNav({
  topics,
  current,
  id,
}: {
  topics: FeedbackTopic[];
  /** The listing shown: a subject's slug, `all`, or nothing on other pages. */
  current?: string | undefined;
  id: string;
}) {
  const all = sitePaths.feedbackAnswers();
  return (
    <nav class="fb-topics" aria-labelledby={id}>
      <h2 id={id}>{text.byTopic}</h2>
      <ul>
        <li>
          <a href={all} aria-current={current === 'all' ? 'page' : undefined}>
            {text.allTopics}
          </a>
        </li>
        {orderedTopics(topics).map((topic) => (
          <li>
            <a
              href={sitePaths.feedbackTopicAnswers(topic.slug)}
              aria-current={current === topic.slug ? 'page' : undefined}
            >
              {topic.nameVi}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
