import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { type BuildOptions, build, type Metafile } from 'esbuild';
import * as z from 'zod';
import { functionEsbuildOptions, repositoryRoot } from './constructs/bundling.ts';
import { PortalFunction } from './constructs/portal-function.ts';
import { readPortalConfig } from './stacks/config.ts';
import { buildPortal } from './stacks/portal.ts';

export type FunctionBundle = PortalFunction['bundle'];

/**
 * Every portal function as the stacks declare it (entry, installed modules, public path or not): the
 * portal is built in memory with CDK's bundling skipped, so the list cannot drift from the stacks.
 */
export function portalFunctionBundles(): FunctionBundle[] {
  const cdkJson = z
    .object({ context: z.record(z.string(), z.unknown()) })
    .parse(JSON.parse(readFileSync(join(repositoryRoot, 'cdk.json'), 'utf8')));
  const outdir = mkdtempSync(join(tmpdir(), 'qtp-bundles-'));
  try {
    // No stack is bundled: only the constructs' own record of what they would bundle is read.
    const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] }, outdir });
    buildPortal(app, readPortalConfig(app));
    return app.node
      .findAll()
      .filter((construct): construct is PortalFunction => construct instanceof PortalFunction)
      .map((fn) => fn.bundle);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

export type BuiltBundle = { file: string; bytes: number; metafile: Metafile };

/** Bundles one function as NodejsFunction does (functionEsbuildOptions) into `outdir`/index.mjs. */
export async function bundleFunction(
  bundle: FunctionBundle,
  outdir: string,
  overrides: Partial<BuildOptions> = {},
  root = repositoryRoot,
): Promise<BuiltBundle> {
  const result = await build({
    ...functionEsbuildOptions(bundle.entry, bundle.external, root),
    entryNames: 'index',
    outdir,
    metafile: true,
    ...overrides,
  });
  const { metafile } = result;
  const output = Object.entries(metafile?.outputs ?? {}).find(([path]) => path.endsWith('index.mjs'));
  if (!metafile || !output) throw new Error(`esbuild wrote no index.mjs for ${bundle.entry}`);
  return { file: join(outdir, 'index.mjs'), bytes: output[1].bytes, metafile };
}

/** The bundle's bytes by package (node_modules/<name>) or source folder, largest first. */
export function contributors(metafile: Metafile): Array<{ name: string; bytes: number }> {
  const byName = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      byName.set(contributorOf(path), (byName.get(contributorOf(path)) ?? 0) + input.bytesInOutput);
    }
  }
  return [...byName.entries()].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

function contributorOf(path: string): string {
  const modules = path.split('node_modules/');
  const last = modules.at(-1) ?? path;
  if (modules.length > 1) {
    const parts = last.split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? last);
  }
  // Our own sources by their first two folders (shared/search, web/site).
  return path.split('/').slice(0, 2).join('/');
}

/**
 * The bytes of the modules an import of the bundle evaluates: those reached from the entry without
 * crossing a dynamic `import()` (esbuild keeps lazily imported modules in the same file, uninitialised).
 */
export function eagerBytes(metafile: Metafile): { eager: number; lazy: number; lazyInputs: string[] } {
  const output = Object.values(metafile.outputs).find((candidate) => candidate.entryPoint);
  if (!output?.entryPoint) return { eager: 0, lazy: 0, lazyInputs: [] };
  const reached = new Set<string>([output.entryPoint]);
  const queue = [output.entryPoint];
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    for (const imported of metafile.inputs[path]?.imports ?? []) {
      if (imported.kind === 'dynamic-import' || imported.external || reached.has(imported.path)) continue;
      reached.add(imported.path);
      queue.push(imported.path);
    }
  }
  let eager = 0;
  let lazy = 0;
  const lazyInputs: string[] = [];
  for (const [path, input] of Object.entries(output.inputs)) {
    if (reached.has(path)) eager += input.bytesInOutput;
    else {
      lazy += input.bytesInOutput;
      lazyInputs.push(path);
    }
  }
  return { eager, lazy, lazyInputs };
}
