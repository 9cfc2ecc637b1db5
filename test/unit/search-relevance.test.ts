import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '#shared/search/engine.ts';
import { buildIndex, readManifest } from '#shared/search/index-writer.ts';
import { searchText } from '#shared/text/search-text.ts';
import { ndcgAt10, relevanceCorpus, relevanceQueries } from '../../bench/relevance.ts';

/** Every query of the relevance set puts its expected items first, over seeds, anchors and a haystack. */
const engine = createSearchEngine(searchText);
const files = buildIndex(relevanceCorpus(1000), new Date('2026-12-01T00:00:00Z'));
const read = async (path: string) => {
  const body = files.get(path);
  return body === undefined ? undefined : JSON.parse(body);
};

describe('the relevance set', () => {
  it('has at least 50 queries, Vietnamese and English', () => {
    expect(relevanceQueries.length).toBeGreaterThanOrEqual(50);
  });

  it.each(relevanceQueries)('$q puts $first first', async ({ q, filters, first }) => {
    const manifest = await readManifest({ read: async (path) => files.get(path), write: async () => {} });
    if (!manifest) throw new Error('no manifest');
    const answer = await engine.search(read, manifest, { q, filters, pageSize: 10 });
    const ranked = answer.hits.map((hit) => hit.head.key);
    expect(ranked.slice(0, first.length).sort()).toEqual([...first].sort());
    expect(ndcgAt10(ranked, first)).toBe(1);
  });
});
