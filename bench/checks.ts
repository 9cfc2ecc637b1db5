import { storedItemsOfArticle } from '#shared/data/articles.ts';
import { LISTING_PAGE_SIZE, listingBlockOf } from '#shared/site/geometry.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { monthInVietnam } from '#shared/time/vietnam.ts';
import type { SyntheticArticle } from './content.ts';
import { fixedFileCount, type PageKind, pageKinds } from './prerender.ts';

/**
 * Checks that the bulk-loaded store is the store the workflow leaves, and that the build made of it
 * has every kind of page with the content it should have. A benchmark of the wrong data measures nothing.
 */

/** `ARTICLE#<uuid>` → `ARTICLE#<id>`, instants → `<t>`, other digits → 9: the form of a key, not its value. */
function keyForm(value: unknown): string {
  return String(value)
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/g, '<t>')
    .replace(/\/[a-z0-9-]+$/, '/<slug>')
    .replace(/CATEGORY#[a-z0-9-]+/, 'CATEGORY#<category>')
    .replace(/\d/g, '9');
}

const keyAttributes = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'];
const comparedValues = [
  'itemType',
  'status',
  'version',
  'latestRevision',
  'publishedRevision',
  'revision',
  'language',
  'kind',
  'action',
  'fromStatus',
  'toStatus',
];

export type ParityReport = { ok: boolean; itemKinds: string[]; differences: string[] };

/**
 * Compares every item one article leaves behind, for an article published through the HTTP API and a
 * bulk-loaded one: the same items, with the same attribute names, the same key forms and the same
 * workflow values (status, version, revision numbers, audit actions).
 */
export async function storeParity(
  workflow: { id: string; slug: string },
  loaded: { id: string; slug: string },
): Promise<ParityReport> {
  const [a, b] = await Promise.all([
    storedItemsOfArticle(workflow.id, 'vi', workflow.slug),
    storedItemsOfArticle(loaded.id, 'vi', loaded.slug),
  ]);
  const differences: string[] = [];
  for (const kind of new Set([...a.keys(), ...b.keys()])) {
    const fromWorkflow = a.get(kind);
    const fromLoad = b.get(kind);
    if (!fromWorkflow || !fromLoad) {
      differences.push(`${kind}: only in the ${fromWorkflow ? 'workflow' : 'bulk-loaded'} article`);
      continue;
    }
    const namesA = Object.keys(fromWorkflow).sort().join(',');
    const namesB = Object.keys(fromLoad).sort().join(',');
    if (namesA !== namesB)
      differences.push(`${kind}: attributes differ (workflow ${namesA} / loaded ${namesB})`);
    for (const name of keyAttributes) {
      if (name in fromWorkflow && keyForm(fromWorkflow[name]) !== keyForm(fromLoad[name])) {
        differences.push(`${kind}: ${name} ${keyForm(fromWorkflow[name])} vs ${keyForm(fromLoad[name])}`);
      }
    }
    for (const name of comparedValues) {
      if (JSON.stringify(fromWorkflow[name]) !== JSON.stringify(fromLoad[name])) {
        differences.push(
          `${kind}: ${name} ${JSON.stringify(fromWorkflow[name])} vs ${JSON.stringify(fromLoad[name])}`,
        );
      }
    }
  }
  return { ok: differences.length === 0, itemKinds: [...a.keys()].sort(), differences };
}

export type BuildSpotCheck = {
  ok: boolean;
  expected: Record<PageKind, number>;
  built: Record<PageKind, number>;
  fetched: { kind: PageKind | 'stylesheet'; path: string; status: number; ok: boolean; note: string }[];
  problems: string[];
};

/**
 * What buildWholeSite should write for this corpus, by kind (fixed: static and search pages in both
 * languages, 404, robots.txt, the stylesheet). `other` (the gazette's pages) is reported, not checked.
 */
export function expectedPages(articles: SyntheticArticle[], categories: string[]): Record<PageKind, number> {
  const expected = Object.fromEntries(pageKinds.map((kind) => [kind, 0])) as Record<PageKind, number>;
  expected.article = articles.length;
  expected['article-print'] = articles.length;
  expected.home = 2;
  expected['category-front'] = 2 * categories.length;
  expected.feed = 2 * 2 * (categories.length + 1);
  expected.sitemap = new Set(articles.map((article) => monthInVietnam(article.firstPublishedAt))).size + 1;
  expected.fixed = fixedFileCount;
  for (const language of ['vi', 'en'] as const) {
    for (const category of categories) {
      const count = articles.filter(
        (article) => article.language === language && article.categorySlug === category,
      ).length;
      expected['category-page'] += count === 0 ? 0 : listingBlockOf(count - 1);
    }
  }
  return expected;
}

/** Fetches one page of every kind through the gateway and checks it shows what it should. */
export async function spotCheckBuild(
  baseUrl: string,
  articles: SyntheticArticle[],
  built: Record<PageKind, number>,
  expected: Record<PageKind, number>,
): Promise<BuildSpotCheck> {
  const problems: string[] = [];
  for (const kind of pageKinds) {
    if (kind === 'other') continue;
    if (built[kind] !== expected[kind])
      problems.push(`${kind}: built ${built[kind]}, expected ${expected[kind]}`);
  }
  const vi = articles.filter((article) => article.language === 'vi');
  const newest = vi.at(-1);
  const translated = vi.find((article) => article.translationSlug);
  const category = newest?.categorySlug ?? 'kinh-te';
  const inCategory = vi.filter((article) => article.categorySlug === category);
  const oldestInCategory = inCategory[0];
  const fetched: BuildSpotCheck['fetched'] = [];
  const check = async (
    kind: PageKind | 'stylesheet',
    path: string,
    test: (text: string) => boolean,
    note: string,
  ) => {
    const response = await fetch(`${baseUrl}${path}`);
    const text = await response.text();
    const ok = response.status === 200 && test(text);
    fetched.push({ kind, path, status: response.status, ok, note });
    if (!ok) problems.push(`${path} (${kind}): ${response.status}, ${note}`);
  };
  const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;
  if (newest) {
    await check('home', '/', (text) => text.includes(newest.title), 'shows the newest article');
    await check(
      'article',
      sitePaths.article('vi', newest.slug),
      (text) => text.includes(newest.title) && text.includes('related-title'),
      'title and related block',
    );
    await check(
      'article-print',
      sitePaths.articlePrint('vi', newest.slug),
      (text) => text.includes(newest.title),
      'title',
    );
    await check(
      'category-front',
      sitePaths.category('vi', category),
      (text) => text.includes(newest.title),
      'shows the newest article of the category',
    );
    await check(
      'feed',
      sitePaths.rssFeed('vi', category),
      (text) => count(text, /<item>/g) === Math.min(20, inCategory.length),
      '20 items',
    );
    await check(
      'sitemap',
      sitePaths.sitemapMonth(monthInVietnam(newest.firstPublishedAt)),
      (text) => text.includes(newest.slug),
      'lists the article',
    );
  }
  if (oldestInCategory && inCategory.length > LISTING_PAGE_SIZE) {
    await check(
      'category-page',
      sitePaths.categoryPage('vi', category, 1),
      (text) =>
        text.includes(oldestInCategory.title) && count(text, /class="card[ "]/g) === LISTING_PAGE_SIZE,
      '20 cards, the oldest article',
    );
  }
  if (translated?.translationSlug) {
    await check(
      'article',
      sitePaths.article('en', translated.translationSlug),
      (text) => text.includes(sitePaths.article('vi', translated.slug)),
      'links its translation',
    );
  }
  await check(
    'sitemap',
    sitePaths.sitemapIndex(),
    (text) => count(text, /<sitemap>/g) === expected.sitemap - 1,
    'one entry per month',
  );
  await check('fixed', '/lien-he/', (text) => text.includes('<h1'), 'static page');
  return { ok: problems.length === 0, expected, built, fetched, problems };
}
