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
    /** The postings of a shard's tiered terms beyond their first tier (decision 112). */
    continuation: (manifest: Manifest, shard: number) =>
      `${manifest.base}/c/${shard}-${manifest.termGenerations[shard] ?? 0}.json`,
    recent: (id: string) => `r/${id}.json`,
  };
  /**
   * A term with more postings than FIRST_TIER keeps its FIRST_TIER best (by impact) in its shard, and
   * `TIER_MARK + term` → [postings in all, largest impact left out]; the rest is in the continuation piece.
   */
  const FIRST_TIER = 256;
  const TIER_MARK = '\u0001';

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
    /** Only first tiers were read: `total` is an estimate (the page says "about"). */
    totalIsEstimate?: boolean;
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
      totalIsEstimate: false,
    };
    if (query.parts.length === 0 && query.symbols.length === 0) return empty;

    const recentPiece = manifest.recent ? record(await read(paths.recent(manifest.recent.id))) : {};
    const recentDocs: RecentDoc[] = Array.isArray(recentPiece.docs) ? (recentPiece.docs as RecentDoc[]) : [];
    const removed = new Set(manifest.removed);
    const documents = manifest.docs + recentDocs.length;

    const pieceCache = new Map<string, Promise<Record<string, unknown>>>();
    const cached = (path: string) => {
      let loaded = pieceCache.get(path);
      if (!loaded) {
        loaded = read(path).then(record);
        pieceCache.set(path, loaded);
      }
      return loaded;
    };
    /**
     * One term's postings, base and recent together (recent docs numbered after the base). `frequency` is
     * how many items have it; `rest` > 0 when only the first tier was read: the largest impact a document
     * outside `impacts` may have for it.
     */
    type Postings = { term: string; impacts: Map<number, number>; frequency: number; rest: number };
    /** Terms read whole so far: a first tier that left the page unproven reads its continuation. */
    const whole = new Set<string>();
    async function postings(term: string, everything: boolean): Promise<Postings> {
      const exhaustive = everything || whole.has(term);
      const index = text.shardOf(term, manifest.shards);
      const first = await cached(paths.terms(manifest, index));
      const tier = asNumbers(first[TIER_MARK + term]);
      const list = asNumbers(first[term]);
      const out = new Map<number, number>();
      const add = (numbers: number[]) => {
        for (let at = 0; at + 1 < numbers.length; at += 2) {
          const docNum = numbers[at] ?? 0;
          if (!removed.has(docNum)) out.set(docNum, numbers[at + 1] ?? 0);
        }
      };
      add(list);
      let frequency = out.size;
      let rest = 0;
      if (tier.length === 2) {
        if (exhaustive) {
          add(asNumbers((await cached(paths.continuation(manifest, index)))[term]));
          frequency = out.size;
        } else {
          // Withdrawn items beyond the first tier still count here until the next compaction of the shard.
          frequency = (tier[0] ?? 0) - (list.length / 2 - out.size);
          rest = tier[1] ?? 0;
        }
      }
      recentDocs.forEach((doc, at) => {
        const impact = doc.terms[term];
        if (impact !== undefined) {
          out.set(manifest.docs + at, impact);
          frequency += 1;
        }
      });
      return { term, impacts: out, frequency, rest };
    }

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
    type Ranked = (readonly [number, number])[];
    /** A term's postings and what one unit of its impact adds to a score. */
    type Weighted = { found: Postings; factor: number };
    const rounded = (scores: Map<number, Scored>, keep: (docNum: number) => boolean): Ranked =>
      // Rounded scores, so equal relevance falls back to recency (higher docNums are newer).
      [...scores.entries()]
        .filter(([docNum]) => keep(docNum))
        .map(([docNum, entry]) => [docNum, Math.round(entry.score * 1000) / 1000] as const)
        .sort((a, b) => b[1] - a[1] || b[0] - a[0]);

    /**
     * Scores the query. `exhaustive` reads every posting; otherwise only first tiers, and the answer is
     * undefined unless they prove the requested page: every item of it has a known score, and no item
     * outside the first tiers can score as high (MaxScore's bound: its impact is at most the term's `rest`).
     */
    async function rank(exhaustive: boolean): Promise<
      | {
          scores: Map<number, Scored>;
          partial: boolean;
          corrections: [string, string][];
          ranked?: Ranked;
          estimate?: number;
        }
      | undefined
    > {
      const corrections: [string, string][] = [];
      const scores = new Map<number, Scored>();
      const partScores: Map<number, number>[] = [];
      const parts: { direct: Weighted; exact?: Weighted }[] = [];
      const bonuses: Weighted[] = [];
      for (const part of query.parts) {
        const perDoc = new Map<number, number>();
        let direct = await postings(part.folded, exhaustive);
        let weight = 1;
        if (direct.frequency === 0) {
          const alternatives = await neighbours(part.folded);
          let best: [string, Postings] | undefined;
          for (const alternative of alternatives) {
            const found = await postings(alternative, exhaustive);
            if (!best || found.frequency > best[1].frequency) best = [alternative, found];
          }
          if (best) {
            corrections.push([part.folded, best[0]]);
            direct = best[1];
            weight = 0.7;
          }
        }
        const directIdf = idf(documents, direct.frequency);
        for (const [docNum, impact] of direct.impacts) perDoc.set(docNum, weight * directIdf * impact);
        const weighted: { direct: Weighted; exact?: Weighted } = {
          direct: { found: direct, factor: weight * directIdf },
        };
        if (part.exact) {
          const exact = await postings(part.exact, exhaustive);
          const exactIdf = idf(documents, exact.frequency);
          for (const [docNum, impact] of exact.impacts)
            if (perDoc.has(docNum)) perDoc.set(docNum, (perDoc.get(docNum) ?? 0) + exactIdf * impact);
          weighted.exact = { found: exact, factor: exactIdf };
        }
        parts.push(weighted);
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
          const found = await postings(term, exhaustive);
          const termIdf = idf(documents, found.frequency);
          bonuses.push({ found, factor: weight * termIdf });
          for (const [docNum, entry] of scores) {
            const impact = found.impacts.get(docNum);
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
      const all = [
        ...parts.flatMap((part) => (part.exact ? [part.direct, part.exact] : [part.direct])),
        ...bonuses,
      ];
      const tiered = all.filter((weighted) => weighted.found.rest > 0);
      if (exhaustive || tiered.length === 0) return { scores, partial, corrections };
      if (partial) return undefined;
      const known = (docNum: number) => tiered.every((weighted) => weighted.found.impacts.has(docNum));
      const ranked = rounded(scores, known);
      const last = ranked[page * pageSize - 1];
      const widest = (terms: Weighted[]) =>
        terms.reduce((best, weighted) =>
          weighted.factor * weighted.found.rest > best.factor * best.found.rest ? weighted : best,
        );
      const tieredParts = tiered.filter((weighted) => parts.some((part) => part.direct === weighted));
      if (!last) {
        // Too few items known to match every word: read the widest word's list whole.
        whole.add(widest(tieredParts.length > 0 ? tieredParts : tiered).found.term);
        return undefined;
      }
      const threshold = (scores.get(last[0])?.score ?? 0) - 0.001;
      const impactOf = (weighted: Weighted, docNum: number | undefined) =>
        (docNum === undefined ? undefined : weighted.found.impacts.get(docNum)) ?? weighted.found.rest;
      /** The most an item can score (undefined: an item in no first tier); -1 when it cannot match. */
      const upper = (docNum: number | undefined) => {
        let bound = 0;
        for (const { direct, exact } of parts) {
          if (direct.found.rest === 0 && (docNum === undefined || !direct.found.impacts.has(docNum)))
            return -1;
          bound += direct.factor * impactOf(direct, docNum);
          if (exact) bound += exact.factor * impactOf(exact, docNum);
        }
        for (const weighted of bonuses) bound += weighted.factor * impactOf(weighted, docNum);
        return bound;
      };
      // Strictly above, with room for the rounding to three decimals; else read whole the terms that leave
      // an item able to reach the page unknown.
      const blocking = new Set<string>();
      if (upper(undefined) >= threshold - 0.001) blocking.add(widest(tiered).found.term);
      for (const weighted of all)
        for (const docNum of weighted.found.impacts.keys())
          if (!known(docNum) && upper(docNum) >= threshold - 0.001)
            for (const missing of tiered)
              if (!missing.found.impacts.has(docNum)) blocking.add(missing.found.term);
      if (blocking.size > 0) {
        for (const term of blocking) whole.add(term);
        return undefined;
      }
      // How many items match: at least those seen; the words taken as independent, at most the rarest's.
      const rarest = Math.min(...parts.map((part) => part.direct.found.frequency));
      const independent = parts.reduce(
        (product, part) => product * (part.direct.found.frequency / documents),
        documents,
      );
      const estimate = Math.max(scores.size, Math.min(rarest, Math.round(independent)));
      const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(estimate)) - 1);
      return { scores, partial, corrections, ranked, estimate: Math.round(estimate / magnitude) * magnitude };
    }

    const filters = request.filters ?? {};
    const activeFilters = facetNames.filter((name) => filters[name] !== undefined && filters[name] !== '');
    // Counts, filters, phrases and symbols need every posting; a plain query tries the first tiers.
    const needsAll =
      request.facets === true ||
      activeFilters.length > 0 ||
      query.requiredBigrams.length > 0 ||
      query.symbols.length > 0;
    let answered: Awaited<ReturnType<typeof rank>>;
    // Each failed attempt reads at least one more term whole, so this ends.
    if (!needsAll) for (let attempt = 0; attempt < 8 && !answered; attempt += 1) answered = await rank(false);
    answered ??= await rank(true);
    if (!answered) return empty;
    const { scores, partial, corrections } = answered;
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

    const ranked = answered.ranked ?? rounded(scores, (docNum) => passes(docNum));
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
    const estimate = answered.estimate;
    return {
      total: estimate ?? ranked.length,
      totalIsEstimate: estimate !== undefined,
      hits,
      page,
      pageSize,
      facets,
      partial,
      corrections,
    };
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

  return {
    HEADS_PER_PIECE,
    META_PER_CHUNK,
    FIRST_TIER,
    TIER_MARK,
    facetNames,
    paths,
    search,
    facetsOfRow,
    rowOfFacets,
    idf,
  };
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
