import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';

/**
 * "Was this page useful?": one form with two submit buttons, posted to the rating API with the page's path.
 * Without JavaScript the API answers a thank-you page linking back; with it, /assets/danh-gia.js posts the
 * same fields and shows the thanks in place. No account, nothing about the reader is sent but the answer.
 * One component for article, static and managed pages alike.
 */
export const pageRatingText = {
  vi: {
    question: 'Thông tin trên trang này có hữu ích với bạn không?',
    useful: 'Hữu ích',
    notUseful: 'Không hữu ích',
    thanks: 'Cảm ơn bạn đã đánh giá.',
  },
  en: {
    question: 'Was the information on this page useful?',
    useful: 'Useful',
    notUseful: 'Not useful',
    thanks: 'Thank you for your rating.',
  },
} as const;

export function PageRating({ language, path }: { language: Language; path: string }) {
  const text = pageRatingText[language];
  return (
    <>
      <form
        class="page-rating"
        id="danh-gia"
        method="post"
        action={sitePaths.pageRatingApi()}
        data-thanks={text.thanks}
      >
        <input type="hidden" name="page" value={path} />
        <fieldset>
          <legend>{text.question}</legend>
          <div class="page-rating__buttons">
            <button class="button" type="submit" name="useful" value="yes">
              {text.useful}
            </button>
            <button class="button" type="submit" name="useful" value="no">
              {text.notUseful}
            </button>
          </div>
        </fieldset>
      </form>
      <script src={sitePaths.pageRatingScript()} defer />
    </>
  );
}

/**
 * The widget's enhancement: posts the form's fields as JSON and puts the thanks in the form's place (a live
 * region, so a screen reader says it). If anything fails the browser posts the form itself. No inline script:
 * the CSP allows 'self' only.
 */
export const pageRatingScript = `(function () {
  'use strict';
  var form = document.getElementById('danh-gia');
  if (!form || !window.fetch) return;
  var chosen = null;
  form.addEventListener('click', function (event) {
    if (event.target && event.target.name === 'useful') chosen = event.target.value;
  });
  form.addEventListener('submit', function (event) {
    if (!chosen) return;
    event.preventDefault();
    var body = JSON.stringify({ page: form.elements.page.value, useful: chosen });
    fetch(form.action, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: body
    }).then(function (response) {
      if (!response.ok && response.status !== 429) throw new Error('rating refused');
      var thanks = document.createElement('p');
      thanks.className = 'page-rating__thanks';
      thanks.setAttribute('role', 'status');
      thanks.textContent = form.getAttribute('data-thanks');
      form.replaceChildren(thanks);
    }).catch(function () {
      var field = document.createElement('input');
      field.type = 'hidden';
      field.name = 'useful';
      field.value = chosen;
      form.appendChild(field);
      form.submit();
    });
  });
})();
`;
