import type { SearchText } from '#shared/text/search-text.ts';

/**
 * The search engine's reading side: where each piece of the index lives and how a query is answered from
 * them. One factory with no imports (types aside), so the browser runs this same code (`searchScript`):
 * the JavaScript-off page (the API) and the as-you-type box read the same pieces the same way.
 *
 * The index (docs/architecture.md, *Search*) is segment based:
 * - the **base**: postings sharded by term (`t/<shard>-<gen>.json`: term → [docNum, impact, …]), document
 *   heads and excerpts in pieces of 16 (`h/…`, `x/…`), filter values in chunks of 4096 (`m/…`), key →
 *   docNum (`k/…`) and the one-typo deletion neighbourhood of its words (`n/…`), each named by the
 *   generation that wrote it, so a piece once written never changes (the CDN may keep it);
 * - the **recent segment** (`r/<id>.json`): the few items published since the last compaction, whole;
 * - the **manifest** (`manifest.json`): which pieces are live, the base docNums taken down or replaced.
 */
export function createSearchEngine(text: SearchText) {
  const HEADS_PER_PIECE = 16;
  const META_PER_CHUNK = 4096;
  const facetNames = ['kind', 'language', 'category', 'year', 'issuer', 'documentType'] as const;
  type FacetName = (typeof facetNames)[number];
  type Facets = Partial<Record<FacetName, string>>;

  type DocHead = { key: string; url: string; title: string; date: string; facets: Facets };
  /** An item of the recent segment: everything about it in one place. */
  type RecentDoc = { head: DocHead; excerpt: string; terms: Record<string, number> };
  type Manifest = {
    format: 1;
    /** The full build this base grew from: every base piece lives under `<base>/`. */
    base: string;
    shards: number;
    /** Documents in the base, numbered 0…docs-1 oldest first. */
    docs: number;
    averageLength: number;
    termGenerations: number[];
    keyGenerations: number[];
    nearGenerations: number[];
    /** Base docNums taken down or replaced by a newer version in the recent segment. */
    removed: number[];
    recent: { id: string; docs: number; bytes: number } | null;
    updatedAt: string;
  };

  const paths = {
    manifest: () => 'manifest.json',
    terms: (manifest: Manifest, shard: number) =>
      `${manifest.base}/t/${shard}-${manifest.termGenerations[shard] ?? 0}.json`,
    keys: (manifest: Manifest, shard: number) =>
      `${manifest.base}/k/${shard}-${manifest.keyGenerations[shard] ?? 0}.json`,
    near: (manifest: Manifest, shard: number) =>
      `${manifest.base}/n/${shard}-${manifest.nearGenerations[shard] ?? 0}.json`,
    // A piece's name carries how many documents it holds, so appending to it gives it a new name.
    heads: (manifest: Manifest, piece: number) =>
      `${manifest.base}/h/${piece}-${Math.min(HEADS_PER_PIECE, manifest.docs - piece * HEADS_PER_PIECE)}.json`,
    excerpts: (manifest: Manifest, piece: number) =>
      `${manifest.base}/x/${piece}-${Math.min(HEADS_PER_PIECE, manifest.docs - piece * HEADS_PER_PIECE)}.json`,
    meta: (manifest: Manifest, chunk: number) =>
      `${manifest.base}/m/${chunk}-${Math.min(META_PER_CHUNK, manifest.docs - chunk * META_PER_CHUNK)}.json`,
    recent: (id: string) => `r/${id}.json`,
  };

  /** Reads one piece (a path relative to the index root), parsed; undefined when absent. */
  type PieceReader = (path: string) => Promise<unknown>;

  type SearchRequest = {
    q: string;
    filters?: Facets;
    page?: number;
    pageSize?: number;
    facets?: boolean;
    snippets?: boolean;
  };
  type Hit = {
    head: DocHead;
    score: number;
    snippet?: { text: string; marks: [number, number][] };
  };
  type SearchAnswer = {
    total: number;
    hits: Hit[];
    page: number;
    pageSize: number;
    facets: Partial<Record<FacetName, [string, number][]>>;
    /** No item had every word: items with some of them are listed. */
    partial: boolean;
    /** Words found through a one-letter correction: typed → used. */
    corrections: [string, string][];
  };

  function idf(documents: number, frequency: number): number {
    return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
  }

  const asNumbers = (value: unknown): number[] =>
    Array.isArray(value) ? value.filter((entry): entry is number => typeof entry === 'number') : [];

  function record(value: unknown): Record<string, unknown> {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  }

  async function search(
    read: PieceReader,
    manifest: Manifest,
    request: SearchRequest,
  ): Promise<SearchAnswer> {
    const pageSize = Math.max(1, Math.min(50, request.pageSize ?? 10));
    const page = Math.max(1, request.page ?? 1);
    const query = text.parseQuery(request.q);
    const empty: SearchAnswer = {
      total: 0,
      hits: [],
      page,
      pageSize,
      facets: {},
      partial: false,
      corrections: [],
    };
    if (query.parts.length === 0 && query.symbols.length === 0) return empty;

    const recentPiece = manifest.recent ? record(await read(paths.recent(manifest.recent.id))) : {};
    const recentDocs: RecentDoc[] = Array.isArray(recentPiece.docs) ? (recentPiece.docs as RecentDoc[]) : [];
    const removed = new Set(manifest.removed);
    const documents = manifest.docs + recentDocs.length;

    const shardCache = new Map<number, Promise<Record<string, unknown>>>();
    const shard = (term: string) => {
      const index = text.shardOf(term, manifest.shards);
      let loaded = shardCache.get(index);
      if (!loaded) {
        loaded = read(paths.terms(manifest, index)).then(record);
        shardCache.set(index, loaded);
      }
      return loaded;
    };
    /** docNum → impact of one term, base and recent together (recent docs numbered after the base). */
    async function postings(term: string): Promise<Map<number, number>> {
      const list = asNumbers((await shard(term))[term]);
      const out = new Map<number, number>();
      for (let index = 0; index + 1 < list.length; index += 2) {
        const docNum = list[index] ?? 0;
        if (!removed.has(docNum)) out.set(docNum, list[index + 1] ?? 0);
      }
      recentDocs.forEach((doc, index) => {
        const impact = doc.terms[term];
        if (impact !== undefined) out.set(manifest.docs + index, impact);
      });
      return out;
    }

    const corrections: [string, string][] = [];
    /** Words of the index one edit away from a word no item has (the deletion neighbourhood). */
    async function neighbours(term: string): Promise<string[]> {
      if ([...term].length < 4 || /\d/.test(term)) return [];
      const candidates = new Set<string>();
      for (const variant of text.deletions(term)) {
        const near = record(await read(paths.near(manifest, text.shardOf(variant, manifest.shards))));
        const listed = near[variant];
        if (Array.isArray(listed))
          for (const word of listed) if (typeof word === 'string') candidates.add(word);
      }
      for (const doc of recentDocs)
        for (const word of Object.keys(doc.terms))
          if (!word.includes(' ') && !word.startsWith(text.EXACT) && word.length >= 4) candidates.add(word);
      return [...candidates].filter((word) => word !== term && text.withinOneEdit(word, term));
    }

    type Scored = { score: number; matched: number };
    const scores = new Map<number, Scored>();
    const partScores: Map<number, number>[] = [];
    for (const part of query.parts) {
      const perDoc = new Map<number, number>();
      let direct = await postings(part.folded);
      let weight = 1;
      if (direct.size === 0) {
        const alternatives = await neighbours(part.folded);
        let best: [string, Map<number, number>] | undefined;
        for (const alternative of alternatives) {
          const found = await postings(alternative);
          if (!best || found.size > best[1].size) best = [alternative, found];
        }
        if (best) {
          corrections.push([part.folded, best[0]]);
          direct = best[1];
          weight = 0.7;
        }
      }
      const directIdf = idf(documents, direct.size);
      for (const [docNum, impact] of direct) perDoc.set(docNum, weight * directIdf * impact);
      if (part.exact) {
        const exact = await postings(part.exact);
        const exactIdf = idf(documents, exact.size);
        for (const [docNum, impact] of exact)
          if (perDoc.has(docNum)) perDoc.set(docNum, (perDoc.get(docNum) ?? 0) + exactIdf * impact);
      }
      partScores.push(perDoc);
    }
    for (const perDoc of partScores)
      for (const [docNum, score] of perDoc) {
        const entry = scores.get(docNum) ?? { score: 0, matched: 0 };
        entry.score += score;
        entry.matched += 1;
        scores.set(docNum, entry);
      }
    const bonus = async (terms: string[], weight: number, required: boolean) => {
      for (const term of terms) {
        const found = await postings(term);
        const termIdf = idf(documents, found.size);
        for (const [docNum, entry] of scores) {
          const impact = found.get(docNum);
          if (impact !== undefined) entry.score += weight * termIdf * impact;
          else if (required) scores.delete(docNum);
        }
      }
    };
    const needed = query.parts.length;
    let partial = false;
    let candidates = [...scores.entries()].filter(([, entry]) => entry.matched === needed);
    if (candidates.length === 0 && needed > 1 && query.requiredBigrams.length === 0) {
      partial = true;
      candidates = [...scores.entries()].filter(([, entry]) => entry.matched >= Math.ceil(needed / 2));
    }
    scores.clear();
    for (const [docNum, entry] of candidates) scores.set(docNum, entry);
    await bonus(
      query.bigrams.filter((bigram) => !query.requiredBigrams.includes(bigram)),
      1.5,
      false,
    );
    await bonus(query.requiredBigrams, 1.5, true);
    // A number/symbol typed whole: only the items carrying it.
    if (query.symbols.length > 0) {
      const before = new Map(scores);
      await bonus(query.symbols, 4, true);
      if (scores.size === 0) for (const [docNum, entry] of before) scores.set(docNum, entry);
    }

    const filters = request.filters ?? {};
    const activeFilters = facetNames.filter((name) => filters[name] !== undefined && filters[name] !== '');
    const wantMeta = request.facets === true || activeFilters.length > 0;
    const metaOf = new Map<number, Facets>();
    if (wantMeta) {
      const chunks = new Set<number>();
      for (const docNum of scores.keys())
        if (docNum < manifest.docs) chunks.add(Math.floor(docNum / META_PER_CHUNK));
      await Promise.all(
        [...chunks].map(async (chunk) => {
          const rows = await read(paths.meta(manifest, chunk));
          if (!Array.isArray(rows)) return;
          rows.forEach((row, offset) => {
            const docNum = chunk * META_PER_CHUNK + offset;
            if (scores.has(docNum)) metaOf.set(docNum, facetsOfRow(row));
          });
        }),
      );
      recentDocs.forEach((doc, index) => {
        metaOf.set(manifest.docs + index, doc.head.facets);
      });
    }
    const passes = (docNum: number, except?: FacetName) =>
      activeFilters.every((name) => name === except || metaOf.get(docNum)?.[name] === filters[name]);

    const facets: SearchAnswer['facets'] = {};
    if (request.facets)
      for (const name of facetNames) {
        const counts = new Map<string, number>();
        for (const docNum of scores.keys()) {
          const value = metaOf.get(docNum)?.[name];
          if (value === undefined || value === '' || !passes(docNum, name)) continue;
          counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        facets[name] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      }

    // Rounded scores, so equal relevance falls back to recency (higher docNums are newer).
    const ranked = [...scores.entries()]
      .filter(([docNum]) => passes(docNum))
      .map(([docNum, entry]) => [docNum, Math.round(entry.score * 1000) / 1000] as const)
      .sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    const onPage = ranked.slice((page - 1) * pageSize, page * pageSize);
    const hits = await Promise.all(
      onPage.map(async ([docNum, score]): Promise<Hit> => {
        if (docNum >= manifest.docs) {
          const doc = recentDocs[docNum - manifest.docs];
          const head = doc?.head ?? { key: '', url: '', title: '', date: '', facets: {} };
          return {
            head,
            score,
            ...(request.snippets ? { snippet: text.snippet(doc?.excerpt ?? '', query) } : {}),
          };
        }
        const piece = Math.floor(docNum / HEADS_PER_PIECE);
        const heads = await read(paths.heads(manifest, piece));
        const head = (Array.isArray(heads) ? heads[docNum % HEADS_PER_PIECE] : undefined) as
          | DocHead
          | undefined;
        let excerpt = '';
        if (request.snippets) {
          const excerpts = await read(paths.excerpts(manifest, piece));
          const found = Array.isArray(excerpts) ? excerpts[docNum % HEADS_PER_PIECE] : undefined;
          excerpt = typeof found === 'string' ? found : '';
        }
        return {
          head: head ?? { key: '', url: '', title: '', date: '', facets: {} },
          score,
          ...(request.snippets ? { snippet: text.snippet(excerpt, query) } : {}),
        };
      }),
    );
    return { total: ranked.length, hits, page, pageSize, facets, partial, corrections };
  }

  /** A meta row is the facet values in facetNames order ('' for none). */
  function facetsOfRow(row: unknown): Facets {
    const out: Facets = {};
    if (!Array.isArray(row)) return out;
    facetNames.forEach((name, index) => {
      const value = row[index];
      if (typeof value === 'string' && value !== '') out[name] = value;
    });
    return out;
  }

  function rowOfFacets(facets: Facets): string[] {
    return facetNames.map((name) => facets[name] ?? '');
  }

  return { HEADS_PER_PIECE, META_PER_CHUNK, facetNames, paths, search, facetsOfRow, rowOfFacets, idf };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
export type SearchManifest = Parameters<SearchEngine['search']>[1];
export type SearchRequest = Parameters<SearchEngine['search']>[2];
export type SearchAnswer = Awaited<ReturnType<SearchEngine['search']>>;
export type SearchHit = SearchAnswer['hits'][number];
export type SearchDocHead = SearchHit['head'];
export type SearchFacetName = SearchEngine['facetNames'][number];
export type SearchFacets = SearchDocHead['facets'];
export type PieceReader = (path: string) => Promise<unknown>;
