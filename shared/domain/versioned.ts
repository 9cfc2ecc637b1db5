import * as z from 'zod';

/**
 * Optimistic concurrency: every change names the version it was made from, and storage refuses it (409)
 * if the record moved on. One schema, extended by every input that changes a versioned record.
 */
export const versionedSchema = z.object({ expectedVersion: z.number().int().min(1) });
export type Versioned = z.infer<typeof versionedSchema>;

/** The version attribute every stored record carries (starts at 1, +1 per change). */
export const versionSchema = z.number().int().min(1);
