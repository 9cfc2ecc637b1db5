import type { FeedbackTopic, PublishedFeedback } from '#shared/domain/feedback.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { SiteContext } from '../../context.ts';
import { AnswerList } from '../components/AnswerList.tsx';
import { FeedbackLayout } from '../components/FeedbackLayout.tsx';
import { TopicNav } from '../components/TopicNav.tsx';
import type { FeedbackSettings } from '../format.ts';
import { feedbackLabels as text } from '../i18n.ts';

/**
 * The front page of citizens' feedback: what a phản ánh and a kiến nghị are, how one is handled and in
 * what time, the ways in (send, look up, read the answers, the figures), and the newest answers.
 */
export function FeedbackHomePage({
  ctx,
  latest,
  topics,
  settings,
}: {
  ctx: SiteContext;
  latest: PublishedFeedback[];
  topics: FeedbackTopic[];
  settings: Pick<FeedbackSettings, 'forwardWorkingDays' | 'answerWorkingDays'>;
}) {
  return (
    <FeedbackLayout
      ctx={ctx}
      title={text.homeTitle}
      description={text.homeDescription}
      canonicalPath={sitePaths.feedbackHome()}
      trail={[]}
      withFeed
    >
      <div class="fb-columns">
        <div>
          <h1>{text.homeTitle}</h1>
          <p class="article__lead">{text.homeDescription}</p>
          <nav class="fb-actions" aria-labelledby="fb-actions-title">
            <h2 class="vh" id="fb-actions-title">
              {text.actionsTitle}
            </h2>
            <ul>
              <li>
                <a class="fb-actions__primary" href={sitePaths.feedbackForm()}>
                  {text.toForm}
                </a>
              </li>
              <li>
                <a href={sitePaths.feedbackLookup()}>{text.toLookup}</a>
              </li>
              <li>
                <a href={sitePaths.feedbackAnswers()}>{text.toAnswers}</a>
              </li>
              <li>
                <a href={sitePaths.feedbackStatistics()}>{text.toStatistics}</a>
              </li>
            </ul>
          </nav>
          <section class="block prose" aria-labelledby="fb-what">
            <h2 class="block__title" id="fb-what">
              {text.whatTitle}
            </h2>
            <p>{text.whatPhanAnh}</p>
            <p>{text.whatKienNghi}</p>
            <p>{text.requirements}</p>
            <p>{text.notComplaints}</p>
            <p class="muted">{text.legalBasis}</p>
          </section>
          <section class="block prose" aria-labelledby="fb-how">
            <h2 class="block__title" id="fb-how">
              {text.howTitle}
            </h2>
            <ol class="fb-steps">
              {text.steps(settings.forwardWorkingDays, settings.answerWorkingDays).map((step) => (
                <li>{step}</li>
              ))}
            </ol>
            <p class="muted">{text.workingDaysNote}</p>
          </section>
          <section class="block" aria-labelledby="fb-latest">
            <h2 class="block__title" id="fb-latest">
              {text.latestAnswers}
            </h2>
            {latest.length > 0 ? (
              <AnswerList answers={latest} topics={topics} headingLevel={3} />
            ) : (
              <p>{text.noAnswers}</p>
            )}
            <p class="block__more">
              <a href={sitePaths.feedbackAnswers()}>{text.allAnswers}</a>
            </p>
            <p class="feed-links">
              <a href={sitePaths.feedbackFeed()}>{text.feedLink}</a>
            </p>
          </section>
        </div>
        <TopicNav topics={topics} id="fb-topics-title" />
      </div>
    </FeedbackLayout>
  );
}
