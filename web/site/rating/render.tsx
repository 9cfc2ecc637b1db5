import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { Layout } from '../components/Layout.tsx';
import { pageRatingText } from '../components/PageRating.tsx';
import type { SiteContext } from '../context.ts';
import { renderDocument } from '../html.ts';
import { portal } from '../portal.ts';

/** What a browser without JavaScript gets after rating a page (or when the rating was refused). */
const text = {
  vi: { back: 'Quay lại trang đã xem', refused: 'Chưa ghi nhận được đánh giá' },
  en: { back: 'Back to the page', refused: 'The rating was not recorded' },
} as const;

export function renderRatingAnswer(
  ctx: SiteContext,
  answer: { language: Language; backPath?: string | undefined; problem?: string | undefined },
): string {
  const { language } = answer;
  const title = answer.problem ? text[language].refused : pageRatingText[language].thanks;
  return renderDocument(
    <Layout
      ctx={ctx}
      language={language}
      title={`${title} | ${portal.shortName[language]}`}
      alternatePath={sitePaths.home(language === 'vi' ? 'en' : 'vi')}
      noindex
      links={{}}
    >
      <h1>{title}</h1>
      {answer.problem ? <p>{answer.problem}</p> : null}
      <p>
        <a href={answer.backPath ?? sitePaths.home(language)}>{text[language].back}</a>
      </p>
    </Layout>,
  );
}
