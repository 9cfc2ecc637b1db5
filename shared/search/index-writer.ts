import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import { searchText } from '#shared/text/search-text.ts';
import { createSearchEngine, type SearchDocHead, type SearchManifest } from './engine.ts';
import type { SearchRecord } from './records.ts';

/**
 * The writing side of the index: a full build (operators, first deployment) and the incremental update of
 * one publication. An update writes the recent segment and the manifest: two pieces, whatever the size of
 * the site. When the recent segment outgrows RECENT_LIMIT_BYTES it is compacted into the base, which
 * rewrites the base pieces its terms fall in (at most the shard count of each sharded family) and appends
 * its documents to the last head, excerpt and meta pieces.
 */
export const engine = createSearchEngine(searchText);
export const RECENT_LIMIT_BYTES = 96_000;
/** Base docNums withdrawn or replaced since the last full build; a full build clears them. */
export const REMOVED_LIMIT = 5_000;
/**
 * About 8 KB of first tiers per term shard at build (estimated; about 4 KB written): a browser query reads
 * one shard per term, so the shard count follows the site (decision 114).
 */
const TARGET_SHARD_BYTES = 8_000;
const MIN_SHARDS = 8;
const MAX_SHARDS = 131_072;
const EXCERPT_CHARS = 2_000;
const K1 = 1.2;
const B = 0.75;

export type PieceStore = {
  read: (path: string) => Promise<string | undefined>;
  /** Pieces are immutable but for the manifest. */
  write: (path: string, body: string) => Promise<void>;
};

export const manifestSchema = z.object({
  format: z.literal(2),
  base: z.string().regex(/^[a-z0-9]+$/),
  shards: z.number().int().min(1),
  docs: z.number().int().min(0),
  averageLength: z.number().positive(),
  generationPages: z.array(z.number().int().min(0)),
  removed: z.array(z.number().int()),
  recent: z.object({ id: z.string(), docs: z.number().int(), bytes: z.number().int() }).nullable(),
  updatedAt: z.string(),
});

const headSchema = z.object({
  key: z.string(),
  url: z.string(),
  title: z.string(),
  date: z.string(),
  facets: z.record(z.string(), z.string()),
});
const recentDocSchema = z.object({
  head: headSchema,
  excerpt: z.string(),
  terms: z.record(z.string(), z.number()),
});
type RecentDoc = z.infer<typeof recentDocSchema>;
const recentPieceSchema = z.object({ docs: z.array(recentDocSchema) });
const postingsPieceSchema = z.record(z.string(), z.array(z.number()));
const keysPieceSchema = z.record(z.string(), z.number().int());
const nearPieceSchema = z.record(z.string(), z.array(z.string()));
const headsPieceSchema = z.array(headSchema);
const excerptsPieceSchema = z.array(z.string());
const metaPieceSchema = z.array(z.array(z.string()));
const generationPageSchema = z.object({
  t: z.array(z.number().int()),
  k: z.array(z.number().int()),
  n: z.array(z.number().int()),
});
type GenerationPage = z.infer<typeof generationPageSchema>;
type Family = keyof GenerationPage;

/**
 * The generations of the shards a write touches, by generation page (decision 113): what they are now,
 * and which pages a write bumps (each gets a new version, so a new name).
 */
class GenerationBook {
  readonly pages = new Map<number, GenerationPage>();
  readonly bumped = new Set<number>();
  constructor(private readonly manifest: SearchManifest) {}

  async load(store: PieceStore, shards: Iterable<number>): Promise<void> {
    const wanted = new Set<number>();
    for (const shard of shards) wanted.add(Math.floor(shard / engine.GENERATION_PAGE));
    await Promise.all(
      [...wanted].map(async (page) => {
        const version = this.manifest.generationPages[page] ?? 0;
        if (version === 0 || this.pages.has(page)) return;
        const path = engine.paths.generations(this.manifest, page, version);
        const found = await readJson(store, path, generationPageSchema.optional(), undefined);
        if (!found) throw new Error(`search index: generation page ${path} is missing`);
        this.pages.set(page, found);
      }),
    );
  }

  private page(shard: number): GenerationPage {
    const index = Math.floor(shard / engine.GENERATION_PAGE);
    let found = this.pages.get(index);
    if (!found) {
      const length = Math.min(engine.GENERATION_PAGE, this.manifest.shards - index * engine.GENERATION_PAGE);
      found = { t: new Array(length).fill(0), k: new Array(length).fill(0), n: new Array(length).fill(0) };
      this.pages.set(index, found);
    }
    return found;
  }

  of(family: Family, shard: number): number {
    return this.page(shard)[family][shard % engine.GENERATION_PAGE] ?? 0;
  }

  bump(family: Family, shard: number): void {
    const list = this.page(shard)[family];
    const at = shard % engine.GENERATION_PAGE;
    list[at] = (list[at] ?? 0) + 1;
    this.bumped.add(Math.floor(shard / engine.GENERATION_PAGE));
  }

  /** The bumped pages under their new versions, and the manifest naming them. */
  write(next: SearchManifest, pieces: Map<string, string>): void {
    next.generationPages = [...this.manifest.generationPages];
    for (const index of this.bumped) {
      const version = (this.manifest.generationPages[index] ?? 0) + 1;
      next.generationPages[index] = version;
      pieces.set(
        engine.paths.generations(next, index, version),
        json(this.page(index * engine.GENERATION_PAGE)),
      );
    }
  }
}

function headOf(record: SearchRecord): SearchDocHead {
  const facets: Record<string, string> = {
    kind: record.kind,
    language: record.language,
    year: record.date.slice(0, 4),
  };
  for (const [name, value] of Object.entries(record.filters)) if (value) facets[name] = value;
  return { key: record.key, url: record.url, title: record.title, date: record.date.slice(0, 10), facets };
}

/** Weighted term frequencies of a record and its length (the sum of its fields' weighted words). */
function weightedTerms(record: SearchRecord): { terms: Map<string, number>; length: number } {
  const terms = new Map<string, number>();
  let length = 0;
  for (const field of record.fields) {
    for (const [term, count] of searchText.fieldTerms(field.text, field.bigrams)) {
      terms.set(term, (terms.get(term) ?? 0) + count * field.weight);
      if (!term.includes(' ') && !term.startsWith(searchText.EXACT)) length += count * field.weight;
    }
  }
  return { terms, length: Math.max(1, length) };
}

/** The BM25 term-frequency part, computed once at indexing (an impact), times 100 and rounded. */
function impacts(
  record: SearchRecord,
  averageLength: number,
  weighted = weightedTerms(record),
): Record<string, number> {
  const { terms, length } = weighted;
  const norm = K1 * (1 - B + (B * length) / averageLength);
  const out: Record<string, number> = {};
  for (const [term, frequency] of terms)
    out[term] = Math.max(1, Math.round((100 * frequency * (K1 + 1)) / (frequency + norm)));
  return out;
}

export function recentDocOf(
  record: SearchRecord,
  averageLength: number,
  weighted?: ReturnType<typeof weightedTerms>,
): RecentDoc {
  return {
    head: headOf(record),
    excerpt: record.excerpt.slice(0, EXCERPT_CHARS),
    terms: impacts(record, averageLength, weighted),
  };
}

const json = (value: unknown) => JSON.stringify(value);

function isFoldedWord(term: string): boolean {
  return (
    !term.includes(' ') && !term.startsWith(searchText.EXACT) && !/[\d/.-]/.test(term) && term.length >= 4
  );
}

/** The whole index from every record, oldest first (docNum order is the recency tie-break). */
export function buildIndex(records: SearchRecord[], now = new Date()): Map<string, string> {
  const sorted = [...records].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : 1,
  );
  const weighted = sorted.map((record) => weightedTerms(record));
  const averageLength =
    weighted.length > 0 ? weighted.reduce((sum, entry) => sum + entry.length, 0) / weighted.length : 100;
  // Each record's term map goes as soon as its impacts are computed: at 100,000 items the maps and the
  // impacts are gigabytes, and need not be held at once.
  const released = { terms: new Map<string, number>(), length: 1 };
  const docs = sorted.map((record, index) => {
    const doc = recentDocOf(record, averageLength, weighted[index]);
    weighted[index] = released;
    return doc;
  });
  let postingBytes = 0;
  const perTerm = new Map<string, number>();
  for (const doc of docs)
    for (const term of Object.keys(doc.terms)) perTerm.set(term, (perTerm.get(term) ?? 0) + 1);
  // A shard holds first tiers only.
  for (const [term, count] of perTerm)
    postingBytes += (term.length + 12) * Math.min(count, engine.FIRST_TIER);
  let shards = MIN_SHARDS;
  while (shards < MAX_SHARDS && postingBytes / shards > TARGET_SHARD_BYTES) shards *= 2;
  const manifest: SearchManifest = {
    format: 2,
    base: `b${now.getTime().toString(36)}${randomBytes(3).toString('hex')}`,
    shards,
    docs: 0,
    averageLength,
    // A fresh base: every shard at generation 0, no generation page.
    generationPages: new Array(Math.ceil(shards / engine.GENERATION_PAGE)).fill(0),
    removed: [],
    recent: null,
    updatedAt: now.toISOString(),
  };
  const pieces = new Map<string, string>();
  const appended = appendDocs(
    manifest,
    docs,
    { terms: new Map(), keys: new Map(), near: new Map() },
    new Map(),
    new GenerationBook(manifest),
    true,
  );
  for (const [path, body] of appended.pieces) pieces.set(path, body);
  pieces.set(engine.paths.manifest(), json(appended.manifest));
  return pieces;
}

type ShardFamilies = {
  terms: Map<number, Record<string, number[]>>;
  keys: Map<number, Record<string, number>>;
  near: Map<number, Record<string, string[]>>;
};

/**
 * Appends documents to a base: their postings into the term shards, their keys, their words' deletion
 * neighbourhood, their heads, excerpts and meta rows. `current` holds the pieces already read (the shards
 * the documents touch, and the last partial head/excerpt/meta pieces); the result names what to write.
 */
function appendDocs(
  manifest: SearchManifest,
  docs: RecentDoc[],
  current: ShardFamilies,
  partial: Map<string, unknown[]>,
  generations: GenerationBook,
  /** A full build: every piece at generation 0 under a new base; else the next generation of each. */
  fresh: boolean,
): { manifest: SearchManifest; pieces: Map<string, string> } {
  const next: SearchManifest = { ...manifest };
  const touched = { terms: new Set<number>(), keys: new Set<number>(), near: new Set<number>() };
  const family = <T>(map: Map<number, Record<string, T>>, shard: number): Record<string, T> => {
    let piece = map.get(shard);
    if (!piece) {
      piece = {};
      map.set(shard, piece);
    }
    return piece;
  };
  const heads: SearchDocHead[] = [];
  const words = new Set<string>();
  const excerpts: string[] = [];
  const meta: string[][] = [];
  docs.forEach((doc, index) => {
    const docNum = manifest.docs + index;
    for (const [term, impact] of Object.entries(doc.terms)) {
      const shard = searchText.shardOf(term, manifest.shards);
      const piece = family(current.terms, shard);
      const list = piece[term] ?? [];
      list.push(docNum, impact);
      piece[term] = list;
      touched.terms.add(shard);
      if (isFoldedWord(term)) words.add(term);
    }
    // A full build's docs are its own: their impacts now live in the postings (memory at 100,000).
    if (fresh) doc.terms = {};
    const keyShard = searchText.shardOf(doc.head.key, manifest.shards);
    family(current.keys, keyShard)[doc.head.key] = docNum;
    touched.keys.add(keyShard);
    heads.push(doc.head);
    excerpts.push(doc.excerpt);
    meta.push(engine.rowOfFacets(doc.head.facets));
  });
  // The deletion neighbourhood of each distinct word, once.
  for (const word of words)
    for (const variant of searchText.deletions(word)) {
      const nearShard = searchText.shardOf(variant, manifest.shards);
      const near = family(current.near, nearShard);
      const listed = near[variant] ?? [];
      if (!listed.includes(word)) {
        listed.push(word);
        near[variant] = listed;
        touched.near.add(nearShard);
      }
    }
  const pieces = new Map<string, string>();
  if (!fresh) {
    for (const shard of touched.terms) generations.bump('t', shard);
    for (const shard of touched.keys) generations.bump('k', shard);
    for (const shard of touched.near) generations.bump('n', shard);
    generations.write(next, pieces);
  }
  next.docs = manifest.docs + docs.length;
  for (const shard of touched.terms) {
    const generation = generations.of('t', shard);
    const { first, bands } = splitTiers(current.terms.get(shard) ?? {});
    pieces.set(engine.paths.terms(next, shard, generation), json(first));
    bands.forEach((band, index) => {
      pieces.set(engine.paths.continuation(next, shard, generation, index + 1), json(band));
    });
  }
  for (const shard of touched.keys)
    pieces.set(engine.paths.keys(next, shard, generations.of('k', shard)), json(current.keys.get(shard)));
  for (const shard of touched.near)
    pieces.set(engine.paths.near(next, shard, generations.of('n', shard)), json(current.near.get(shard)));
  // Heads, excerpts and meta rows: fill the last partial piece, then new ones.
  const fill = (
    per: number,
    items: unknown[],
    pathOf: (m: SearchManifest, piece: number) => string,
    existing: unknown[],
  ) => {
    const firstPiece = Math.floor(manifest.docs / per);
    const all = [...existing, ...items];
    for (let piece = firstPiece, start = 0; start < all.length; piece += 1, start += per)
      pieces.set(pathOf(next, piece), json(all.slice(start, start + per)));
  };
  fill(engine.HEADS_PER_PIECE, heads, engine.paths.heads, partial.get('heads') ?? []);
  fill(engine.HEADS_PER_PIECE, excerpts, engine.paths.excerpts, partial.get('excerpts') ?? []);
  fill(engine.META_PER_CHUNK, meta, engine.paths.meta, partial.get('meta') ?? []);
  return { manifest: next, pieces };
}

/**
 * A shard's full posting lists (docNum order) as its first tiers and impact bands (decisions 112, 114): a
 * term with more than FIRST_TIER postings keeps its best by impact (ties: the newer) in the shard, with its
 * count and the largest impact of each band; band b (ranks FIRST_TIER·2^(b-1) to FIRST_TIER·2^b) goes to
 * the shard's band piece b. Every list in a piece is in docNum order, gap-encoded.
 */
export function splitTiers(piece: Record<string, number[]>): {
  first: Record<string, number[]>;
  bands: Record<string, number[]>[];
} {
  const first: Record<string, number[]> = {};
  const bands: Record<string, number[]>[] = [];
  for (const [term, list] of Object.entries(piece)) {
    if (list.length <= 2 * engine.FIRST_TIER) {
      first[term] = engine.encodePostings(list);
      continue;
    }
    const pairs: [number, number][] = [];
    for (let at = 0; at + 1 < list.length; at += 2) pairs.push([list[at] ?? 0, list[at + 1] ?? 0]);
    pairs.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    const flat = (chosen: [number, number][]) =>
      engine.encodePostings(chosen.sort((a, b) => a[0] - b[0]).flat());
    const mark = [pairs.length];
    first[term] = flat(pairs.slice(0, engine.FIRST_TIER));
    for (let band = 1; engine.bandEnd(band - 1) < pairs.length; band += 1) {
      const chosen = pairs.slice(engine.bandEnd(band - 1), engine.bandEnd(band));
      mark.push(chosen[0]?.[1] ?? 0);
      let target = bands[band - 1];
      if (!target) {
        target = {};
        bands[band - 1] = target;
      }
      target[term] = flat(chosen);
    }
    first[engine.TIER_MARK + term] = mark;
  }
  return { first, bands };
}

/** The inverse of splitTiers: a shard's first tiers and bands as full lists in docNum order. */
function joinTiers(
  first: Record<string, number[]>,
  bands: Record<string, number[]>[],
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [term, list] of Object.entries(first)) {
    if (term.startsWith(engine.TIER_MARK)) continue;
    const more = bands.map((band) => band[term]).filter((found): found is number[] => found !== undefined);
    if (more.length === 0) {
      out[term] = engine.decodePostings(list);
      continue;
    }
    const pairs: [number, number][] = [];
    for (const numbers of [list, ...more].map(engine.decodePostings))
      for (let at = 0; at + 1 < numbers.length; at += 2) pairs.push([numbers[at] ?? 0, numbers[at + 1] ?? 0]);
    out[term] = pairs.sort((a, b) => a[0] - b[0]).flat();
  }
  return out;
}

async function readJson<T>(store: PieceStore, path: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const body = await store.read(path);
  return body === undefined ? fallback : schema.parse(JSON.parse(body));
}

const olderManifestSchema = z.object({ format: z.number().int() });

/** The live manifest; undefined when there is no index, or one of an older format (a full rebuild replaces it). */
export async function readManifest(store: PieceStore): Promise<SearchManifest | undefined> {
  const body = await store.read(engine.paths.manifest());
  if (body === undefined) return undefined;
  const parsed: unknown = JSON.parse(body);
  const older = olderManifestSchema.safeParse(parsed);
  if (older.success && older.data.format < 2) return undefined;
  return manifestSchema.parse(parsed);
}

export type IndexUpdate = { upsert: SearchRecord[]; remove: string[] };
export type UpdateReport = { written: string[]; compacted: boolean };

const newRecentId = (now: Date) => `${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;

/**
 * One publication (or a few): the items' new versions go to the recent segment, replacing an older
 * version there; a version in the base is marked removed. Two pieces are written, unless the recent
 * segment outgrew its bound and is compacted into the base.
 */
export async function updateIndex(
  store: PieceStore,
  update: IndexUpdate,
  now = new Date(),
): Promise<UpdateReport> {
  const manifest = await readManifest(store);
  if (!manifest) {
    // An index of an older format is not rebuilt from one publication's items: an operator rebuilds it.
    if ((await store.read(engine.paths.manifest())) !== undefined)
      throw new Error('search index of an older format: run a full rebuild (rebuild-site)');
    const pieces = buildIndex(update.upsert, now);
    await writePieces(store, pieces);
    return { written: [...pieces.keys()], compacted: false };
  }
  const recent = manifest.recent
    ? await readJson(store, engine.paths.recent(manifest.recent.id), recentPieceSchema, { docs: [] })
    : { docs: [] };
  const changedKeys = new Set([...update.remove, ...update.upsert.map((record) => record.key)]);
  const removed = new Set(manifest.removed);
  const generations = new GenerationBook(manifest);
  await generations.load(
    store,
    [...changedKeys].map((key) => searchText.shardOf(key, manifest.shards)),
  );
  // Where a changed key sits in the base: one key shard each.
  await Promise.all(
    [...changedKeys].map(async (key) => {
      const shard = searchText.shardOf(key, manifest.shards);
      const path = engine.paths.keys(manifest, shard, generations.of('k', shard));
      const keysPiece = await readJson(store, path, keysPieceSchema, {});
      const docNum = keysPiece[key];
      if (docNum !== undefined) removed.add(docNum);
    }),
  );
  const docs = [
    ...recent.docs.filter((doc) => !changedKeys.has(doc.head.key)),
    ...update.upsert.map((record) => recentDocOf(record, manifest.averageLength)),
  ];
  const body = json({ docs });
  const next: SearchManifest = {
    ...manifest,
    removed: [...removed].sort((a, b) => a - b),
    updatedAt: now.toISOString(),
  };
  if (body.length > RECENT_LIMIT_BYTES) {
    const compacted = await compact(store, next, docs);
    await writePieces(store, compacted.pieces, compacted.manifest);
    return { written: [...compacted.pieces.keys(), engine.paths.manifest()], compacted: true };
  }
  const id = newRecentId(now);
  next.recent = docs.length > 0 ? { id, docs: docs.length, bytes: body.length } : null;
  const pieces = new Map<string, string>();
  if (next.recent) pieces.set(engine.paths.recent(id), body);
  await writePieces(store, pieces, next);
  return { written: [...pieces.keys(), engine.paths.manifest()], compacted: false };
}

/** The recent segment into the base: read the pieces its documents touch, append, name the new ones. */
async function compact(
  store: PieceStore,
  manifest: SearchManifest,
  docs: RecentDoc[],
): Promise<{ manifest: SearchManifest; pieces: Map<string, string> }> {
  const termShards = new Set<number>();
  const nearShards = new Set<number>();
  const keyShards = new Set<number>();
  for (const doc of docs) {
    keyShards.add(searchText.shardOf(doc.head.key, manifest.shards));
    for (const term of Object.keys(doc.terms)) {
      termShards.add(searchText.shardOf(term, manifest.shards));
      if (isFoldedWord(term))
        for (const variant of searchText.deletions(term))
          nearShards.add(searchText.shardOf(variant, manifest.shards));
    }
  }
  const generations = new GenerationBook(manifest);
  await generations.load(store, [...termShards, ...nearShards, ...keyShards]);
  const current: ShardFamilies = { terms: new Map(), keys: new Map(), near: new Map() };
  const loadAll = <T>(
    shards: Set<number>,
    target: Map<number, T>,
    pathOf: (shard: number) => string,
    schema: z.ZodType<T>,
    fallback: () => T,
  ) =>
    Promise.all(
      [...shards].map(async (shard) =>
        target.set(shard, await readJson(store, pathOf(shard), schema, fallback())),
      ),
    );
  await Promise.all(
    [...termShards].map(async (shard) => {
      const generation = generations.of('t', shard);
      const first = await readJson(
        store,
        engine.paths.terms(manifest, shard, generation),
        postingsPieceSchema,
        {},
      );
      let bandCount = 0;
      for (const [term, mark] of Object.entries(first))
        if (term.startsWith(engine.TIER_MARK)) bandCount = Math.max(bandCount, mark.length - 1);
      const bands = await Promise.all(
        Array.from({ length: bandCount }, (_, band) =>
          readJson(
            store,
            engine.paths.continuation(manifest, shard, generation, band + 1),
            postingsPieceSchema,
            {},
          ),
        ),
      );
      current.terms.set(shard, joinTiers(first, bands));
    }),
  );
  await loadAll(
    keyShards,
    current.keys,
    (shard) => engine.paths.keys(manifest, shard, generations.of('k', shard)),
    keysPieceSchema,
    () => ({}),
  );
  await loadAll(
    nearShards,
    current.near,
    (shard) => engine.paths.near(manifest, shard, generations.of('n', shard)),
    nearPieceSchema,
    () => ({}),
  );
  const partial = new Map<string, unknown[]>();
  if (manifest.docs % engine.HEADS_PER_PIECE !== 0) {
    const piece = Math.floor(manifest.docs / engine.HEADS_PER_PIECE);
    partial.set('heads', await readJson(store, engine.paths.heads(manifest, piece), headsPieceSchema, []));
    partial.set(
      'excerpts',
      await readJson(store, engine.paths.excerpts(manifest, piece), excerptsPieceSchema, []),
    );
  }
  if (manifest.docs % engine.META_PER_CHUNK !== 0) {
    const chunk = Math.floor(manifest.docs / engine.META_PER_CHUNK);
    partial.set('meta', await readJson(store, engine.paths.meta(manifest, chunk), metaPieceSchema, []));
  }
  const appended = appendDocs(manifest, docs, current, partial, generations, false);
  appended.manifest.recent = null;
  return appended;
}

/** Writes the pieces, then the manifest last: a reader sees the old index or the new one, never half. */
async function writePieces(
  store: PieceStore,
  pieces: Map<string, string>,
  manifest?: SearchManifest,
): Promise<void> {
  const manifestPath = engine.paths.manifest();
  const entries = [...pieces.entries()].filter(([path]) => path !== manifestPath);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const entry = entries[next++];
      if (entry) await store.write(entry[0], entry[1]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, entries.length) }, worker));
  const manifestBody = manifest ? json(manifest) : pieces.get(manifestPath);
  if (manifestBody !== undefined) await store.write(manifestPath, manifestBody);
}

/** Full rebuild: every record, a fresh base under a new name, so no piece a reader may hold is overwritten. */
export async function rebuildIndex(
  store: PieceStore,
  records: SearchRecord[],
  now = new Date(),
): Promise<{ pieces: number; bytes: number }> {
  const pieces = buildIndex(records, now);
  await writePieces(store, pieces);
  return { pieces: pieces.size, bytes: [...pieces.values()].reduce((sum, body) => sum + body.length, 0) };
}
