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
  // Small head pieces: a page of hits falls in as many pieces as it has hits, whatever their size.
  const HEADS_PER_PIECE = 4;
  const META_PER_CHUNK = 4096;
  /** Shards per generation page: the manifest names pages, not shards, so it does not grow with them. */
  const GENERATION_PAGE = 64;
  const facetNames = ['kind', 'language', 'category', 'year', 'issuer', 'documentType'] as const;
  type FacetName = (typeof facetNames)[number];
  type Facets = Partial<Record<FacetName, string>>;

  type DocHead = { key: string; url: string; title: string; date: string; facets: Facets };
  /** An item of the recent segment: everything about it in one place. */
  type RecentDoc = { head: DocHead; excerpt: string; terms: Record<string, number> };
  type Manifest = {
    format: 2;
    /** The full build this base grew from: every base piece lives under `<base>/`. */
    base: string;
    shards: number;
    /** Documents in the base, numbered 0…docs-1 oldest first. */
    docs: number;
    averageLength: number;
    /**
     * Per page of GENERATION_PAGE shards, the version of its generation piece (`g/<page>-<version>`: the
     * generation of each shard's term, key and near pieces); 0: no piece, every shard at generation 0.
     */
    generationPages: number[];
    /** Base docNums taken down or replaced by a newer version in the recent segment. */
    removed: number[];
    recent: { id: string; docs: number; bytes: number } | null;
    updatedAt: string;
  };
  /** The generation of each family's piece of one shard. */
  type Generations = { t: number; k: number; n: number };

  const sized = (manifest: Manifest, piece: number, per: number) =>
    Math.min(per, manifest.docs - piece * per);
  const paths = {
    manifest: () => 'manifest.json',
    generations: (manifest: Manifest, page: number, version: number) =>
      `${manifest.base}/g/${page}-${version}.json`,
    terms: (manifest: Manifest, shard: number, generation: number) =>
      `${manifest.base}/t/${shard}-${generation}.json`,
    keys: (manifest: Manifest, shard: number, generation: number) =>
      `${manifest.base}/k/${shard}-${generation}.json`,
    near: (manifest: Manifest, shard: number, generation: number) =>
      `${manifest.base}/n/${shard}-${generation}.json`,
    // A piece's name carries how many documents it holds, so appending to it gives it a new name.
    heads: (manifest: Manifest, piece: number) =>
      `${manifest.base}/h/${piece}-${sized(manifest, piece, HEADS_PER_PIECE)}.json`,
    excerpts: (manifest: Manifest, piece: number) =>
      `${manifest.base}/x/${piece}-${sized(manifest, piece, HEADS_PER_PIECE)}.json`,
    meta: (manifest: Manifest, chunk: number) =>
      `${manifest.base}/m/${chunk}-${sized(manifest, chunk, META_PER_CHUNK)}.json`,
    /** Impact band `band` (1, 2, …) of a shard's tiered terms beyond their first tier (decision 114). */
    continuation: (manifest: Manifest, shard: number, generation: number, band: number) =>
      `${manifest.base}/c/${shard}-${generation}-${band}.json`,
    recent: (id: string) => `r/${id}.json`,
  };
  /**
   * A term with more postings than FIRST_TIER keeps its FIRST_TIER best (by impact) in its shard, and
   * `TIER_MARK + term` → [postings in all, largest impact of band 1, of band 2, …]. Band b holds the next
   * best, ranks FIRST_TIER·2^(b-1) to FIRST_TIER·2^b, in the shard's band piece b. Every list in a term or
   * band piece is in docNum order, written as [first docNum, impact, gap to the next docNum, impact, …].
   */
  const FIRST_TIER = 256;
  const BAND_GROWTH = 2;
  const TIER_MARK = '\u0001';
  /** [docNum, impact, …] in docNum order → the gap-encoded form pieces hold (small numbers, fewer bytes). */
  function encodePostings(list: number[]): number[] {
    const out: number[] = [];
    let previous = 0;
    for (let at = 0; at + 1 < list.length; at += 2) {
      const docNum = list[at] ?? 0;
      out.push(docNum - previous, list[at + 1] ?? 0);
      previous = docNum;
    }
    return out;
  }
  function decodePostings(list: number[]): number[] {
    const out: number[] = [];
    let docNum = 0;
    for (let at = 0; at + 1 < list.length; at += 2) {
      docNum += list[at] ?? 0;
      out.push(docNum, list[at + 1] ?? 0);
    }
    return out;
  }
  /** Where band `band` (1, 2, …) of a tiered list ends, by rank. */
  const bandEnd = (band: number) => FIRST_TIER * BAND_GROWTH ** band;
  /** Attempts from what was read before everything is read (each reads at least one more band). */
  const MAX_ROUNDS = 40;
  /** A round reads the next band of every blocker with at least this share of the widest one's room. */
  const ROOM_SHARE = 0.25;

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
    /** Only part of the lists was read: `total` is an estimate (the page says "khoảng" / "about"). */
    totalIsEstimate?: boolean;
    /** Likewise the facet counts: the items seen, scaled to the estimated total. */
    facetsAreEstimates?: boolean;
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

  /** Two significant figures: an estimate says no more than it knows. */
  function roughly(value: number): number {
    if (value < 10) return Math.round(value);
    const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
    return Math.round(value / magnitude) * magnitude;
  }

  /** The generations of one shard's pieces, from its generation page (none: all at 0). */
  async function generationsOf(read: PieceReader, manifest: Manifest, shard: number): Promise<Generations> {
    const page = Math.floor(shard / GENERATION_PAGE);
    const version = manifest.generationPages[page] ?? 0;
    if (version === 0) return { t: 0, k: 0, n: 0 };
    const piece = record(await read(paths.generations(manifest, page, version)));
    const at = shard % GENERATION_PAGE;
    return {
      t: asNumbers(piece.t)[at] ?? 0,
      k: asNumbers(piece.k)[at] ?? 0,
      n: asNumbers(piece.n)[at] ?? 0,
    };
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
      facetsAreEstimates: false,
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
    const cachedReader: PieceReader = (path) => cached(path);
    /**
     * One term's postings, base and recent together (recent docs numbered after the base). `frequency` is
     * how many items have it; `rest` > 0 when bands are left unread: the largest impact a document outside
     * `impacts` may have for it.
     */
    type Postings = { term: string; impacts: Map<number, number>; frequency: number; rest: number };
    /** Bands read beyond the first tier, per term: a page left unproven reads the next band of its blockers. */
    const depth = new Map<string, number>();
    const deepen = (term: string) => depth.set(term, (depth.get(term) ?? 0) + 1);
    /** Postings already assembled in this search, by term and depth: a next round reuses them. */
    const assembled = new Map<string, Promise<Postings>>();
    function postings(term: string, everything: boolean): Promise<Postings> {
      const key = `${everything ? 'all' : (depth.get(term) ?? 0)}:${term}`;
      let found = assembled.get(key);
      if (!found) {
        found = assemble(term, everything);
        assembled.set(key, found);
      }
      return found;
    }
    /**
     * One term's postings as read so far, extended in place band by band: a next round decodes only the
     * bands it adds, not again those before. Rounds run one after another and depths only grow, so no round
     * sees the map of a term change under it.
     */
    type Gathered = {
      impacts: Map<number, number>;
      /** Base postings listed in what was read, and those of them still live. */
      listed: number;
      kept: number;
      recent: number;
      bandsRead: number;
      tier: number[];
      shard: number;
      generation: number;
    };
    const gathered = new Map<string, Promise<Gathered>>();
    function addBase(state: Gathered, numbers: number[]) {
      for (let at = 0; at + 1 < numbers.length; at += 2) {
        const docNum = numbers[at] ?? 0;
        state.listed += 1;
        if (!removed.has(docNum)) {
          state.impacts.set(docNum, numbers[at + 1] ?? 0);
          state.kept += 1;
        }
      }
    }
    async function gather(term: string): Promise<Gathered> {
      const shard = text.shardOf(term, manifest.shards);
      const generation = (await generationsOf(cachedReader, manifest, shard)).t;
      const first = await cached(paths.terms(manifest, shard, generation));
      const state: Gathered = {
        impacts: new Map(),
        listed: 0,
        kept: 0,
        recent: 0,
        bandsRead: 0,
        tier: asNumbers(first[TIER_MARK + term]),
        shard,
        generation,
      };
      addBase(state, decodePostings(asNumbers(first[term])));
      // Recent items are numbered after the base ones: no band can list them.
      recentDocs.forEach((doc, at) => {
        const impact = doc.terms[term];
        if (impact !== undefined) {
          state.impacts.set(manifest.docs + at, impact);
          state.recent += 1;
        }
      });
      return state;
    }
    async function assemble(term: string, everything: boolean): Promise<Postings> {
      const wanted = everything ? Number.POSITIVE_INFINITY : (depth.get(term) ?? 0);
      const extended = (gathered.get(term) ?? gather(term)).then(async (state) => {
        const bands = Math.max(0, state.tier.length - 1);
        const reading = Math.min(bands, wanted);
        if (reading > state.bandsRead) {
          const more = await Promise.all(
            Array.from({ length: reading - state.bandsRead }, (_, band) =>
              cached(paths.continuation(manifest, state.shard, state.generation, state.bandsRead + band + 1)),
            ),
          );
          for (const piece of more) addBase(state, decodePostings(asNumbers(piece[term])));
          state.bandsRead = reading;
        }
        return state;
      });
      gathered.set(term, extended);
      const state = await extended;
      const bands = Math.max(0, state.tier.length - 1);
      // Withdrawn items in the unread bands still count here until the next compaction of the shard.
      const unread = state.bandsRead < bands;
      const frequency =
        (unread ? (state.tier[0] ?? 0) - (state.listed - state.kept) : state.kept) + state.recent;
      const rest = unread ? (state.tier[state.bandsRead + 1] ?? 0) : 0;
      return { term, impacts: state.impacts, frequency, rest };
    }

    /** Words of the index one edit away from a word no item has (the deletion neighbourhood). */
    async function neighbours(term: string): Promise<string[]> {
      if ([...term].length < 4 || /\d/.test(term)) return [];
      const candidates = new Set<string>();
      for (const variant of text.deletions(term)) {
        const shard = text.shardOf(variant, manifest.shards);
        const generation = (await generationsOf(cachedReader, manifest, shard)).n;
        const near = await cached(paths.near(manifest, shard, generation));
        const listed = near[variant];
        if (Array.isArray(listed))
          for (const word of listed) if (typeof word === 'string') candidates.add(word);
      }
      for (const doc of recentDocs)
        for (const word of Object.keys(doc.terms))
          if (!word.includes(' ') && !word.startsWith(text.EXACT) && word.length >= 4) candidates.add(word);
      return [...candidates].filter((word) => word !== term && text.withinOneEdit(word, term));
    }

    const filters = request.filters ?? {};
    const activeFilters = facetNames.filter((name) => filters[name] !== undefined && filters[name] !== '');
    const metaOf = new Map<number, Facets>();
    /** The facet values of these documents (base ones from their meta chunks). */
    async function loadMeta(docNums: Iterable<number>): Promise<void> {
      // Only the rows asked for: a chunk holds 4,096 of them, and a query's items fall in many chunks.
      const byChunk = new Map<number, number[]>();
      for (const docNum of docNums) {
        if (docNum >= manifest.docs || metaOf.has(docNum)) continue;
        const chunk = Math.floor(docNum / META_PER_CHUNK);
        const wanted = byChunk.get(chunk) ?? [];
        wanted.push(docNum);
        byChunk.set(chunk, wanted);
      }
      await Promise.all(
        [...byChunk].map(async ([chunk, wanted]) => {
          const rows = await read(paths.meta(manifest, chunk));
          if (!Array.isArray(rows)) return;
          for (const docNum of wanted) metaOf.set(docNum, facetsOfRow(rows[docNum - chunk * META_PER_CHUNK]));
        }),
      );
      recentDocs.forEach((doc, index) => {
        metaOf.set(manifest.docs + index, doc.head.facets);
      });
    }
    const passes = (docNum: number, except?: FacetName) =>
      activeFilters.every((name) => name === except || metaOf.get(docNum)?.[name] === filters[name]);

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
    const widest = (terms: Weighted[]) =>
      terms.reduce((best, weighted) =>
        weighted.factor * weighted.found.rest > best.factor * best.found.rest ? weighted : best,
      );

    /**
     * Scores the query. `exhaustive` reads every posting; otherwise the first tiers and the bands read so
     * far, and the answer is undefined unless they prove the requested page: every item of it has a known
     * score, and no item outside what was read can score as high (MaxScore's bound: its impact is at most
     * the term's `rest`). An undefined answer has named the next band to read.
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
      const required: Weighted[] = [];
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
      const bonus = async (terms: string[], weight: number, isRequired: boolean) => {
        for (const term of terms) {
          const found = await postings(term, exhaustive);
          const termIdf = idf(documents, found.frequency);
          const weighted = { found, factor: weight * termIdf };
          bonuses.push(weighted);
          if (isRequired) required.push(weighted);
          for (const [docNum, entry] of scores) {
            const impact = found.impacts.get(docNum);
            if (impact !== undefined) entry.score += weight * termIdf * impact;
            else if (isRequired) scores.delete(docNum);
          }
        }
      };
      const open = (terms: Weighted[]) => terms.filter((weighted) => weighted.found.rest > 0);
      const directs = parts.map((part) => part.direct);
      const needed = query.parts.length;
      let partial = false;
      let candidates = [...scores.entries()].filter(([, entry]) => entry.matched === needed);
      if (candidates.length === 0 && needed > 1 && query.requiredBigrams.length === 0) {
        // Unread bands may hold items with every word: read on before settling for some of the words.
        if (!exhaustive && open(directs).length > 0) {
          for (const weighted of open(directs)) deepen(weighted.found.term);
          return undefined;
        }
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
        const from = bonuses.length;
        await bonus(query.symbols, 4, true);
        if (scores.size === 0) {
          // No item read so far has it: read on, until every list is whole (then: the symbol is ignored).
          const unread = open([...directs, ...bonuses.slice(from)]);
          if (!exhaustive && unread.length > 0) {
            deepen(widest(unread).found.term);
            return undefined;
          }
          for (const [docNum, entry] of before) scores.set(docNum, entry);
        }
      }
      const all = [
        ...parts.flatMap((part) => (part.exact ? [part.direct, part.exact] : [part.direct])),
        ...bonuses,
      ];
      const tiered = open(all);
      if (exhaustive || tiered.length === 0) return { scores, partial, corrections };
      if (partial) {
        deepen(widest(tiered).found.term);
        return undefined;
      }
      if (activeFilters.length > 0) await loadMeta(scores.keys());
      const known = (docNum: number) => tiered.every((weighted) => weighted.found.impacts.has(docNum));
      const ranked = rounded(scores, (docNum) => known(docNum) && passes(docNum));
      const last = ranked[page * pageSize - 1];
      if (!last) {
        // Too few items known: the next band of each list the best items seen so far are missing from
        // (they need it to be known). With none such, the page may be short: proven when no other item can
        // match at all (threshold 0 below).
        const missing = new Set<Weighted>();
        for (const [docNum] of rounded(scores, (docNum) => passes(docNum)).slice(0, page * pageSize))
          for (const weighted of tiered) if (!weighted.found.impacts.has(docNum)) missing.add(weighted);
        if (missing.size > 0) {
          for (const weighted of missing) deepen(weighted.found.term);
          return undefined;
        }
      }
      const threshold = last ? (scores.get(last[0])?.score ?? 0) - 0.001 : 0;
      const impactOf = (weighted: Weighted, docNum: number | undefined) =>
        (docNum === undefined ? undefined : weighted.found.impacts.get(docNum)) ?? weighted.found.rest;
      // A written form or a pair occurs at most as often as its folded word, in the same fields, so its
      // impact for an item is at most the word's (impacts grow with the frequency): a tighter bound.
      const wordOf = new Map<string, Weighted>();
      query.parts.forEach((part, at) => {
        const direct = parts[at]?.direct;
        if (direct && direct.found.term === part.folded) wordOf.set(part.folded, direct);
      });
      const capped = (weighted: Weighted, docNum: number | undefined, words: (Weighted | undefined)[]) => {
        let bound = impactOf(weighted, docNum);
        for (const word of words) if (word) bound = Math.min(bound, impactOf(word, docNum));
        return bound;
      };
      /** The most an item can score (undefined: an item in nothing read); -1 when it cannot match. */
      const upper = (docNum: number | undefined) => {
        if (docNum !== undefined && metaOf.has(docNum) && !passes(docNum)) return -1;
        let bound = 0;
        for (const { direct, exact } of parts) {
          if (direct.found.rest === 0 && (docNum === undefined || !direct.found.impacts.has(docNum)))
            return -1;
          bound += direct.factor * impactOf(direct, docNum);
          if (exact) bound += exact.factor * capped(exact, docNum, [wordOf.get(direct.found.term)]);
        }
        // A phrase or a symbol read whole that does not list the item: it cannot be on the page.
        for (const weighted of required)
          if (weighted.found.rest === 0 && (docNum === undefined || !weighted.found.impacts.has(docNum)))
            return -1;
        for (const weighted of bonuses)
          bound +=
            weighted.factor *
            (weighted.found.term.includes(' ')
              ? capped(
                  weighted,
                  docNum,
                  weighted.found.term.split(' ').map((word) => wordOf.get(word)),
                )
              : impactOf(weighted, docNum));
        return bound;
      };
      // Strictly above, with room for the rounding to three decimals; else read the next band of the terms
      // that leave an item able to reach the page unknown.
      // One band at a time, of the blocker that leaves the most room: fewer bytes, a few more rounds.
      const blocking = new Set<Weighted>();
      if (upper(undefined) >= threshold - 0.001) for (const weighted of tiered) blocking.add(weighted);
      const checked = new Set<number>();
      // Once every open list blocks, no item can add to the set: stop looking.
      scan: for (const weighted of all)
        for (const docNum of weighted.found.impacts.keys()) {
          if (blocking.size === tiered.length) break scan;
          if (checked.has(docNum)) continue;
          checked.add(docNum);
          if (!known(docNum) && upper(docNum) >= threshold - 0.001)
            for (const missing of tiered) if (!missing.found.impacts.has(docNum)) blocking.add(missing);
        }
      if (blocking.size > 0) {
        // The widest blocker, and those with a fair share of its room: fewer rounds, about as many bytes.
        const room = (weighted: Weighted) => weighted.factor * weighted.found.rest;
        const most = room(widest([...blocking]));
        for (const weighted of blocking) if (room(weighted) >= ROOM_SHARE * most) deepen(weighted.found.term);
        return undefined;
      }
      // How many items match: at least those seen; the words taken as independent, at most the rarest's.
      const rarest = Math.min(...[...directs, ...required].map((weighted) => weighted.found.frequency));
      const independent = parts.reduce(
        (product, part) => product * (part.direct.found.frequency / documents),
        documents,
      );
      const estimate = Math.max(scores.size, Math.min(rarest, Math.round(independent)));
      // A short page proven: every item that can match is on it, so the counts are exact.
      if (!last) return { scores, partial, corrections, ranked };
      return { scores, partial, corrections, ranked, estimate };
    }

    // Every query first tries what the first tiers and a few bands prove; each failed attempt reads at
    // least one more band, and after MAX_ROUNDS everything is read (the answer is the same either way).
    let answered: Awaited<ReturnType<typeof rank>>;
    for (let attempt = 0; attempt < MAX_ROUNDS && !answered; attempt += 1) answered = await rank(false);
    answered ??= await rank(true);
    if (!answered) return empty;
    const { scores, partial, corrections } = answered;
    if (request.facets === true || activeFilters.length > 0) await loadMeta(scores.keys());

    // An answer proven from part of the lists counts only the items it saw: its counts are scaled to the
    // estimated total and marked as estimates (the page says "khoảng" / "about").
    const estimate = answered.estimate;
    const scale = estimate !== undefined && scores.size > 0 ? estimate / scores.size : 1;
    const facets: SearchAnswer['facets'] = {};
    if (request.facets)
      for (const name of facetNames) {
        const counts = new Map<string, number>();
        for (const docNum of scores.keys()) {
          const value = metaOf.get(docNum)?.[name];
          if (value === undefined || value === '' || !passes(docNum, name)) continue;
          counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        facets[name] = [...counts.entries()]
          .map(([value, count]): [string, number] => [
            value,
            estimate === undefined ? count : Math.max(1, roughly(count * scale)),
          ])
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      }

    const ranked = answered.ranked ?? rounded(scores, (docNum) => passes(docNum));
    let total = ranked.length;
    if (estimate !== undefined) {
      const passing =
        activeFilters.length > 0 ? [...scores.keys()].filter((docNum) => passes(docNum)).length : scores.size;
      total = Math.max(ranked.length, roughly(passing * scale));
    }
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
    return {
      total,
      totalIsEstimate: estimate !== undefined,
      facetsAreEstimates: estimate !== undefined && request.facets === true,
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
    GENERATION_PAGE,
    FIRST_TIER,
    TIER_MARK,
    bandEnd,
    encodePostings,
    decodePostings,
    generationsOf,
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
