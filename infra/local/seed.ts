import { createAgency, createCategory, listCategories } from '#shared/data/directory.ts';
import { countRating } from '#shared/data/ratings.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { approveArticle, createArticle, submitArticle } from '#shared/editorial/article-service.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { localAccounts } from './accounts.ts';
import { seedArticles } from './seed-articles.ts';
import { seedAgencies, seedCategories } from './seed-data.ts';

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
  for (const [index, path] of [...rated.slice(0, 4), sitePaths.staticPage('vi', 'introduction')].entries()) {
    for (let count = 0; count < 2 + index; count += 1) await countRating(path, 'yes');
    for (let count = 0; count <= index % 3; count += 1) await countRating(path, 'no');
  }
  return true;
}
