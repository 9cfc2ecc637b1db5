import type { FieldTimes } from './organisation.ts';

/**
 * Which English is missing or older than its Vietnamese. Every translatable field is stamped with the time
 * it last changed (`stampFields`); a pair is *missing* when the Vietnamese has text and the English has none,
 * *stale* when the Vietnamese changed after the English did. Pure: the admin shows it, the tests prove it.
 */
export type EnglishPair = { vi: string; en: string };
export type EnglishState = { field: string; state: 'missing' | 'stale' };

/** The field times after a change: fields whose value changed get `at`, the others keep theirs. */
export function stampFields(
  previous: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
  fields: readonly string[],
  times: FieldTimes,
  at: string,
): FieldTimes {
  const stamped: FieldTimes = { ...times };
  for (const field of fields) {
    if (!previous || previous[field] !== next[field]) stamped[field] = at;
  }
  return stamped;
}

/**
 * The English of each pair (`name` → `nameVi` / `nameEn`) that needs work. An English field changed in the
 * same save as its Vietnamese counts as up to date.
 */
export function englishStatus(
  record: Record<string, unknown>,
  pairs: readonly string[],
  times: FieldTimes,
): EnglishState[] {
  const states: EnglishState[] = [];
  for (const name of pairs) {
    const vi = String(record[`${name}Vi`] ?? '');
    const en = String(record[`${name}En`] ?? '');
    if (vi.trim() === '') continue;
    if (en.trim() === '') states.push({ field: `${name}En`, state: 'missing' });
    else if ((times[`${name}Vi`] ?? '') > (times[`${name}En`] ?? ''))
      states.push({ field: `${name}En`, state: 'stale' });
  }
  return states;
}

/** The translatable pairs of each record the admin keeps in both languages. */
export const unitEnglishPairs = ['name', 'functions'] as const;
export const officialEnglishPairs = ['position', 'role'] as const;
export const unitTimedFields = ['nameVi', 'nameEn', 'functionsVi', 'functionsEn'] as const;
export const officialTimedFields = ['positionVi', 'positionEn', 'roleVi', 'roleEn'] as const;
