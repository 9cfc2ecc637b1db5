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
/** About 16 KB of postings per term shard at build (estimated): a browser query reads a handful of shards. */
const TARGET_SHARD_BYTES = 16_000;
const MIN_SHARDS = 8;
const MAX_SHARDS = 8192;
const EXCERPT_CHARS = 2_000;
const K1 = 1.2;
const B = 0.75;

export type PieceStore = {
  read: (path: string) => Promise<string | undefined>;
  /** Pieces are immutable but for the manifest. */
  write: (path: string, body: string) => Promise<void>;
};

export const manifestSchema = z.object({
  format: z.literal(1),
  base: z.string().regex(/^[a-z0-9]+$/),
  shards: z.number().int().min(1),
  docs: z.number().int().min(0),
  averageLength: z.number().positive(),
  termGenerations: z.array(z.number().int()),
  keyGenerations: z.array(z.number().int()),
  nearGenerations: z.array(z.number().int()),
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
  const docs = sorted.map((record, index) => recentDocOf(record, averageLength, weighted[index]));
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
    format: 1,
    base: `b${now.getTime().toString(36)}${randomBytes(3).toString('hex')}`,
    shards,
    docs: 0,
    averageLength,
    termGenerations: new Array(shards).fill(0),
    keyGenerations: new Array(shards).fill(0),
    nearGenerations: new Array(shards).fill(0),
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
): { manifest: SearchManifest; pieces: Map<string, string> } {
  const next: SearchManifest = {
    ...manifest,
    termGenerations: [...manifest.termGenerations],
    keyGenerations: [...manifest.keyGenerations],
    nearGenerations: [...manifest.nearGenerations],
  };
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
  for (const shard of touched.terms) next.termGenerations[shard] = (next.termGenerations[shard] ?? 0) + 1;
  for (const shard of touched.keys) next.keyGenerations[shard] = (next.keyGenerations[shard] ?? 0) + 1;
  for (const shard of touched.near) next.nearGenerations[shard] = (next.nearGenerations[shard] ?? 0) + 1;
  next.docs = manifest.docs + docs.length;
  for (const shard of touched.terms) {
    const { first, continuation } = splitTiers(current.terms.get(shard) ?? {});
    pieces.set(engine.paths.terms(next, shard), json(first));
    if (Object.keys(continuation).length > 0)
      pieces.set(engine.paths.continuation(next, shard), json(continuation));
  }
  for (const shard of touched.keys) pieces.set(engine.paths.keys(next, shard), json(current.keys.get(shard)));
  for (const shard of touched.near) pieces.set(engine.paths.near(next, shard), json(current.near.get(shard)));
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
 * A shard's full posting lists (docNum order) as its first tiers and its continuation (decision 112): a
 * term with more than FIRST_TIER postings keeps its best by impact (ties: the newer) in the shard, with
 * its count and the largest impact left out; the rest goes to the continuation piece.
 */
export function splitTiers(piece: Record<string, number[]>): {
  first: Record<string, number[]>;
  continuation: Record<string, number[]>;
} {
  const first: Record<string, number[]> = {};
  const continuation: Record<string, number[]> = {};
  for (const [term, list] of Object.entries(piece)) {
    if (list.length <= 2 * engine.FIRST_TIER) {
      first[term] = list;
      continue;
    }
    const pairs: [number, number][] = [];
    for (let at = 0; at + 1 < list.length; at += 2) pairs.push([list[at] ?? 0, list[at + 1] ?? 0]);
    pairs.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    const flat = (chosen: [number, number][]) => chosen.sort((a, b) => a[0] - b[0]).flat();
    const rest = pairs[engine.FIRST_TIER]?.[1] ?? 0;
    first[term] = flat(pairs.slice(0, engine.FIRST_TIER));
    first[engine.TIER_MARK + term] = [pairs.length, rest];
    continuation[term] = flat(pairs.slice(engine.FIRST_TIER));
  }
  return { first, continuation };
}

/** The inverse of splitTiers: a shard's first tiers and continuation as full lists in docNum order. */
function joinTiers(
  first: Record<string, number[]>,
  continuation: Record<string, number[]>,
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [term, list] of Object.entries(first)) {
    if (term.startsWith(engine.TIER_MARK)) continue;
    const more = continuation[term];
    if (!more) {
      out[term] = list;
      continue;
    }
    const pairs: [number, number][] = [];
    for (const numbers of [list, more])
      for (let at = 0; at + 1 < numbers.length; at += 2) pairs.push([numbers[at] ?? 0, numbers[at + 1] ?? 0]);
    out[term] = pairs.sort((a, b) => a[0] - b[0]).flat();
  }
  return out;
}

async function readJson<T>(store: PieceStore, path: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const body = await store.read(path);
  return body === undefined ? fallback : schema.parse(JSON.parse(body));
}

export async function readManifest(store: PieceStore): Promise<SearchManifest | undefined> {
  const body = await store.read(engine.paths.manifest());
  return body === undefined ? undefined : manifestSchema.parse(JSON.parse(body));
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
    const pieces = buildIndex(update.upsert, now);
    await writePieces(store, pieces);
    return { written: [...pieces.keys()], compacted: false };
  }
  const recent = manifest.recent
    ? await readJson(store, engine.paths.recent(manifest.recent.id), recentPieceSchema, { docs: [] })
    : { docs: [] };
  const changedKeys = new Set([...update.remove, ...update.upsert.map((record) => record.key)]);
  const removed = new Set(manifest.removed);
  // Where a changed key sits in the base: one key shard each.
  await Promise.all(
    [...changedKeys].map(async (key) => {
      const shard = searchText.shardOf(key, manifest.shards);
      const keysPiece = await readJson(store, engine.paths.keys(manifest, shard), keysPieceSchema, {});
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
      const first = await readJson(store, engine.paths.terms(manifest, shard), postingsPieceSchema, {});
      const tiered = Object.keys(first).some((term) => term.startsWith(engine.TIER_MARK));
      const continuation = tiered
        ? await readJson(store, engine.paths.continuation(manifest, shard), postingsPieceSchema, {})
        : {};
      current.terms.set(shard, joinTiers(first, continuation));
    }),
  );
  await loadAll(
    keyShards,
    current.keys,
    (shard) => engine.paths.keys(manifest, shard),
    keysPieceSchema,
    () => ({}),
  );
  await loadAll(
    nearShards,
    current.near,
    (shard) => engine.paths.near(manifest, shard),
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
  const appended = appendDocs(manifest, docs, current, partial);
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
