import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugSchema, text } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { normalizeDeep, normalizeText, slugify } from '#shared/text/vietnamese.ts';
import { sampleArticles, sampleCategory, sampleContext } from '#web/site/fixtures.ts';
import { escapeXml } from '#web/site/html.ts';
import {
  renderArticlePage,
  renderAtomFeed,
  renderRssFeed,
  renderSitemapIndex,
  renderSitemapMonth,
} from '#web/site/render.ts';
import { hostileFragment, hostileText } from '../support/hostile-text.ts';
import { check } from '../support/properties.ts';
import { feedItemTitle, firstTextOf, htmlProblem, xmlProblem } from '../support/well-formed.ts';

/**
 * Properties of the text utilities and of the renderer's output, over arbitrary Unicode: any code point
 * (astral planes, lone surrogates, controls), grapheme clusters, and the hostile pieces that broke the
 * portal before (test/support/hostile-text.ts). Seeded (test/support/properties.ts).
 */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  hostileText({ maxLength: 120 }),
  fc.array(hostileFragment, { maxLength: 20 }).map((parts) => parts.join('')),
);

// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls normalizeText must remove.
const CONTROLS = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const XML_CHARACTERS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
/** A text as a reader gets it back: what no document may hold removed, the rest as stored. */
const readable = (value: string) =>
  value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

describe('normalizeText, the one normalisation of text at the boundary', () => {
  it('gives NFC text with no control characters but tab and line feed, no lone surrogates, idempotently', () => {
    check(
      'normalizeText',
      fc.property(anyText, (value) => {
        const normalized = normalizeText(value);
        expect(normalizeText(normalized)).toBe(normalized);
        expect(normalized.normalize('NFC')).toBe(normalized);
        expect(normalized).toMatch(XML_CHARACTERS);
        expect(normalized).not.toMatch(CONTROLS);
      }),
      400,
    );
  });

  it('keeps every character a person types: text without controls only changes to NFC', () => {
    check(
      'normalizeText keeps text',
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (value) => {
        const typed = [...value].filter((unit) => !CONTROLS.test(unit)).join('');
        expect(normalizeText(typed)).toBe(typed.normalize('NFC'));
      }),
      300,
    );
    expect(normalizeText('Dòng 1\r\nDòng 2\rDòng 3')).toBe('Dòng 1\nDòng 2\nDòng 3');
  });

  it('reaches every string of a JSON value, keys included', () => {
    check(
      'normalizeDeep',
      fc.property(fc.jsonValue({ maxDepth: 3 }), anyText, (value, extra) => {
        const normalized = normalizeDeep({ [extra]: value, list: [extra, { extra }] });
        JSON.stringify(normalized, (_key, entry: unknown) => {
          if (typeof entry === 'string') expect(normalizeText(entry)).toBe(entry);
          return entry;
        });
        for (const key of Object.keys(normalized)) expect(normalizeText(key)).toBe(key);
      }),
      200,
    );
  });

  it('is what text() stores: within its bounds once normalized and trimmed, and stable on a second parse', () => {
    const title = text({ min: 5, max: 250 });
    check(
      'text()',
      fc.property(anyText, (value) => {
        const parsed = title.safeParse(value);
        if (!parsed.success) return;
        expect(parsed.data).toBe(normalizeText(value).trim());
        expect(parsed.data.length).toBeGreaterThanOrEqual(5);
        expect(title.parse(parsed.data)).toBe(parsed.data);
      }),
      300,
    );
  });
});

describe('slugify, a total function onto the slug alphabet', () => {
  it('gives a valid slug or nothing, for any text and any length limit', () => {
    check(
      'slugify',
      fc.property(anyText, fc.integer({ min: 1, max: 100 }), (value, maxLength) => {
        const slug = slugify(value, maxLength);
        expect(slug.length).toBeLessThanOrEqual(maxLength);
        if (slug !== '') expect(slugSchema.safeParse(slug).success, JSON.stringify(slug)).toBe(true);
      }),
      500,
    );
  });

  it('gives the same slug whichever form the text was typed in', () => {
    check(
      'slugify forms',
      fc.property(anyText, (value) => {
        expect(slugify(value.normalize('NFD'))).toBe(slugify(value.normalize('NFC')));
      }),
      300,
    );
  });

  it('turns the titles that once broke articles into readable slugs', () => {
    expect(slugify('Diện tích 5 km²')).toBe('dien-tich-5-km2');
    expect(slugify('½ dân số')).toBe('1-2-dan-so');
    expect(slugify('Chương Ⅻ')).toBe('chuong-xii');
    expect(slugify('Ｑｕａｎｇ Ｔｒｉ')).toBe('quang-tri');
    expect(slugify('Ðông Hà')).toBe('dong-ha');
    expect(slugify('Đông Hà')).toBe('dong-ha');
    expect(slugify('Tin\u0000 nóng\b\u001b')).toBe('tin-nong');
    expect(slugify('中文标题')).toBe('');
  });
});

describe('the renderer, whatever the store holds', () => {
  // Not normalized on purpose: the renderer's guarantee must not depend on the API's.
  const [article] = sampleArticles;
  if (!article) throw new Error('the site fixtures have no article');

  it('writes RSS and Atom feeds that parse as XML, with the title read back as stored', () => {
    check(
      'feeds',
      fc.property(anyText, anyText, anyText, anyText, (title, summary, body, categoryName) => {
        const category = { ...sampleCategory(article.categorySlug), nameVi: categoryName };
        const articles = [
          { ...article, title, summary, bodyHtml: `<p>${body}</p>`, authorName: categoryName },
        ];
        const url = `${sampleContext.baseUrl}${sitePaths.article(article.language, article.slug)}`;
        for (const feed of [
          renderRssFeed(sampleContext, article.language, category, articles),
          renderAtomFeed(sampleContext, article.language, category, articles),
          renderRssFeed(sampleContext, article.language, undefined, articles),
        ]) {
          expect(xmlProblem(feed)).toBeUndefined();
          expect(feedItemTitle(feed, url)).toBe(readable(title));
        }
      }),
      200,
    );
  });

  it('writes sitemaps that parse as XML whatever the paths and dates hold', () => {
    check(
      'sitemaps',
      fc.property(anyText, anyText, (path, date) => {
        expect(
          xmlProblem(renderSitemapIndex(sampleContext, [{ month: path, lastModified: date }])),
        ).toBeUndefined();
        expect(
          xmlProblem(
            renderSitemapMonth(sampleContext, [
              { path: `/tin-tuc/${path}/`, lastModified: date, alternates: [{ language: 'en', path }] },
            ]),
          ),
        ).toBeUndefined();
        expect(`<a>${escapeXml(path)}</a>`).toMatch(XML_CHARACTERS);
      }),
      200,
    );
  });

  it('writes article pages with no forbidden character, the title intact once they are removed', () => {
    const category = sampleCategory(article.categorySlug);
    check(
      'article page',
      fc.property(anyText, anyText, (title, summary) => {
        const page = renderArticlePage(
          sampleContext,
          { ...article, title, summary },
          { category, related: [] },
        );
        expect(htmlProblem(page)).toBeUndefined();
        expect(firstTextOf(page, 'h1')).toBe(readable(title));
      }),
      150,
    );
  });
});
