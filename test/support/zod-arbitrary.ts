import fc from 'fast-check';
import type * as z from 'zod';
import { extremeNumber, extremeText, hostileText } from './hostile-text.ts';

/**
 * fast-check arbitraries from the portal's zod 4 schemas, read from their definitions (`_zod.def`). A
 * generated value mostly has the schema's shape, so requests get past validation and reach the services
 * and storage; its strings are hostile text, and a share of every field is pushed past its bounds, so the
 * refusals are exercised too. `known` offers real values by field name (ids, keys, slugs that exist), so
 * requests also reach records that are there.
 */
export type Known = Record<string, readonly unknown[]>;

export type GenerationOptions = {
  /** Real values by field name. */
  known?: Known;
  /**
   * `valid`: every field within its schema (the text still hostile), so requests get past validation;
   * `edgy`: a share of every field past its bounds or malformed.
   */
  mode?: 'valid' | 'edgy';
  /** Repairs what a generic generator cannot know (refinements across fields), on every generated object. */
  adjust?: (value: Record<string, unknown>) => Record<string, unknown>;
};

type Def = {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  pattern?: RegExp;
  coerce?: boolean;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
};
type CheckDef = {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
};

function defOf(schema: z.ZodType): Def {
  return Reflect.get(Reflect.get(schema, '_zod'), 'def');
}

const checksOf = (def: Def) => (def.checks ?? []).map((check) => check._zod.def);

/** A string the formats and checks of a zod string describe; in `edgy` mode, sometimes not. */
function stringArbitrary(def: Def, mode: 'valid' | 'edgy'): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const minLength = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
  const maxLength = checks.find((check) => check.check === 'max_length')?.maximum ?? 300;
  const format = def.format ?? checks.find((check) => check.check === 'string_format')?.format;
  const pattern = def.pattern ?? checks.find((check) => check.format === 'regex')?.pattern;
  const hostile = hostileText({ minLength, maxLength });
  const wrongText = fc.oneof(extremeText({ minLength, maxLength }), hostileText());
  const or = (right: fc.Arbitrary<string>, wrong: fc.Arbitrary<string>, weight = 5) =>
    mode === 'valid' ? right : fc.oneof({ weight, arbitrary: right }, { weight: 1, arbitrary: wrong });
  switch (format) {
    case 'uuid':
      return or(fc.uuid(), wrongText);
    case 'datetime':
      return or(instant, fc.constantFrom('2026-13-40T25:61:00Z', '0000-01-01T00:00:00Z', 'hôm nay'));
    case 'date':
      return or(
        instant.map((value) => value.slice(0, 10)),
        fc.constantFrom('2026-02-30', '31/12/2026', ''),
      );
    case 'email':
      // fast-check's addresses follow RFC 5322, which is more than zod (or a mail server) accepts.
      return or(
        fc
          .tuple(
            fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/),
            fc.constantFrom('quangtri.gov.vn', 'x.vn'),
          )
          .map(([name, domain]) => `${name.replace(/\.{2,}/g, '.')}@${domain}`),
        wrongText,
        4,
      );
    case 'url':
      return or(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'http://', '//x'), 4);
  }
  if (pattern) {
    const matching = fc
      .stringMatching(pattern)
      .filter((value) => value.length >= minLength && value.length <= maxLength);
    return or(matching, wrongText, 4);
  }
  return or(hostile, wrongText);
}

/** Time of the run's start: "future" instants are generated relative to it. */
const RUN_STARTED = Date.now();

/** Instants from the past into the next decade, in UTC or with Vietnam's offset (as the admin SPA sends). */
const instant = fc
  .tuple(
    fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2036, 0, 1) }),
    fc.integer({ min: 0, max: 10 * 60_000 }),
    fc.boolean(),
  )
  .map(([ms, soon, vietnam]) => {
    // Half of them just ahead of now: "publish at" must be a minute or more in the future.
    const at = new Date(ms % 2 === 0 ? RUN_STARTED + 5 * 60_000 + soon : ms);
    if (!vietnam) return at.toISOString();
    return `${new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
  });

function numberArbitrary(def: Def, mode: 'valid' | 'edgy'): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const integer = checks.some((check) => check.format === 'safeint' || check.format === 'int32');
  const lower = checks.find((check) => check.check === 'greater_than');
  const upper = checks.find((check) => check.check === 'less_than');
  // `positive()` is "greater than 0", not inclusive.
  const step = integer ? 1 : Number.EPSILON;
  const min = lower?.value === undefined ? -1_000_000 : lower.value + (lower.inclusive ? 0 : step);
  const max = upper?.value === undefined ? 1_000_000 : upper.value - (upper.inclusive ? 0 : step);
  const inRange = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true });
  // Versions and counts are small in practice: bias towards the low end so expectedVersion can match.
  const low = fc.integer({ min: Math.ceil(Math.max(min, 0)), max: Math.ceil(Math.max(min, 0)) + 3 });
  if (mode === 'valid') return fc.oneof({ weight: 3, arbitrary: low }, { weight: 2, arbitrary: inRange });
  return fc.oneof(
    { weight: 3, arbitrary: low },
    { weight: 3, arbitrary: inRange },
    { weight: 1, arbitrary: extremeNumber },
  );
}

/** Whether a pipe's first stage ends in a transform: then its second stage describes the accepted values. */
function transformsFirst(schema: z.ZodType | undefined): boolean {
  if (!schema) return false;
  const def = defOf(schema);
  return def.type === 'transform' || (def.type === 'pipe' && transformsFirst(def.out));
}

export function arbitraryFor(
  schema: z.ZodType,
  options: GenerationOptions = {},
  field?: string,
): fc.Arbitrary<unknown> {
  const generated = structural(schema, options);
  const real = field ? options.known?.[field] : undefined;
  if (!real || real.length === 0) return generated;
  // `undefined` among the known values leaves an optional field out.
  const realWeight = options.mode === 'valid' ? 4 : 2;
  return fc.oneof(
    { weight: realWeight, arbitrary: fc.constantFrom(...real) },
    { weight: 1, arbitrary: generated },
  );
}

function structural(schema: z.ZodType, options: GenerationOptions): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const mode = options.mode ?? 'edgy';
  switch (def.type) {
    case 'string':
      return stringArbitrary(def, mode);
    case 'number':
    case 'int':
      return numberArbitrary(def, mode);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return def.innerType ? structural(def.innerType, options) : fc.constant(undefined);
    case 'nullable':
      return def.innerType ? fc.option(structural(def.innerType, options), { nil: null }) : fc.constant(null);
    case 'pipe': {
      const stage = transformsFirst(def.in) ? def.out : def.in;
      return stage ? structural(stage, options) : fc.jsonValue();
    }
    case 'object': {
      const shape = def.shape ?? {};
      const required = Object.keys(shape).filter((key) => {
        const type = defOf(shape[key] ?? schema).type;
        return type !== 'optional' && type !== 'default' && type !== 'prefault';
      });
      const fields = Object.fromEntries(
        Object.entries(shape).map(([key, value]) => [key, arbitraryFor(value, options, key)]),
      );
      const record = fc.record(fields, { requiredKeys: required });
      return options.adjust ? record.map(options.adjust) : record;
    }
    case 'array': {
      const checks = checksOf(def);
      const minLength = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
      const maxLength = Math.min(
        checks.find((check) => check.check === 'max_length')?.maximum ?? 5,
        minLength + 5,
      );
      return def.element
        ? fc.array(structural(def.element, options), { minLength, maxLength })
        : fc.constant([]);
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => structural(option, options)));
    case 'intersection': {
      if (!def.left || !def.right) return fc.jsonValue();
      return fc
        .tuple(structural(def.left, options), structural(def.right, options))
        .map(([left, right]) =>
          left && right && typeof left === 'object' && typeof right === 'object'
            ? { ...left, ...right }
            : left,
        );
    }
    case 'record':
      return fc.dictionary(
        fc.string({ maxLength: 10 }),
        def.valueType ? structural(def.valueType, options) : fc.jsonValue(),
        {
          maxKeys: 4,
        },
      );
    default:
      // unknown, any, custom, transform…: anything JSON can carry.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * A value of the schema's shape with one thing wrong: a field dropped, replaced by arbitrary JSON, or the
 * whole value swapped for something else (the "malformed body" half of the fuzzing).
 */
export function mutatedArbitrary(schema: z.ZodType, options: GenerationOptions = {}): fc.Arbitrary<unknown> {
  return fc
    .tuple(arbitraryFor(schema, options), fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.boolean())
    .map(([value, noise, pick, drop]) => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return noise;
      const keys = Object.keys(value);
      const key = keys[pick % Math.max(1, keys.length)];
      if (key === undefined) return noise;
      const copy: Record<string, unknown> = { ...value };
      if (drop) delete copy[key];
      else copy[key] = noise;
      return copy;
    });
}
