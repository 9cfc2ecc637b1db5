import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/** The repository root: functions bundle from here, with its package-lock.json and tsconfig.json. */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * How every portal function is bundled, in one place: PortalFunction hands these to NodejsFunction, and the
 * cold-start bench and the bundle-size test give the same options to esbuild, so the bundles they measure
 * are the ones Lambda runs.
 */
export const functionBundling = {
  format: 'esm',
  target: 'node22',
  platform: 'node',
  mainFields: ['module', 'main'],
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  charset: 'utf8',
  // CommonJS dependencies bundled into an ES module still call require(); give them one.
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
} as const;

/**
 * What a public-path function (PortalFunction's `publicPath`) may bundle, minified, in bytes
 * (test/infra/bundles.test.ts). `ownCode`: everything but the AWS SDK, the 300 KB; `total`: the
 * whole file, the SDK included, which alone is 470–630 KB (decision 126).
 */
export const publicPathBundleLimits = { ownCode: 300 * 1024, total: 1000 * 1024 } as const;

/** The AWS SDK's packages: bundled (decision 126) and counted apart from the portal's own code. */
export const awsSdkPackage = /^@(aws-sdk|smithy|aws-crypto)\//;

/**
 * Not set on the functions (decision 127): parsing the source map at every cold start costs 20–30 ms of
 * CPU. The map ships beside the bundle, so an operator investigating a stack trace sets this as the
 * function's NODE_OPTIONS for a while; the bench measures both.
 */
export const sourceMapNodeOptions = '--enable-source-maps';

/** The esbuild options NodejsFunction derives from functionBundling, for a build outside CDK. */
export function functionEsbuildOptions(
  entry: string,
  external: readonly string[] = [],
  root = repositoryRoot,
): BuildOptions {
  return {
    entryPoints: [join(root, entry)],
    bundle: true,
    format: functionBundling.format,
    target: functionBundling.target,
    platform: functionBundling.platform,
    mainFields: [...functionBundling.mainFields],
    minify: functionBundling.minify,
    sourcemap: functionBundling.sourceMap,
    sourcesContent: functionBundling.sourcesContent,
    charset: functionBundling.charset,
    banner: { js: functionBundling.banner },
    tsconfig: join(root, 'tsconfig.json'),
    external: [...external],
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  };
}
