import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Files of the local stack (.data/) written whole or not at all: into a temporary file beside the target,
 * then renamed over it, which POSIX makes atomic. A process killed half-way leaves the old file (or none)
 * and a `.partial-…` file that the next start removes, never a truncated file that fails to parse.
 * No fsync: the promise covers the process being killed, not the machine losing power.
 */
export const PARTIAL_SUFFIX = '.partial-';

export const partialPathOf = (path: string) => `${path}${PARTIAL_SUFFIX}${randomUUID()}`;

export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const partial = partialPathOf(path);
  try {
    await writeFile(partial, data);
    await rename(partial, path);
  } catch (error) {
    await unlink(partial).catch(() => undefined);
    throw error;
  }
}

export function writeFileAtomicallySync(path: string, data: string, mode = 0o600): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = partialPathOf(path);
  try {
    writeFileSync(partial, data, { mode });
    renameSync(partial, path);
  } catch (error) {
    if (existsSync(partial)) unlinkSync(partial);
    throw error;
  }
}

/**
 * A small secret the local stack keeps between runs (the issuer's key, the cursor key). One that does not
 * parse (written by an older version that a kill interrupted) is made again, with a line saying so.
 */
export function loadOrCreateSecretFile<T>(
  path: string,
  parse: (text: string) => T | undefined,
  create: () => { value: T; text: string },
): T {
  if (existsSync(path)) {
    const parsed = parse(readFileSync(path, 'utf8'));
    if (parsed !== undefined) return parsed;
    console.warn(`${path} was damaged (a hard stop while it was written): made a new one.`);
  }
  const created = create();
  writeFileAtomicallySync(path, created.text);
  return created.value;
}
