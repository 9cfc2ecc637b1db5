import type { PublishedFeedback } from '#shared/domain/feedback.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { absoluteUrl, type SiteContext } from '../context.ts';
import { governmentOrganization } from '../structured-data.ts';
import { htmlToText } from './format.ts';

/**
 * schema.org data for a published answer: a QAPage whose one Question has the agency's answer as its
 * accepted answer. The question has no author: it is published without the sender's name.
 */
export function qaPageJsonLd(ctx: SiteContext, answer: PublishedFeedback) {
  const url = absoluteUrl(ctx, sitePaths.feedbackAnswer(answer.code));
  return {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    url,
    inLanguage: 'vi',
    publisher: governmentOrganization(ctx, 'vi'),
    mainEntity: {
      '@type': 'Question',
      name: answer.publicTitle,
      text: answer.publicContent,
      dateCreated: answer.receivedAt,
      answerCount: 1,
      acceptedAnswer: {
        '@type': 'Answer',
        text: htmlToText(answer.answer.html),
        dateCreated: answer.answer.answeredAt,
        datePublished: answer.firstPublishedAt,
        dateModified: answer.publishedAt,
        url,
        author: { '@type': 'GovernmentOrganization', name: answer.agencyName },
      },
    },
  };
}
