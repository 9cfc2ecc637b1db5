import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { Layout } from '../components/Layout.tsx';
import { pageRatingLabels } from '../components/PageRating.tsx';
import type { SiteContext } from '../context.ts';
import { otherLanguage } from '../i18n.ts';
import { portal } from '../portal.ts';

export type RatingAnswerModel =
  | { kind: 'thanks'; language: Language; backPath: string }
  | {
      kind: 'problem';
      language: Language;
      /** Where to go back to, when the post named a valid page. */
      backPath?: string | undefined;
      status: number;
      title: string;
      titleEn: string;
      errors: { message: string; messageEn: string }[];
    };

/**
 * What a browser gets after rating a page with JavaScript off: thanks and a link back to the page, or the
 * problem (Vietnamese, English below). Never indexed; the API answers it, the publisher never writes it.
 */
export function RatingAnswerPage({ ctx, model }: { ctx: SiteContext; model: RatingAnswerModel }) {
  const { language } = model;
  const text = pageRatingLabels[language];
  const back = model.backPath ?? sitePaths.home(language);
  const title = model.kind === 'thanks' ? text.thanksTitle : language === 'en' ? model.titleEn : model.title;
  return (
    <Layout
      ctx={ctx}
      language={language}
      title={`${title} | ${portal.shortName[language]}`}
      alternatePath={sitePaths.home(otherLanguage(language))}
      noindex
      links={{}}
    >
      <div class="prose page-rating-answer">
        {model.kind === 'thanks' ? (
          <>
            <h1>{text.thanksTitle}</h1>
            <p>{text.thanks}</p>
          </>
        ) : (
          <>
            <h1>
              {model.title}{' '}
              <span lang="en" class="page-rating-answer__en">
                {model.titleEn}
              </span>
            </h1>
            {model.errors.length > 0 ? (
              <ul>
                {model.errors.map((error) => (
                  <li>
                    {error.message} <span lang="en">{error.messageEn}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
        <p>
          <a href={back}>{text.backToPage}</a>
        </p>
      </div>
    </Layout>
  );
}
