import { createAgency, createCategory, listCategories } from '#shared/data/directory.ts';
import { countRating } from '#shared/data/ratings.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { approveArticle, createArticle, submitArticle } from '#shared/editorial/article-service.ts';
import {
  createExternalLink,
  createOfficial,
  createUnit,
  scheduleLinkCheck,
} from '#shared/organisation/service.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { localAccounts } from './accounts.ts';
import { seedArticles } from './seed-articles.ts';
import { seedAgencies, seedCategories } from './seed-data.ts';
import { seedLinks, seedOfficials, seedUnits } from './seed-organisation.ts';

/** 03:00 Asia/Ho_Chi_Minh (UTC+7, no daylight saving) after `now`. */
function nextCheckTime(now: Date): Date {
  const next = new Date(now);
  next.setUTCHours(20, 0, 0, 0);
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

function actor(username: string) {
  const account = localAccounts.find((candidate) => candidate.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return { id: `local-${account.username}`, name: account.name };
}

/**
 * Seeds demo content into an empty store; a store that has categories already is left alone.
 * Articles go through the real workflow: written by an editor, approved by the director.
 */
export async function seedIfEmpty(): Promise<boolean> {
  if ((await listCategories()).length > 0) return false;
  for (const category of seedCategories) await createCategory(category, systemActor);
  for (const agency of seedAgencies) await createAgency(agency, systemActor);
  // Parents first: the seed lists each unit after the unit above it.
  for (const unit of seedUnits) await createUnit(unit, systemActor);
  for (const official of seedOfficials) await createOfficial(official, systemActor);
  for (const link of seedLinks) await createExternalLink(link, systemActor);
  // The daily link check's first run: the next morning, 03:00 in Viet Nam (it then schedules itself).
  await scheduleLinkCheck(nextCheckTime(new Date()));

  const editor = actor('bientap');
  const director = actor('giamdoc');
  const ids = new Map<string, string>();
  const rated: string[] = [];
  for (const { key, translationOfKey, ...input } of seedArticles) {
    const translationOf = translationOfKey ? ids.get(translationOfKey) : undefined;
    const draft = await createArticle({ ...input, ...(translationOf ? { translationOf } : {}) }, editor);
    ids.set(key, draft.id);
    const submitted = await submitArticle(draft.id, draft.version, editor);
    const published = await approveArticle(draft.id, { expectedVersion: submitted.version }, director);
    rated.push(sitePaths.article(published.article.language, published.article.slug));
  }
  // Readers' ratings of a few pages, so that the admin's ratings screen has figures to show.
  for (const [index, path] of [...rated.slice(0, 4), sitePaths.managedPage('vi', 'gioi-thieu')].entries()) {
    for (let count = 0; count < 2 + index; count += 1) await countRating(path, 'yes');
    for (let count = 0; count <= index % 3; count += 1) await countRating(path, 'no');
  }
  return true;
}
