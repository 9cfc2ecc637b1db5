/**
 * The site's one stylesheet, served at sitePaths.stylesheet(). Mobile-first, no framework, system fonts
 * (no web font to download; every system stack here renders Vietnamese diacritics).
 *
 * Contrast (WCAG 2.1 SC 1.4.3, 4.5:1 for text; SC 1.4.11, 3:1 for focus indicators), measured:
 *   ink #1b1b1b / white 17.2 · muted #54595f / white 7.1 · link #0b4f9c / white 8.0, / #f3f4f6 7.3
 *   white / header red #9b1c1c 8.2 · #fde68a / red 6.5 · white / nav navy #16325c 12.8
 *   #d1d9e6 / footer #0f2342 11.0 · focus #0b0c0c on #ffdd00 14.6 · #ffdd00 / red 6.1, / navy 9.5
 */
const css = `
:root {
  --ink: #1b1b1b;
  --muted: #54595f;
  --line: #d8dbe0;
  --soft: #f3f4f6;
  --red: #9b1c1c;
  --red-soft: #fde68a;
  --navy: #16325c;
  --footer: #0f2342;
  --footer-ink: #d1d9e6;
  --link: #0b4f9c;
  --visited: #5a2d82;
  --focus: #ffdd00;
  --focus-ink: #0b0c0c;
  --wrap: 72rem;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  font-size: 1rem;
  line-height: 1.6;
  color: var(--ink);
  background: #fff;
}
img, svg { max-width: 100%; height: auto; }
h1, h2, h3 { line-height: 1.3; margin: 0 0 .5em; }
h1 { font-size: 1.625rem; }
h2 { font-size: 1.25rem; }
h3 { font-size: 1.0625rem; }
p { margin: 0 0 1em; }
a { color: var(--link); text-underline-offset: .15em; }
a:visited { color: var(--visited); }
a:hover { text-decoration-thickness: 2px; }

main:focus { outline: none; }

/* Hidden on screen, read by screen readers. */
.vh {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
/* Skip link: the first focusable element, shown when focused (SC 2.4.1 Bypass Blocks). */
.skip-link { position: absolute; left: -100vw; top: 0; z-index: 10; padding: .5rem 1rem; }
.skip-link:focus, .skip-link:focus-visible { left: .5rem; top: .5rem; background: var(--focus); color: var(--focus-ink); }

.wrap { max-width: var(--wrap); margin: 0 auto; padding: 0 1rem; }

.preview-banner {
  margin: 0; padding: .75rem 1rem; text-align: center; font-weight: 700;
  background: #fff4c2; color: var(--ink); border-bottom: 3px solid #b45309;
}

/* Header band */
.site-header { background: var(--red); color: #fff; }
.site-header a { color: #fff; }
.site-header__inner { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem 1.5rem; padding-top: .75rem; padding-bottom: .75rem; }
.brand { display: flex; align-items: center; gap: .75rem; text-decoration: none; flex: 0 1 auto; margin-right: auto; min-width: 0; }
.brand:visited { color: #fff; }
.brand__emblem { flex: none; width: 3rem; height: 3rem; }
.brand__text { display: flex; flex-direction: column; }
.brand__parent { font-size: .8125rem; color: var(--red-soft); text-transform: uppercase; letter-spacing: .02em; }
.brand__name { font-size: 1.125rem; font-weight: 700; line-height: 1.25; }
.header-tools { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; }
.lang-switch { font-weight: 600; }
.search-form { display: flex; gap: .25rem; max-width: 100%; }
.search-form input[type="search"] {
  min-width: 0; width: 12rem; max-width: 100%; padding: .375rem .5rem; font: inherit;
  border: 2px solid var(--ink); border-radius: 0; color: var(--ink); background: #fff;
}
.search-form button, .button {
  padding: .375rem .875rem; font: inherit; font-weight: 600; cursor: pointer;
  color: #fff; background: var(--navy); border: 2px solid #fff; border-radius: 0;
}
.site-header .search-form button { background: var(--navy); }

/* Main navigation: wraps instead of hiding behind a menu button, so it works without JavaScript
   and at 320 CSS px without horizontal scrolling (SC 1.4.10 Reflow). */
.site-nav { background: var(--navy); }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; }
.site-nav .wrap { padding: 0 .5rem; }
.site-nav a {
  display: block; padding: .375rem .5rem; font-size: .9375rem; color: #fff; text-decoration: none; font-weight: 600;
  border-bottom: 3px solid transparent;
}
.site-nav a:visited { color: #fff; }
.site-nav a:hover { text-decoration: underline; }
.site-nav a[aria-current="page"] { border-bottom-color: var(--focus); }
main { display: block; padding: 1.25rem 0 2.5rem; }

.breadcrumb ol { list-style: none; margin: 0 0 1rem; padding: 0; display: flex; flex-wrap: wrap; font-size: .9375rem; color: var(--muted); }
.breadcrumb li + li::before { content: "›"; padding: 0 .5rem; color: var(--muted); }

/* Blocks and lists */
.block { margin: 0 0 2rem; }
.block__title { font-size: 1.1875rem; padding-bottom: .375rem; border-bottom: 3px solid var(--red); }
.block__title a { color: var(--ink); text-decoration: none; }
.block__title a:hover { text-decoration: underline; }
.block__more { margin: .5rem 0 0; font-weight: 600; }
.card-list { list-style: none; margin: 0; padding: 0; }
.card { display: grid; gap: .25rem .875rem; padding: .75rem 0; border-bottom: 1px solid var(--line); }
.card:last-child { border-bottom: 0; }
.card__title { margin: 0; font-size: 1.0625rem; }
.card__title a { text-decoration: none; color: var(--ink); }
.card__title a:hover { text-decoration: underline; color: var(--link); }
.card__meta { font-size: .875rem; color: var(--muted); margin: 0; }
.card__summary { margin: 0; }
.card__image { display: block; width: 100%; aspect-ratio: 3 / 2; object-fit: cover; background: var(--soft); }
.card--with-image { grid-template-columns: 7.5rem 1fr; }
.card--with-image .card__image { grid-row: span 3; }
.card--lead { grid-template-columns: 1fr; }
.card--lead .card__image { grid-row: auto; }
.card--lead .card__title { font-size: 1.375rem; }
.card--compact .card__title { font-size: 1rem; font-weight: 600; }

.home-top { display: grid; gap: 0 2rem; }
.category-blocks { display: grid; gap: 0 2rem; }
.quick-links ul { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
.quick-links a { display: block; padding: .625rem .75rem; background: var(--soft); border-left: 4px solid var(--red); font-weight: 600; }

.pagination { margin: 1.5rem 0 0; }
.pagination ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .75rem; justify-content: space-between; }
.pagination a { display: inline-block; padding: .5rem .875rem; border: 2px solid var(--link); font-weight: 600; text-decoration: none; }
.pagination a:hover { text-decoration: underline; }

.feed-links { font-size: .9375rem; color: var(--muted); }

/* Article */
.article, .related { max-width: 46rem; }
.article__section { margin: 0 0 .25rem; font-weight: 600; text-transform: uppercase; font-size: .875rem; letter-spacing: .02em; }
.article__meta { color: var(--muted); font-size: .9375rem; margin: 0 0 1rem; }
.article__meta span + span::before { content: " · "; }
.article__lead { font-size: 1.125rem; font-weight: 600; }
.article__figure { margin: 0 0 1.25rem; }
.article__figure img { display: block; width: 100%; }
.article-body { font-size: 1.0625rem; overflow-wrap: break-word; }
.article-body img { height: auto; }
.article-body table { border-collapse: collapse; display: block; overflow-x: auto; }
.article-body th, .article-body td { border: 1px solid var(--line); padding: .375rem .5rem; }
.article-body blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid var(--line); }
.article__author { text-align: right; font-weight: 700; }
.tags { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; margin: 1.5rem 0; }
.tags h2 { font-size: 1rem; margin: 0; }
.tags ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.tags a { display: inline-block; padding: .125rem .625rem; background: var(--soft); border-radius: 1rem; font-size: .9375rem; }
.article-tools { display: flex; flex-wrap: wrap; gap: 1rem; padding: .75rem 0; margin: 1.5rem 0; border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
.article-tools a { font-weight: 600; }
.page-rating { margin: 1.5rem 0; }
.page-rating fieldset { border: 1px solid var(--line); padding: .75rem 1rem; margin: 0; }
.page-rating legend { font-weight: 600; padding: 0 .25rem; }
.page-rating__answers { display: flex; flex-wrap: wrap; gap: .75rem; }
.page-rating__button { font: inherit; min-height: 44px; padding: .4rem 1rem; color: var(--link); background: #fff; border: 2px solid var(--link); border-radius: 4px; cursor: pointer; }
.page-rating__button:hover { background: var(--soft); }
.page-rating__button:disabled { color: var(--muted); border-color: var(--muted); cursor: wait; }
.page-rating__status:empty { display: none; }
.page-rating__thanks { margin: 1.5rem 0; padding: .75rem 1rem; background: var(--soft); border-left: 4px solid var(--link); }

/* Search */
.search-page .search-form { flex-wrap: wrap; margin: 0 0 1rem; }
.search-form__label { flex-basis: 100%; font-weight: 600; }
.search-page .search-form input[type="search"], .prose .search-form input[type="search"] { flex: 1 1 12rem; width: auto; max-width: 32rem; }
.search-page .search-form button { border-color: var(--navy); }
.prose .search-form { flex-wrap: wrap; margin: 0 0 1.5rem; }
.prose .search-form button { border-color: var(--navy); }
.search-layout { display: grid; gap: 1.5rem; }
@media (min-width: 56rem) { .search-layout { grid-template-columns: minmax(0, 1fr) 16rem; } }
.search-hits { list-style: none; margin: 0; padding: 0; }
.search-hit { padding: .75rem 0; border-bottom: 1px solid var(--line); }
.search-hit__title { font-size: 1.125rem; margin: 0 0 .25rem; }
.search-hit__meta, .search-live__meta { color: var(--muted); font-size: .9375rem; margin: 0 0 .25rem; }
.search-hit__snippet { margin: 0; }
.search-hit mark { background: var(--red-soft); color: var(--ink); padding: 0 .0625rem; }
.search-facet h3 { font-size: 1rem; margin: 0 0 .25rem; }
.search-facet ul { list-style: none; margin: 0 0 1rem; padding: 0; }
.search-facet li { padding: .125rem 0; }
.search-filter-remove { display: inline-block; margin-right: .5rem; padding: .125rem .5rem; background: var(--soft); border-radius: 1rem; }
.search-none ul { padding-left: 1.25rem; }
.search-live ul { list-style: none; margin: 0 0 .75rem; padding: 0; }
.search-live li { padding: .375rem 0; border-bottom: 1px solid var(--line); }
.muted { color: var(--muted); }
.print-only { display: none; }

/* Printable version: a plain page, no menus */
.print-header { border-bottom: 2px solid var(--red); padding: .75rem 0; }
.print-header p { margin: 0; }
.print-header__name { color: var(--red); }
.print-footer { border-top: 1px solid var(--line); padding: 1rem 0; font-size: .9375rem; color: var(--muted); }
.print-footer p { margin: 0 0 .25rem; overflow-wrap: anywhere; }

/* Static pages */
.prose { max-width: 46rem; }
.prose h2 { margin-top: 1.75rem; }
.prose ul { padding-left: 1.25rem; }
.contact-list { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
.contact-list dt { font-weight: 600; }
.contact-list dd { margin: 0; }

/* Footer */
.site-footer { background: var(--footer); color: var(--footer-ink); font-size: .9375rem; padding: 1.75rem 0 1rem; }
.site-footer a, .site-footer a:visited { color: #fff; }
.site-footer h2 { font-size: 1rem; color: #fff; margin-bottom: .5rem; }
.footer-grid { display: grid; gap: 1.25rem 2rem; }
.site-footer ul { list-style: none; margin: 0; padding: 0; }
.site-footer li { margin: 0 0 .25rem; }
.site-footer p { margin: 0 0 .375rem; }
.footer-bottom { border-top: 1px solid #3a4d6d; margin-top: 1.25rem; padding-top: .75rem; }

/* Focus that is visible on every background, light or dark (SC 2.4.7; SC 1.4.11 for its contrast):
   black on yellow with a black underline. Last of the plain rules, and qualified by the areas that
   colour their links, so that no link colour overrides it. */
a:focus-visible, a:visited:focus-visible,
.site-header a:focus-visible, .site-nav a:focus-visible, .site-footer a:focus-visible {
  outline: 3px solid transparent;
  background: var(--focus);
  color: var(--focus-ink);
  box-shadow: 0 -2px var(--focus), 0 4px var(--focus-ink);
  text-decoration: none;
}
.site-nav a:focus-visible { box-shadow: inset 0 -4px var(--focus-ink); }
.brand:focus-visible .brand__parent { color: var(--focus-ink); }
input:focus-visible, button:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 0;
  box-shadow: inset 0 0 0 2px var(--focus-ink);
}

/* Wider screens */
@media (min-width: 40rem) {
  h1 { font-size: 2rem; }
  .site-nav a { padding: .625rem .5rem; }
  .card--with-image { grid-template-columns: 10rem 1fr; }
  .category-blocks { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .quick-links ul { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .footer-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
}
@media (min-width: 64rem) {
  .brand__name { font-size: 1.375rem; }
  .brand__emblem { width: 3.5rem; height: 3.5rem; }
  .home-top { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
  .category-blocks { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  .quick-links ul { grid-template-columns: 1fr; }
  .footer-grid { grid-template-columns: 2fr 1fr 1fr; }
  .listing { display: grid; grid-template-columns: minmax(0, 46rem) 1fr; gap: 2rem; }
}

/* Forced colours (Windows high contrast): keep the focus ring and the current-page marker. */
@media (forced-colors: active) {
  a:focus-visible { outline: 3px solid; }
  .site-nav a[aria-current="page"] { border-bottom-color: CanvasText; }
}

/* Print: Decree 224/2026/NĐ-CP asks that every article can be printed; only the article is printed,
   in black on white, with the address of each link written out. */
@media print {
  @page { margin: 1.5cm; }
  body { font-size: 11.5pt; color: #000; background: #fff; }
  .skip-link, .site-nav, .header-tools, .site-footer, .article-tools, .page-rating, .related, .breadcrumb,
  .pagination, .preview-banner, .no-print { display: none !important; }
  .print-only { display: block; }
  .site-header { background: none; color: #000; border-bottom: 1pt solid #000; }
  .site-header a, .brand__parent, .print-header__name, .print-footer { color: #000; }
  a { color: #000; text-decoration: underline; }
  .article-body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .9em; overflow-wrap: anywhere; }
  .article, .prose { max-width: none; }
  h1, h2, h3 { break-after: avoid; }
  img, figure, blockquote, table { break-inside: avoid; }
}

/* Official Gazette and legal documents (web/site/gazette). Colours measured like the ones above:
   #14532d / #e8f5ec 8.9 · #7f1d1d / #fdecec 9.1 · #78350f / #fff8e6 8.6 · borders #6b7280 / white 4.8 */
.gazette-columns { display: grid; gap: 0 2rem; }
.gazette-issue__title { font-size: 1.125rem; font-weight: 600; margin: 0 0 .25rem; }
.gazette-issue__meta { color: var(--muted); font-size: .9375rem; }
.gazette-issue__meta span + span::before { content: " · "; }
.gazette-cta { font-weight: 600; }
.year-links h2 { font-size: 1.0625rem; padding-bottom: .375rem; border-bottom: 3px solid var(--red); }
.year-links ul { list-style: none; margin: 0 0 1.5rem; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.year-links a { display: inline-block; min-width: 5.5rem; padding: .375rem .75rem; border: 2px solid var(--line); text-align: center; font-weight: 600; text-decoration: none; }
.year-links a:hover { text-decoration: underline; }
.year-links a[aria-current="page"] { border-color: var(--ink); border-width: 3px; }

/* Data tables scroll inside their own box on small screens (SC 1.4.10); the box takes focus (SC 2.1.1). */
.table-scroll { overflow-x: auto; margin: 0 0 1.5rem; }
.table-scroll:focus-visible { outline: 3px solid var(--focus); box-shadow: inset 0 0 0 2px var(--focus-ink); }
.data-table { width: 100%; border-collapse: collapse; font-size: .9375rem; }
.data-table caption { caption-side: top; text-align: left; padding: 0 0 .5rem; color: var(--muted); font-style: italic; }
.data-table th, .data-table td { padding: .5rem; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
.data-table thead th { background: var(--soft); border-bottom: 2px solid var(--ink); font-size: .875rem; }
.data-table tbody th { font-weight: 600; }
.data-table .num { text-align: right; }
.data-table--wide { min-width: 46rem; }
.nowrap { white-space: nowrap; }

.doc-status { display: inline-block; padding: 0 .5rem; border: 1px solid currentColor; border-radius: .25rem; font-size: .875rem; font-weight: 600; white-space: nowrap; }
.doc-status--in { color: #14532d; background: #e8f5ec; }
.doc-status--out { color: #7f1d1d; background: #fdecec; }
.doc-status--partly { color: #713f12; background: #fdf3e1; }
.doc-fields__hint { font-size: .875rem; color: #4b5563; }
.relation-list { padding-left: 1.25rem; }
.relation-list li { margin: .25rem 0; }
.legal-value { font-weight: 600; }

/* A legal document: its fields as a two-column list on wide screens, stacked on narrow ones. */
.legal-doc { max-width: 52rem; }
.legal-doc__notice { padding: .5rem .75rem; border-left: 4px solid #b45309; background: #fff8e6; font-weight: 600; }
.doc-fields { display: grid; grid-template-columns: 1fr; margin: 0 0 1.5rem; border-top: 1px solid var(--line); }
.doc-fields dt { font-weight: 600; padding: .5rem 0 0; color: var(--muted); font-size: .9375rem; }
.doc-fields dd { margin: 0; padding: 0 0 .5rem; border-bottom: 1px solid var(--line); }
.doc-fields__abstract { font-size: 1.125rem; font-weight: 600; }

.file-list { list-style: none; margin: 0 0 1rem; padding: 0; }
.file { padding: .75rem 0; border-bottom: 1px solid var(--line); }
.file__link { font-weight: 600; }
.file__meta { font-weight: 400; }
.file__hash { margin: .25rem 0 0; font-size: .875rem; color: var(--muted); }
.file__hash code, .verify-note code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; color: var(--ink); }
.file__hash code { overflow-wrap: anywhere; word-break: break-all; background: var(--soft); padding: .125rem .25rem; }
.verify-note { font-size: .9375rem; color: var(--muted); max-width: 46rem; }
.verify-note code { white-space: nowrap; }

/* Corrections are later records: set apart from the document they correct. */
.corrections { padding: 1rem 1rem .25rem; border-left: 4px solid #b45309; background: #fff8e6; }
.corrections .block__title { border-bottom-color: #b45309; }
.corrections__note { color: #78350f; font-size: .9375rem; }
.correction-list { list-style: none; margin: 0; padding: 0; }
.correction { padding: .5rem 0; border-top: 1px solid #e7c98f; }
.correction h3 { font-size: 1rem; margin: 0 0 .25rem; }

/* Document search: a plain form, one column on phones, three on wide screens. */
.doc-search-page__intro { max-width: 46rem; }
.doc-search fieldset { margin: 0 0 1.5rem; padding: 1rem; border: 1px solid #6b7280; background: var(--soft); }
.doc-search legend { font-weight: 700; padding: 0 .25rem; }
.doc-search__grid { display: grid; gap: .75rem 1rem; }
.doc-search .field label { display: block; font-weight: 600; margin: 0 0 .25rem; }
.field__hint { margin: 0 0 .25rem; font-size: .875rem; color: var(--muted); }
.doc-search input, .doc-search select {
  width: 100%; padding: .375rem .5rem; font: inherit; color: var(--ink); background: #fff;
  border: 2px solid var(--ink); border-radius: 0;
}
.doc-search select:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--focus-ink); }
.doc-search__actions { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; margin-top: 1rem; }
.doc-search .button { border-color: var(--navy); }
.doc-search__count { font-weight: 600; }

@media (min-width: 40rem) {
  .doc-search__grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .doc-search .field--wide { grid-column: 1 / -1; }
  .doc-fields { grid-template-columns: minmax(10rem, max-content) 1fr; }
  .doc-fields dt { padding: .5rem 1rem .5rem 0; border-bottom: 1px solid var(--line); }
  .doc-fields dd { padding: .5rem 0; }
}
@media (min-width: 64rem) {
  .doc-search__grid { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  .gazette-columns { grid-template-columns: minmax(0, 1fr) 14rem; }
}
@media print {
  .doc-search, .year-links { display: none !important; }
  .table-scroll { overflow: visible; }
  .corrections { background: none; border-left: 2pt solid #000; }
  .doc-status { background: none; color: #000; }
}

/* Citizens' feedback (web/site/feedback): GOV.UK's form, error summary and error message patterns.
   Colours measured like the ones above: errors in --red (#9b1c1c / white 8.2) · white / #14532d 9.0 ·
   #14532d / #e8f5ec 8.9 · link #0b4f9c / #fff8e6 7.6 · #78350f / #fff8e6 8.6 */
.fb-columns { display: grid; gap: 0 2rem; }
.fb-actions ul { list-style: none; margin: 0 0 2rem; padding: 0; display: grid; gap: .5rem; }
.fb-actions a { display: block; padding: .625rem .75rem; background: var(--soft); border-left: 4px solid var(--red); font-weight: 600; }
.fb-actions .fb-actions__primary { font-size: 1.125rem; }
.fb-steps li { margin: 0 0 .5rem; }
.fb-topics h2 { font-size: 1.0625rem; padding-bottom: .375rem; border-bottom: 3px solid var(--red); }
.fb-topics ul { list-style: none; margin: 0 0 1.5rem; padding: 0; }
.fb-topics li { border-bottom: 1px solid var(--line); }
.fb-topics a { display: block; padding: .375rem 0; }
.fb-topics a[aria-current="page"] { font-weight: 700; color: var(--ink); }
.fb-meta span + span::before { content: " · "; }
.fb-question { font-size: 1.0625rem; overflow-wrap: break-word; }
.fb-status--ok { color: #14532d; font-weight: 600; }
.fb-status--late { color: var(--red); font-weight: 600; }
.fb-notice { padding: .5rem .75rem; border-left: 4px solid #b45309; background: #fff8e6; color: #78350f; font-weight: 600; }

/* Forms: one column, labels above fields, hints and errors between them. */
.fb-form-page { max-width: 46rem; }
.fb-form__part { margin: 0 0 2rem; }
.field { margin: 0 0 1.5rem; }
.field__label, .fieldset__legend { display: block; font-weight: 700; margin: 0 0 .25rem; }
.field__optional { font-weight: 400; }
.fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
.fieldset__legend { padding: 0; }
.field__hint--strong { color: var(--ink); font-weight: 600; }
.input, .textarea, .select {
  display: block; width: 100%; padding: .375rem .5rem; font: inherit; color: var(--ink); background: #fff;
  border: 2px solid var(--ink); border-radius: 0;
}
.input--medium { max-width: 20rem; }
.input--short { max-width: 10rem; }
.textarea { min-height: 6rem; resize: vertical; }
.select { width: auto; max-width: 100%; }
.file-input { display: block; font: inherit; max-width: 100%; }
.choice { display: flex; align-items: flex-start; gap: .5rem; margin: 0 0 .5rem; }
.choice__input { flex: none; width: 1.5rem; height: 1.5rem; margin: .125rem 0 0; accent-color: var(--navy); }
.choice__label { cursor: pointer; }
.choice__hint { color: var(--muted); }
.radios--inline { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
.field--error { border-left: 5px solid var(--red); padding-left: .75rem; }
.field__error { margin: 0 0 .375rem; color: var(--red); font-weight: 700; }
.field__error-line { display: block; }
.field__error [lang="en"], .error-summary [lang="en"] { font-weight: 400; }
.field--error .input, .field--error .textarea, .field--error .select { border-color: var(--red); }
.error-summary { margin: 0 0 1.5rem; padding: 1rem; border: 5px solid var(--red); }
.error-summary:focus { outline: 3px solid var(--focus); outline-offset: 0; }
.error-summary__title { font-size: 1.25rem; }
.error-summary__list { margin: 0; padding-left: 1.25rem; }
.error-summary__list a, .error-summary__list a:visited { color: var(--red); font-weight: 700; }
.fb-contact-note { font-weight: 600; }
/* The honeypot: off screen, not display:none (some bots skip hidden fields). */
.fb-trap { position: absolute; left: -100vw; width: 1px; height: 1px; overflow: hidden; }
.fb-privacy { padding: 1rem; margin: 0 0 1rem; background: var(--soft); border-left: 4px solid var(--navy); }
.fb-privacy dt, .fb-method dt { font-weight: 700; }
.fb-privacy dd, .fb-method dd { margin: 0 0 .75rem; }
.button--primary { border-color: var(--navy); font-size: 1.0625rem; padding: .5rem 1.25rem; }
.button--warning { background: var(--red); border-color: var(--red); }
.fb-form select:focus-visible, .fb-form textarea:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--focus-ink);
}

/* Tracking: the confirmation, the secret link, the timeline, the sender's forms. */
.fb-receipt { padding: 1.25rem; margin: 0 0 1.5rem; color: #fff; background: #14532d; text-align: center; }
.fb-receipt p { margin: 0 0 .5rem; }
.fb-receipt__label { font-size: 1.125rem; }
.fb-code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 2rem; font-weight: 700; letter-spacing: .12em; overflow-wrap: anywhere; }
.fb-code-inline { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-weight: 700; letter-spacing: .05em; }
.fb-secret { padding: 1rem; margin: 0 0 1.5rem; border: 3px solid #b45309; background: #fff8e6; }
.fb-secret h2 { font-size: 1.125rem; }
.fb-secret__link { overflow-wrap: anywhere; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; }
.fb-done { padding: .75rem 1rem; border-left: 5px solid #14532d; background: #e8f5ec; color: #14532d; font-weight: 600; }
.timeline { list-style: none; margin: 0 0 1rem; padding: 0 0 0 1rem; border-left: 3px solid var(--line); }
.timeline__event { position: relative; padding: 0 0 1rem .5rem; }
.timeline__event::before {
  content: ""; position: absolute; left: calc(-1rem - .375rem - 1.5px); top: .4rem;
  width: .75rem; height: .75rem; border-radius: 50%; background: var(--navy);
}
.timeline__event--declined::before, .timeline__event--rejected::before, .timeline__event--overdue::before { background: var(--red); }
.timeline__time { display: block; font-size: .875rem; color: var(--muted); }
.fb-action { padding: 1rem 0 0; border-top: 1px solid var(--line); }

/* Statistics */
.fb-totals { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .75rem; margin: 0; }
.fb-totals div { padding: .75rem; background: var(--soft); }
.fb-totals dt { font-size: .875rem; color: var(--muted); }
.fb-totals dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
.fb-problem__en { display: block; margin-top: .25rem; font-size: 1.125rem; font-weight: 400; color: var(--muted); }

/* Consultations on drafts (lấy ý kiến dự thảo văn bản) */
.cs-facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1.5rem; }
.cs-facts dt { color: var(--muted); }
.cs-facts dd { margin: 0; }
.cs-notice { padding: .75rem 1rem; background: var(--soft); border-left: 4px solid var(--red); font-weight: 600; }
.cs-chapter__title { display: block; font-size: 1.125rem; }
.cs-article { margin: 0 0 1.5rem; padding: 0 0 1rem; border-bottom: 1px solid var(--line); }
.cs-article:target, .cs-clauses li:target { background: var(--soft); }
.cs-clauses { padding-left: 1.5rem; }
.cs-comments { margin: .75rem 0; padding: .5rem 1rem; background: var(--soft); }
.cs-comments__list { list-style: none; margin: 0; padding: 0; }
.cs-comment { padding: .5rem 0; border-top: 1px solid var(--line); }
.cs-comment__meta { margin: 0; font-size: .875rem; }
.cs-list li { margin: 0 0 .75rem; }
.cs-report { margin: 1.5rem 0; padding: 1rem; border: 2px solid var(--line); }
.cs-form { margin: 2rem 0; max-width: 44rem; }
.cs-follow { margin: 2rem 0; max-width: 44rem; padding: 1rem; border: 1px solid var(--line); }
.cs-section__title { display: block; font-size: 1rem; }
/* The redline: insertions underlined, deletions struck through, so the marks do not rest on colour. */
.cs-redline ins { text-decoration: underline; text-decoration-thickness: 2px; background: #e3f1e6; color: var(--ink); }
.cs-redline del { text-decoration: line-through; text-decoration-thickness: 2px; background: #fbe4e4; color: var(--ink); }
.cs-redline__text { white-space: pre-line; }
.cs-redline__change { margin: 0 0 .5rem; font-size: .875rem; }
.cs-redline__change--inserted, .cs-redline__change--removed, .cs-redline__change--changed { border-left: 4px solid var(--navy); padding-left: .5rem; }
.cs-redline__behind { margin: .5rem 0; padding: .5rem 1rem; background: var(--soft); font-size: .9375rem; }
.cs-redline__behind p { margin: 0; }
.cs-legend { margin: 1rem 0; padding: .75rem 1rem; border: 2px solid var(--line); }
.cs-legend h2 { margin-top: 0; font-size: 1.125rem; }

@media (min-width: 40rem) {
  .fb-totals { grid-template-columns: repeat(4, minmax(0, 1fr)); }
  .fb-actions ul { grid-template-columns: repeat(2, minmax(0, 1fr)); }
}
@media (min-width: 64rem) {
  .fb-columns { grid-template-columns: minmax(0, 1fr) 16rem; }
}
/* Disclosures and public services. */
.dc-list { list-style: none; padding: 0; }
.dc-list > li { padding: .75rem 0; border-bottom: 1px solid var(--line); }
.dc-list h3 { margin: 0 0 .25rem; font-size: 1.125rem; }
.dc-meta { margin: 0; color: var(--muted); font-size: .9375rem; }
.dc-files { padding-left: 1.25rem; }
.dc-years { display: flex; flex-wrap: wrap; gap: .5rem 1rem; padding: 0; list-style: none; }
.ps-groups { list-style: none; padding: 0; display: grid; gap: 1rem; }
.ps-groups > li { padding: .75rem 1rem; border: 2px solid var(--line); }
.ps-groups h2, .ps-groups h3 { margin-top: 0; font-size: 1.125rem; }
@media print {
  .fb-sender-actions, .fb-trap, .page-rating { display: none !important; }
  .fb-receipt { color: #000; background: none; border: 2pt solid #000; }
}
`;

/** Comments and indentation are for the source; the served file drops them. */
const served = (source: string) =>
  `${source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, '\n')
    .trim()}\n`;

// Pure: a function that renders pages but never serves the stylesheet (the public APIs) bundles none of it.
export const siteStylesheet: string = /* @__PURE__ */ served(css);
