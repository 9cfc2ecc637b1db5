import type * as z from 'zod';

/**
 * Stored items and their read schemas must agree: every read parses an item with its schema, so a write
 * that stores what the schema refuses makes a record nobody can open again. Both directions are checked
 * here, and both failures are the portal's fault, never the caller's: they surface as a 500 (logged with
 * the item and the fields), not as the caller's 400.
 */
export class StoredShapeError extends Error {
  constructor(
    readonly direction: 'write' | 'read',
    readonly item: string,
    readonly fields: string[],
  ) {
    super(
      direction === 'write'
        ? `refusing to store ${item}: its read schema would reject ${fields.join(', ')}`
        : `stored ${item} does not match its schema at ${fields.join(', ')}`,
    );
    this.name = 'StoredShapeError';
  }
}

const fieldsOf = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.map(String).join('.') || '(item)'}: ${issue.code}`);

/** A value as it will be stored, checked against the schema it will be read with. */
export function storable<S extends z.ZodType, T extends z.input<S>>(schema: S, value: T, item: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoredShapeError('write', item, fieldsOf(parsed.error));
  return value;
}

/** A stored item parsed with its read schema. */
export function parseStored<S extends z.ZodType>(schema: S, value: unknown, item: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoredShapeError('read', item, fieldsOf(parsed.error));
  return parsed.data;
}
