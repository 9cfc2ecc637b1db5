import { raw } from 'hono/html';
import { type FeedbackTopic, feedbackKindLabels, type PublishedFeedback } from '#shared/domain/feedback.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { JsonLd } from '../../components/JsonLd.tsx';
import { PublishedTime } from '../../components/PublishedTime.tsx';
import type { SiteContext } from '../../context.ts';
import { FileList } from '../../gazette/components/FileList.tsx';
import { FeedbackLayout } from '../components/FeedbackLayout.tsx';
import { Paragraphs } from '../components/Paragraphs.tsx';
import { excerpt } from '../format.ts';
import { feedbackLabels as text } from '../i18n.ts';
import { qaPageJsonLd } from '../structured-data.ts';

/**
 * One published question and its answer. The question is the officer's anonymised text; the answer is
 * the agency's, sanitized when it was recorded. Dates are Vietnam time; the working days taken and
 * whether the answer came on time are the agency's accountability, shown beside it.
 */
export function FeedbackAnswerPage({
  ctx,
  answer,
  topic,
}: {
  ctx: SiteContext;
  answer: PublishedFeedback;
  topic?: FeedbackTopic | undefined;
}) {
  const path = sitePaths.feedbackAnswer(answer.code);
  const answersHome = { name: text.answersTitle, path: sitePaths.feedbackAnswers() };
  const trail = topic
    ? [answersHome, { name: topic.nameVi, path: sitePaths.feedbackTopicAnswers(topic.slug) }]
    : [answersHome];
  return (
    <FeedbackLayout
      ctx={ctx}
      title={answer.publicTitle}
      description={excerpt(answer.publicContent, 160)}
      canonicalPath={path}
      trail={trail}
      current={answer.publicTitle}
      head={<JsonLd data={qaPageJsonLd(ctx, answer)} />}
      withFeed
    >
      <article class="article fb-answer">
        <header>
          <p class="article__section">{feedbackKindLabels[answer.kind].vi}</p>
          <h1>{answer.publicTitle}</h1>
        </header>
        {answer.reopened ? (
          <p class="fb-notice" role="note">
            {text.reopenedNotice}
          </p>
        ) : null}
        <section aria-labelledby="fb-question">
          <h2 class="block__title" id="fb-question">
            {text.question}
          </h2>
          <div class="fb-question">
            <Paragraphs text={answer.publicContent} />
          </div>
        </section>
        <section aria-labelledby="fb-answer">
          <h2 class="block__title" id="fb-answer">
            {text.answerBy(answer.agencyName)}
          </h2>
          {/* The answer was sanitized when it was recorded (functions/feedback): the one raw insertion. */}
          <div class="article-body">{raw(answer.answer.html)}</div>
          {answer.answer.attachments.length > 0 ? (
            <>
              <h3>{text.answerFiles}</h3>
              <FileList files={answer.answer.attachments.map((file) => ({ label: file.fileName, file }))} />
            </>
          ) : null}
        </section>
        <section aria-labelledby="fb-details">
          <h2 class="block__title" id="fb-details">
            {text.details}
          </h2>
          <dl class="doc-fields">
            <dt>{text.trackingCode}</dt>
            <dd>
              <span class="fb-code-inline">{answer.code}</span> ·{' '}
              <a href={sitePaths.feedbackTracking(answer.code)}>{text.viewTimeline}</a>
            </dd>
            <dt>{text.kindLabel}</dt>
            <dd>{feedbackKindLabels[answer.kind].vi}</dd>
            <dt>{text.topicLabel}</dt>
            <dd>
              {topic ? (
                <a href={sitePaths.feedbackTopicAnswers(topic.slug)}>{topic.nameVi}</a>
              ) : (
                answer.topicSlug
              )}
            </dd>
            <dt>{text.agencyLabel}</dt>
            <dd>
              <a href={sitePaths.feedbackAgencyAnswers(answer.agencyId)}>{answer.agencyName}</a>
            </dd>
            <dt>{text.receivedOn}</dt>
            <dd>
              <PublishedTime instant={answer.receivedAt} language="vi" />
            </dd>
            <dt>{text.answeredOn}</dt>
            <dd>
              <PublishedTime instant={answer.answer.answeredAt} language="vi" />
            </dd>
            <dt>{text.publishedOn}</dt>
            <dd>
              <PublishedTime instant={answer.firstPublishedAt} language="vi" />
            </dd>
            {answer.publishedAt !== answer.firstPublishedAt ? (
              <>
                <dt>{text.updatedOn}</dt>
                <dd>
                  <PublishedTime instant={answer.publishedAt} language="vi" />
                </dd>
              </>
            ) : null}
            <dt>{text.workingDays}</dt>
            <dd>
              {text.workingDaysValue(answer.workingDaysToAnswer)} ·{' '}
              <span class={answer.answeredOnTime ? 'fb-status fb-status--ok' : 'fb-status fb-status--late'}>
                {answer.answeredOnTime ? text.onTime : text.late}
              </span>
            </dd>
          </dl>
        </section>
      </article>
    </FeedbackLayout>
  );
}
