/**
 * The rating widget's progressive enhancement (components/PageRating.tsx), served as a file (the CSP runs
 * no inline script). It posts the form's answer with fetch as JSON and puts the thanks in the form's place;
 * on a refusal it shows the problem's title in the page's language. Without it the form posts as a page.
 */
export function ratingScript(): string {
  return `(function () {
  'use strict';
  var forms = document.querySelectorAll('form[data-page-rating]');
  Array.prototype.forEach.call(forms, function (form) {
    if (form.getAttribute('data-enhanced') === '1') return;
    form.setAttribute('data-enhanced', '1');
    var status = form.querySelector('.page-rating__status');
    form.addEventListener('submit', function (event) {
      var button = event.submitter;
      if (!button || !window.fetch) return;
      event.preventDefault();
      var buttons = form.querySelectorAll('button');
      Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
      var path = form.querySelector('input[name="path"]').value;
      fetch(form.getAttribute('action'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ path: path, answer: button.value })
      }).then(function (response) {
        if (response.ok) {
          var thanks = document.createElement('p');
          thanks.className = 'page-rating__thanks';
          thanks.setAttribute('role', 'status');
          thanks.setAttribute('tabindex', '-1');
          thanks.textContent = form.getAttribute('data-thanks');
          form.replaceWith(thanks);
          thanks.focus();
          return;
        }
        return response.json().then(function (problem) {
          var english = document.documentElement.lang === 'en';
          status.textContent = (english ? problem.titleEn : problem.title) || form.getAttribute('data-failed');
        });
      }).catch(function () {
        status.textContent = form.getAttribute('data-failed');
      }).then(function () {
        Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
      });
    });
  });
})();
`;
}
