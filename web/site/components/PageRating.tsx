import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';

/** The widget's words, here so that the component stands alone (any page can render it). */
export const pageRatingLabels = {
  vi: {
    question: 'Thông tin trên trang này có hữu ích với bạn không?',
    useful: 'Hữu ích',
    notUseful: 'Không hữu ích',
    thanks: 'Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp Cổng hoàn thiện thông tin.',
    failed: 'Chưa ghi nhận được đánh giá; vui lòng thử lại sau.',
    backToPage: 'Trở lại trang bạn vừa đọc',
    thanksTitle: 'Cảm ơn bạn đã đánh giá',
  },
  en: {
    question: 'Was the information on this page useful to you?',
    useful: 'Useful',
    notUseful: 'Not useful',
    thanks: 'Thank you for your rating. It helps the portal improve its information.',
    failed: 'Your rating was not recorded; please try again later.',
    backToPage: 'Back to the page you were reading',
    thanksTitle: 'Thank you for your rating',
  },
} as const satisfies Record<Language, Record<string, string>>;

/**
 * "Was this page useful?" — one click, no account. A plain form post (works without JavaScript: the API
 * answers with a thank-you page linking back); the small script (sitePaths.ratingScript) posts it with
 * fetch instead and puts the thanks in the form's place. The page is static, so it never shows counts.
 */
export function PageRating({ language, path }: { language: Language; path: string }) {
  const text = pageRatingLabels[language];
  return (
    <form
      class="page-rating"
      method="post"
      action={sitePaths.ratingApi()}
      data-page-rating=""
      data-thanks={text.thanks}
      data-failed={text.failed}
    >
      <input type="hidden" name="path" value={path} />
      <fieldset>
        <legend>{text.question}</legend>
        <div class="page-rating__answers">
          <button type="submit" name="answer" value="yes" class="page-rating__button">
            {text.useful}
          </button>
          <button type="submit" name="answer" value="no" class="page-rating__button">
            {text.notUseful}
          </button>
        </div>
      </fieldset>
      <p class="page-rating__status" role="status" />
      <script src={sitePaths.ratingScript()} defer />
    </form>
  );
}
