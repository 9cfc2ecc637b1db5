import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Category } from '#shared/domain/directory.ts';
import type { Language } from '#shared/domain/text.ts';
import { labels } from '#web/site/i18n.ts';
import { portal } from '#web/site/portal.ts';
import type { SyntheticArticle } from './content.ts';
import { progress } from './stats.ts';

/**
 * The same corpus built by Hugo, as a yardstick. The site is generated in a temporary directory:
 * content/<language>/<category>/<slug>.md (markdown with JSON front matter; Hugo turns the markdown into
 * HTML, which our build never does: bodies are stored as sanitized HTML), one section per category, and
 * templates with the same elements as ours: head metadata (canonical, hreflang, feed links, Open Graph,
 * JSON-LD), header with the emblem, language switch and search form, section menu, breadcrumb,
 * title/date/lead/cover/body/author/tags/related 5, footer with the portal's details; listings paginated
 * by 20; a print version of every article (a second output format, as we write one); RSS and Atom with
 * the 20 newest, full content, for the home page and every section; Hugo's own sitemaps and robots.txt.
 */

export type HugoResult = {
  version: string;
  files: number;
  htmlPages: number;
  xmlFiles: number;
  aliasRedirects: number;
  otherFiles: number;
  /** Pages we count for the ratio: everything written except alias redirect stubs. */
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  /** CPU (user + system) hugo used, on both cores together. */
  cpuSeconds?: number;
  renderToMemorySeconds: number;
  renderToMemoryCpuSeconds?: number;
  renderToMemoryPagesPerSecond: number;
  articlePageBytes: { mean: number; sample: string };
  contentWriteSeconds: number;
};

export function hugoVersion(): string | undefined {
  const probe = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return undefined;
  return probe.stdout.trim();
}

const stringLabels = (language: Language) =>
  Object.fromEntries(
    Object.entries(labels[language])
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([key, value]) => [key.toLowerCase(), value]),
  );

function config(categories: Category[]) {
  const language = (code: Language, weight: number) => ({
    contentDir: `content/${code}`,
    languageName: code === 'vi' ? 'Tiếng Việt' : 'English',
    languageCode: code,
    weight,
    title: portal.name[code],
    params: {
      l: stringLabels(code),
      shortname: portal.shortName[code],
      province: portal.province[code],
      managingunit: portal.managingUnit[code],
      responsible: portal.responsible[code],
      address: portal.address.display[code],
      licence: portal.licence[code],
      reuse: portal.reuse[code],
      ogLocale: code === 'vi' ? 'vi_VN' : 'en_US',
    },
  });
  return {
    baseURL: 'https://qtp.example.vn/',
    defaultContentLanguage: 'vi',
    defaultContentLanguageInSubdir: false,
    disableKinds: ['taxonomy', 'term'],
    paginate: 20,
    rssLimit: 20,
    enableRobotsTXT: true,
    timeZone: 'Asia/Ho_Chi_Minh',
    params: {
      telephone: portal.telephone.display,
      telhref: portal.telephone.href,
      email: portal.email,
      categories: categories.length,
    },
    mediaTypes: { 'application/atom+xml': { suffixes: ['xml'] } },
    outputFormats: {
      Atom: { mediaType: 'application/atom+xml', baseName: 'atom', isPlainText: false, rel: 'alternate' },
      Print: { mediaType: 'text/html', baseName: 'print', isHTML: true, permalinkable: false },
    },
    outputs: { home: ['HTML', 'RSS', 'Atom'], section: ['HTML', 'RSS', 'Atom'], page: ['HTML', 'Print'] },
    languages: { vi: language('vi', 1), en: language('en', 2) },
    markup: { goldmark: { renderer: { unsafe: false } } },
  };
}

const emblem =
  '<svg class="brand__emblem" viewBox="0 0 64 64" width="48" height="48" aria-hidden="true" focusable="false"><circle cx="32" cy="32" r="30" fill="#c8102e" stroke="#ffd54f" stroke-width="3"/><circle cx="32" cy="32" r="24" fill="none" stroke="#ffd54f" stroke-width="1"/><path fill="#ffd54f" d="M32 13.5l4.35 13.4h14.1l-11.4 8.28 4.35 13.4L32 40.3l-11.4 8.28 4.35-13.4-11.4-8.28h14.1z"/></svg>';

const layouts: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="{{ .Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ block "title" . }}{{ .Title }} | {{ .Site.Params.shortname }}{{ end }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="stylesheet" href="/assets/site.css?v=0123456789">
<link rel="canonical" href="{{ .Permalink }}">
{{ if .IsTranslated }}{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">{{ end }}{{ end }}
{{ $feeds := . }}{{ if .IsPage }}{{ $feeds = .CurrentSection }}{{ end }}
{{ with $feeds.OutputFormats.Get "RSS" }}<link rel="alternate" type="application/rss+xml" title="{{ $.Site.Params.shortname }} — {{ $feeds.Title }}" href="{{ .Permalink }}">{{ end }}
{{ with $feeds.OutputFormats.Get "Atom" }}<link rel="alternate" type="application/atom+xml" title="{{ $.Site.Params.shortname }} — {{ $feeds.Title }}" href="{{ .Permalink }}">{{ end }}
<meta property="og:site_name" content="{{ .Site.Title }}">
<meta property="og:locale" content="{{ .Site.Params.ogLocale }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:url" content="{{ .Permalink }}">
{{ block "head" . }}<meta property="og:type" content="website">{{ end }}
</head>
<body>
<a class="skip-link" href="#main">{{ .Site.Params.l.skiptocontent }}</a>
<header class="site-header">
<div class="wrap site-header__inner">
<a class="brand" href="{{ "/" | relLangURL }}">${emblem}<span class="brand__text"><span class="brand__parent">{{ .Site.Params.province }}</span><span class="brand__name">{{ .Site.Title }}</span></span></a>
<div class="header-tools">
{{ $other := cond (eq .Lang "vi") "en" "vi" }}{{ $switch := cond (eq .Lang "vi") "/en/" "/" }}{{ range .Translations }}{{ $switch = .RelPermalink }}{{ end }}
<a class="lang-switch" href="{{ $switch }}" lang="{{ $other }}" hreflang="{{ $other }}">{{ .Site.Params.l.otherlanguage }}</a>
<form class="search-form" role="search" method="get" action="/api/content/search"><label for="header-search" class="vh">{{ .Site.Params.l.searchlabel }}</label><input type="search" id="header-search" name="q" value="" placeholder="{{ .Site.Params.l.searchplaceholder }}"><input type="hidden" name="lang" value="{{ .Lang }}"><button type="submit">{{ .Site.Params.l.searchbutton }}</button></form>
</div>
</div>
<nav class="site-nav" aria-label="{{ .Site.Params.l.mainnav }}"><div class="wrap"><ul>
<li><a href="{{ "/" | relLangURL }}">{{ .Site.Params.l.home }}</a></li>
{{ range .Site.Sections.ByWeight }}<li><a href="{{ .RelPermalink }}"{{ if eq .Section $.Section }} aria-current="page"{{ end }}>{{ .Title }}</a></li>{{ end }}
<li><a href="{{ "/gioi-thieu/" | relLangURL }}">{{ .Site.Params.l.about }}</a></li>
</ul></div></nav>
</header>
<main id="main" tabindex="-1"><div class="wrap">{{ block "main" . }}{{ end }}</div></main>
<footer class="site-footer"><div class="wrap"><div class="footer-grid">
<section aria-labelledby="footer-info"><h2 id="footer-info">{{ .Site.Title }}</h2>
<p>{{ .Site.Params.l.managingunit }}: {{ .Site.Params.managingunit }}</p>
<p>{{ .Site.Params.l.responsible }}: {{ .Site.Params.responsible }}</p>
<p>{{ .Site.Params.l.address }}: {{ .Site.Params.address }}</p>
<p>{{ .Site.Params.l.telephone }}: <a href="{{ .Site.Params.telhref }}">{{ .Site.Params.telephone }}</a> · {{ .Site.Params.l.email }}: <a href="mailto:{{ .Site.Params.email }}">{{ .Site.Params.email }}</a></p>
<p>{{ .Site.Params.licence }}</p></section>
<nav aria-labelledby="footer-pages"><h2 id="footer-pages">{{ .Site.Params.l.footerinfo }}</h2><ul>
<li><a href="{{ "/gioi-thieu/" | relLangURL }}">{{ .Site.Params.l.about }}</a></li><li><a href="{{ "/co-cau-to-chuc/" | relLangURL }}">Cơ cấu tổ chức</a></li><li><a href="{{ "/lien-he/" | relLangURL }}">Liên hệ</a></li><li><a href="{{ "/lien-ket/" | relLangURL }}">Liên kết</a></li><li><a href="{{ "/tim-kiem/" | relLangURL }}">{{ .Site.Params.l.search }}</a></li><li><a href="{{ "/index.xml" | relLangURL }}">{{ .Site.Params.l.feeds }}</a></li></ul></nav>
<nav aria-labelledby="footer-links"><h2 id="footer-links">{{ .Site.Params.l.footerlinks }}</h2><ul><li><a href="https://chinhphu.vn">Cổng Thông tin điện tử Chính phủ</a></li><li><a href="https://congbao.chinhphu.vn">Công báo Chính phủ</a></li><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li><li><a href="{{ "/lien-ket/" | relLangURL }}">{{ .Site.Params.l.morelinks }}</a></li></ul></nav>
</div>
<div class="footer-bottom"><p>© {{ now.Year }} {{ .Site.Title }}. {{ .Site.Params.reuse }}</p></div>
</div></footer>
</body>
</html>
`,
  'partials/card.html': `{{ $p := .p }}{{ $variant := .variant }}{{ $image := and (ne $variant "compact") $p.Params.cover }}
<li class="card card--{{ $variant }}{{ if and $image (eq $variant "standard") }} card--with-image{{ end }}">
{{ if $image }}{{ with $p.Params.cover }}<img class="card__image" src="/{{ .key }}" srcset="/{{ .key }}-480w.webp 480w, /{{ .key }}-960w.webp 960w, /{{ .key }}-1600w.webp 1600w" sizes="{{ if eq $variant "lead" }}(min-width: 64rem) 40rem, 100vw{{ else }}10rem{{ end }}" alt="{{ .alt }}" width="1600" height="1067"{{ if ne $variant "lead" }} loading="lazy"{{ end }} decoding="async">{{ end }}{{ end }}
{{ if eq .h "h2" }}<h2 class="card__title"><a href="{{ $p.RelPermalink }}">{{ $p.Title }}</a></h2>{{ else }}<h3 class="card__title"><a href="{{ $p.RelPermalink }}">{{ $p.Title }}</a></h3>{{ end }}
<p class="card__meta"><time datetime="{{ $p.Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ $p.Date.Format "02/01/2006" }}</time></p>
{{ if ne $variant "compact" }}<p class="card__summary">{{ $p.Params.summary }}</p>{{ end }}
</li>`,
  '_default/single.html': `{{ define "title" }}{{ .Title }} | {{ .Site.Params.shortname }}{{ end }}
{{ define "head" }}<meta property="og:type" content="article">
<meta property="og:description" content="{{ .Params.summary }}">
{{ with .Params.cover }}<meta property="og:image" content="{{ $.Site.BaseURL }}{{ .key }}-960w.webp"><meta property="og:image:alt" content="{{ .alt }}">{{ end }}
<meta property="article:published_time" content="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">
<meta property="article:modified_time" content="{{ .Lastmod.Format "2006-01-02T15:04:05Z07:00" }}">
<meta property="article:section" content="{{ .CurrentSection.Title }}">
{{ range .Params.tags }}<meta property="article:tag" content="{{ . }}">{{ end }}
{{ $org := dict "@type" "GovernmentOrganization" "name" .Site.Title "url" .Site.Home.Permalink "email" .Site.Params.email "telephone" .Site.Params.telephone "address" (dict "@type" "PostalAddress" "streetAddress" "45 Hùng Vương" "addressLocality" "Đông Hà" "addressRegion" "Quảng Trị" "addressCountry" "VN") "parentOrganization" (dict "@type" "GovernmentOrganization" "name" .Site.Params.province) }}
{{ $ld := dict "@context" "https://schema.org" "@type" "NewsArticle" "headline" .Title "description" .Params.summary "datePublished" .Date "dateModified" .Lastmod "inLanguage" .Lang "articleSection" .CurrentSection.Title "keywords" (delimit .Params.tags ", ") "author" (dict "@type" "Person" "name" .Params.author) "publisher" $org "mainEntityOfPage" (dict "@type" "WebPage" "@id" .Permalink) "url" .Permalink }}
<script type="application/ld+json">{{ $ld | jsonify | safeJS }}</script>{{ end }}
{{ define "main" }}
<nav class="breadcrumb" aria-label="{{ .Site.Params.l.breadcrumb }}"><ol><li><a href="{{ "/" | relLangURL }}">{{ .Site.Params.l.home }}</a></li><li><a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a></li><li aria-current="page">{{ .Title }}</li></ol></nav>
<article class="article">
<header><p class="article__section"><a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a></p>
<h1>{{ .Title }}</h1>
<p class="article__meta"><span>{{ .Site.Params.l.publishedat }} <time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "15:04, 02/01/2006" }}</time></span></p></header>
<p class="article__lead">{{ .Params.summary }}</p>
{{ with .Params.cover }}<figure class="article__figure"><img src="/{{ .key }}" srcset="/{{ .key }}-480w.webp 480w, /{{ .key }}-960w.webp 960w, /{{ .key }}-1600w.webp 1600w" sizes="(min-width: 48rem) 46rem, 100vw" alt="{{ .alt }}" width="1600" height="1067" decoding="async"></figure>{{ end }}
<div class="article-body">{{ .Content }}</div>
<p class="article__author"><span class="vh">{{ .Site.Params.l.author }}: </span>{{ .Params.author }}</p>
{{ with .Params.tags }}<div class="tags"><h2 id="tags-title">{{ $.Site.Params.l.tags }}:</h2><ul aria-labelledby="tags-title">{{ range . }}<li><a href="/api/content/search?q={{ . | urlquery }}&amp;lang={{ $.Lang }}">{{ . }}</a></li>{{ end }}</ul></div>{{ end }}
<nav class="article-tools" aria-label="{{ .Site.Params.l.articletools }}">{{ with .OutputFormats.Get "Print" }}<a href="{{ .RelPermalink }}">{{ $.Site.Params.l.print }}</a>{{ end }}{{ with .CurrentSection.OutputFormats.Get "RSS" }}<a href="{{ .RelPermalink }}">{{ $.Site.Params.l.rss }}: {{ $.CurrentSection.Title }}</a>{{ end }}</nav>
</article>
{{ $related := first 5 (where (first 6 .CurrentSection.RegularPages) "Permalink" "ne" .Permalink) }}
{{ with $related }}<section class="related block" aria-labelledby="related-title"><h2 class="block__title" id="related-title">{{ $.Site.Params.l.related }}</h2><ul class="card-list">{{ range . }}{{ partial "card.html" (dict "p" . "h" "h3" "variant" "standard") }}{{ end }}</ul></section>{{ end }}
{{ end }}
`,
  '_default/single.print.html': `<!doctype html>
<html lang="{{ .Lang }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Site.Params.l.printversion }}: {{ .Title }} | {{ .Site.Params.shortname }}</title>
<link rel="stylesheet" href="/assets/site.css?v=0123456789"><link rel="canonical" href="{{ .Permalink }}"></head>
<body class="print-page"><a class="skip-link" href="#main">{{ .Site.Params.l.skiptocontent }}</a>
<header class="print-header"><div class="wrap"><p class="print-header__name"><strong>{{ .Site.Title }}</strong> · {{ .Site.Params.province }}</p><p class="no-print"><a href="{{ .RelPermalink }}">{{ .Site.Params.l.backtoarticle }}</a></p></div></header>
<main id="main" tabindex="-1"><div class="wrap"><article class="article">
<p class="article__section">{{ .CurrentSection.Title }}</p><h1>{{ .Title }}</h1>
<p class="article__meta"><span>{{ .Site.Params.l.publishedat }} <time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "15:04, 02/01/2006" }}</time></span></p>
<p class="article__lead">{{ .Params.summary }}</p>
{{ with .Params.cover }}<figure class="article__figure"><img src="/{{ .key }}" alt="{{ .alt }}" width="1600" height="1067"></figure>{{ end }}
<div class="article-body">{{ .Content }}</div>
<p class="article__author">{{ .Params.author }}</p>
<p class="print-source">{{ .Site.Params.l.printsource }}: {{ .Permalink }}</p>
</article></div></main></body></html>
`,
  '_default/list.html': `{{ define "title" }}{{ .Title }}{{ if gt .Paginator.PageNumber 1 }} — {{ .Site.Params.l.pagination }} {{ .Paginator.PageNumber }}{{ end }} | {{ .Site.Params.shortname }}{{ end }}
{{ define "main" }}
<nav class="breadcrumb" aria-label="{{ .Site.Params.l.breadcrumb }}"><ol><li><a href="{{ "/" | relLangURL }}">{{ .Site.Params.l.home }}</a></li><li aria-current="page">{{ .Title }}</li></ol></nav>
<div class="listing"><div>
<h1>{{ .Title }}{{ if gt .Paginator.PageNumber 1 }} — {{ .Paginator.PageNumber }}{{ end }}</h1>
{{ with .Description }}<p class="article__lead">{{ . }}</p>{{ end }}
<ul class="card-list">{{ range .Paginator.Pages }}{{ partial "card.html" (dict "p" . "h" "h2" "variant" "standard") }}{{ end }}</ul>
{{ if or .Paginator.HasPrev .Paginator.HasNext }}<nav class="pagination" aria-label="{{ .Site.Params.l.pagination }}"><ul>
{{ with .Paginator.Prev }}<li><a href="{{ .URL }}" rel="prev"><span aria-hidden="true">← </span>{{ $.Site.Params.l.newer }}</a></li>{{ end }}
{{ with .Paginator.Next }}<li><a href="{{ .URL }}" rel="next">{{ $.Site.Params.l.older }}<span aria-hidden="true"> →</span></a></li>{{ end }}
</ul></nav>{{ end }}
</div>
<aside aria-label="{{ .Site.Params.l.feeds }}"><p class="feed-links">{{ .Site.Params.l.feeds }}: {{ with .OutputFormats.Get "RSS" }}<a href="{{ .RelPermalink }}">RSS</a>{{ end }} · {{ with .OutputFormats.Get "Atom" }}<a href="{{ .RelPermalink }}">Atom</a>{{ end }}</p></aside>
</div>
{{ end }}
`,
  'index.html': `{{ define "title" }}{{ .Site.Title }}{{ end }}
{{ define "head" }}<meta property="og:type" content="website">
{{ $ld := dict "@context" "https://schema.org" "@type" "GovernmentOrganization" "name" .Site.Title "url" .Permalink "email" .Site.Params.email "telephone" .Site.Params.telephone "address" (dict "@type" "PostalAddress" "streetAddress" "45 Hùng Vương" "addressLocality" "Đông Hà" "addressRegion" "Quảng Trị" "addressCountry" "VN") "parentOrganization" (dict "@type" "GovernmentOrganization" "name" .Site.Params.province) }}
<script type="application/ld+json">{{ $ld | jsonify | safeJS }}</script>{{ end }}
{{ define "main" }}
<h1 class="vh">{{ .Site.Title }}</h1>
<div class="home-top">
<section class="block" aria-labelledby="home-latest"><h2 class="block__title" id="home-latest">{{ .Site.Params.l.latest }}</h2>
<ul class="card-list">{{ range $i, $p := first 10 .Site.RegularPages }}{{ partial "card.html" (dict "p" $p "h" "h3" "variant" (cond (eq $i 0) "lead" "compact")) }}{{ end }}</ul>
<p class="feed-links">{{ .Site.Params.l.feeds }}: {{ with .OutputFormats.Get "RSS" }}<a href="{{ .RelPermalink }}">RSS</a>{{ end }} · {{ with .OutputFormats.Get "Atom" }}<a href="{{ .RelPermalink }}">Atom</a>{{ end }}</p></section>
<div><section class="block" aria-labelledby="home-leadership"><h2 class="block__title" id="home-leadership">{{ .Site.Params.l.leadership }}</h2>
<ul class="card-list">{{ with .Site.GetPage "/chi-dao-dieu-hanh" }}{{ range first 4 .RegularPages }}{{ partial "card.html" (dict "p" . "h" "h3" "variant" "compact") }}{{ end }}{{ end }}</ul></section>
<section class="block quick-links" aria-labelledby="home-quick-links"><h2 class="block__title" id="home-quick-links">{{ .Site.Params.l.quicklinks }}</h2><ul><li><a href="https://chinhphu.vn">Cổng Thông tin điện tử Chính phủ</a></li><li><a href="https://congbao.chinhphu.vn">Công báo Chính phủ</a></li><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li><li><a href="{{ "/lien-he/" | relLangURL }}">Liên hệ</a></li></ul></section></div>
</div>
<div class="category-blocks">{{ range .Site.Sections.ByWeight }}{{ if and (gt (len .RegularPages) 0) (ne .Section "chi-dao-dieu-hanh") }}
<section class="block" aria-labelledby="home-cat-{{ .Section }}"><h2 class="block__title" id="home-cat-{{ .Section }}"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<ul class="card-list">{{ range first 4 .RegularPages }}{{ partial "card.html" (dict "p" . "h" "h3" "variant" "compact") }}{{ end }}</ul></section>{{ end }}{{ end }}</div>
{{ end }}
`,
  '_default/rss.xml': `{{- $pages := .RegularPages -}}{{- if .IsHome }}{{ $pages = .Site.RegularPages }}{{ end -}}
{{- printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{{ .Site.Title }} — {{ if .IsHome }}{{ .Site.Params.l.latest }}{{ else }}{{ .Title }}{{ end }}</title>
<link>{{ .Permalink }}</link>
<description>{{ with .Description }}{{ . }}{{ else }}{{ .Site.Params.managingunit }}{{ end }}</description>
<language>{{ .Lang }}</language>
<copyright>{{ .Site.Params.reuse }}</copyright>
{{ with .OutputFormats.Get "RSS" }}<atom:link href="{{ .Permalink }}" rel="self" type="application/rss+xml"/>{{ end }}
{{ range first 20 $pages }}<item>
<title><![CDATA[{{ .Title }}]]></title>
<link>{{ .Permalink }}</link>
<guid>{{ .Permalink }}</guid>
<pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" }}</pubDate>
<description><![CDATA[{{ .Params.summary }}]]></description>
<content:encoded><![CDATA[{{ .Content }}]]></content:encoded>
<category>{{ .CurrentSection.Title }}</category>
{{ with .Params.cover }}<enclosure url="{{ $.Site.BaseURL }}{{ .key }}-960w.webp" length="0" type="image/webp"/>{{ end }}
</item>
{{ end }}</channel>
</rss>
`,
  '_default/list.atom.xml': `{{- $pages := .RegularPages -}}{{- if .IsHome }}{{ $pages = .Site.RegularPages }}{{ end -}}
{{- printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{{ .Lang }}">
<id>{{ .Permalink }}</id>
<title>{{ .Site.Title }} — {{ if .IsHome }}{{ .Site.Params.l.latest }}{{ else }}{{ .Title }}{{ end }}</title>
<updated>{{ now.Format "2006-01-02T15:04:05Z07:00" }}</updated>
<link rel="alternate" href="{{ .Permalink }}"/>
<author><name>{{ .Site.Title }}</name><email>{{ .Site.Params.email }}</email></author>
<rights>{{ .Site.Params.reuse }}</rights>
{{ range first 20 $pages }}<entry>
<title type="html"><![CDATA[{{ .Title }}]]></title>
<id>{{ .Permalink }}</id>
<link href="{{ .Permalink }}"/>
<updated>{{ .Lastmod.Format "2006-01-02T15:04:05Z07:00" }}</updated>
<published>{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}</published>
<summary type="html"><![CDATA[{{ .Params.summary }}]]></summary>
<content type="html"><![CDATA[{{ .Content }}]]></content>
<author><name>{{ .Params.author }}</name></author>
<category term="{{ .Section }}" label="{{ .CurrentSection.Title }}"/>
</entry>
{{ end }}</feed>
`,
  '404.html': `{{ define "main" }}<h1>{{ .Site.Params.l.notfoundtitle }}</h1><p><a href="{{ "/" | relLangURL }}">{{ .Site.Params.l.home }}</a></p>{{ end }}
`,
};

const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Our bodies use <p>, <h2>, <ul><li> only: the same content as markdown. */
export function markdownOf(bodyHtml: string): string {
  const blocks: string[] = [];
  for (const match of bodyHtml.matchAll(/<(p|h2|ul)>([\s\S]*?)<\/\1>/g)) {
    const [, tag, inner = ''] = match;
    if (tag === 'p') blocks.push(decodeEntities(inner));
    else if (tag === 'h2') blocks.push(`## ${decodeEntities(inner)}`);
    else
      blocks.push(
        [...inner.matchAll(/<li>([\s\S]*?)<\/li>/g)]
          .map((item) => `- ${decodeEntities(item[1] ?? '')}`)
          .join('\n'),
      );
  }
  return `${blocks.join('\n\n')}\n`;
}

function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Writes the Hugo site for `articles` under `dir`. */
export function writeHugoSite(dir: string, articles: SyntheticArticle[], categories: Category[]): void {
  rmSync(dir, { recursive: true, force: true });
  write(join(dir, 'config.json'), JSON.stringify(config(categories), null, 2));
  for (const [name, text] of Object.entries(layouts)) write(join(dir, 'layouts', name), text);
  for (const category of categories) {
    for (const language of ['vi', 'en'] as const) {
      write(
        join(dir, 'content', language, category.slug, '_index.md'),
        `${JSON.stringify({
          title: language === 'vi' ? category.nameVi : category.nameEn,
          description: language === 'vi' ? category.descriptionVi : '',
          weight: category.order,
        })}\n`,
      );
    }
  }
  for (const article of articles) {
    const frontMatter = {
      title: article.title,
      date: article.firstPublishedAt,
      slug: article.slug,
      summary: article.summary,
      tags: article.tags,
      author: article.author.name,
      translationKey: article.translationOf
        ? [article.id, article.translationOf].sort().join('-')
        : article.id,
      ...(article.coverImage ? { cover: { key: article.coverImage.key, alt: article.coverImage.alt } } : {}),
    };
    write(
      join(dir, 'content', article.language, article.categorySlug, `${article.slug}.md`),
      `${JSON.stringify(frontMatter, null, 1)}\n\n${markdownOf(article.bodyHtml)}`,
    );
  }
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  return files;
}

/**
 * Runs hugo and returns its wall time and CPU time. bash's `times` builtin reports the CPU its children
 * used (user and system), which on a shared machine says more than the wall clock alone.
 */
function runHugo(args: string[], stderrFile: string): { seconds: number; cpuSeconds?: number } {
  const start = performance.now();
  const result = spawnSync(
    'bash',
    ['-c', 'hugo "$@" >/dev/null 2>"$HUGO_STDERR_FILE"; status=$?; times; exit $status', 'hugo', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, HUGO_STDERR_FILE: stderrFile },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - start) / 1000;
  if (result.error || result.status !== 0) {
    let stderr = '';
    try {
      stderr = readFileSync(stderrFile, 'utf8');
    } catch {
      // no stderr captured
    }
    throw new Error(
      `hugo ${args.join(' ')} failed (${result.status}): ${stderr || result.stdout || result.error}`,
    );
  }
  // `times` prints two lines: the shell's user/system time, then its children's ("0m7.148s 0m0.335s").
  const childLine = result.stdout.trim().split('\n').at(-1) ?? '';
  const parts = [...childLine.matchAll(/(\d+)m([\d.]+)s/g)].map(
    (match) => Number(match[1]) * 60 + Number(match[2]),
  );
  return { seconds, ...(parts.length === 2 ? { cpuSeconds: (parts[0] ?? 0) + (parts[1] ?? 0) } : {}) };
}

/** Generates the site, builds it to disk once and to memory once, and counts what it wrote. */
export function buildWithHugo(
  siteDir: string,
  articles: SyntheticArticle[],
  categories: Category[],
): HugoResult {
  const dir = resolve(siteDir);
  const version = hugoVersion() ?? 'unknown';
  const writeStart = performance.now();
  writeHugoSite(dir, articles, categories);
  const contentWriteSeconds = (performance.now() - writeStart) / 1000;
  progress(
    `  hugo: site written (${articles.length} markdown files, ${contentWriteSeconds.toFixed(1)} s); building to disk…`,
  );
  const common = ['--quiet', '--source', dir, '--cacheDir', join(dir, '.cache')];
  const stderrFile = join(dir, 'hugo-stderr.txt');
  const disk = runHugo([...common, '--destination', join(dir, 'public')], stderrFile);
  const seconds = disk.seconds;
  progress(`  hugo: built to disk in ${seconds.toFixed(1)} s; building to memory…`);
  const memory = runHugo([...common, '--renderToMemory'], stderrFile);
  const renderToMemorySeconds = memory.seconds;

  let htmlPages = 0;
  let xmlFiles = 0;
  let aliasRedirects = 0;
  let otherFiles = 0;
  let articleBytes = 0;
  let articleCount = 0;
  let sample = '';
  const articlePaths = new Set(
    articles.map(
      (article) =>
        `${article.language === 'en' ? 'en/' : ''}${article.categorySlug}/${article.slug}/index.html`,
    ),
  );
  const publicDir = join(dir, 'public');
  for (const file of walk(publicDir)) {
    const relative = file.slice(publicDir.length + 1);
    if (file.endsWith('.html')) {
      const size = statSync(file).size;
      if (size < 1024 && readFileSync(file, 'utf8').includes('http-equiv="refresh"')) {
        aliasRedirects += 1;
        continue;
      }
      htmlPages += 1;
      if (articlePaths.has(relative)) {
        articleBytes += size;
        articleCount += 1;
        sample ||= relative;
      }
    } else if (file.endsWith('.xml')) xmlFiles += 1;
    else otherFiles += 1;
  }
  const files = htmlPages + xmlFiles + aliasRedirects + otherFiles;
  const pages = files - aliasRedirects;
  return {
    version,
    files,
    htmlPages,
    xmlFiles,
    aliasRedirects,
    otherFiles,
    pages,
    seconds,
    pagesPerSecond: pages / seconds,
    ...(disk.cpuSeconds !== undefined ? { cpuSeconds: disk.cpuSeconds } : {}),
    renderToMemorySeconds,
    ...(memory.cpuSeconds !== undefined ? { renderToMemoryCpuSeconds: memory.cpuSeconds } : {}),
    renderToMemoryPagesPerSecond: pages / renderToMemorySeconds,
    articlePageBytes: { mean: articleCount ? Math.round(articleBytes / articleCount) : 0, sample },
    contentWriteSeconds,
  };
}
