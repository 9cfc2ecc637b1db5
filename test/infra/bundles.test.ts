import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFunction, contributors, portalFunctionBundles } from '../../infra/bundles.ts';
import { awsSdkPackage, publicPathBundleLimits } from '../../infra/constructs/bundling.ts';

/**
 * The bundles of the functions citizens wait on, built with the options CDK uses (bundling.ts). Their
 * size is deterministic, so it is asserted here; their start-up time is the cold-start bench's.
 */
const outdir = mkdtempSync(join(tmpdir(), 'qtp-bundles-test-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const bundles = portalFunctionBundles();
const publicPath = bundles.filter((bundle) => bundle.publicPath);

describe('public-path bundles', () => {
  it('are the public halves of content (search) and feedback (submissions, tracking)', () => {
    expect(publicPath.map((bundle) => bundle.serviceName).toSorted()).toEqual([
      'qtp-content-public',
      'qtp-feedback-public',
    ]);
  });

  it.each(publicPath)('$serviceName stays within its budget and bundles no staff code', async (bundle) => {
    const built = await bundleFunction(bundle, join(outdir, bundle.serviceName));
    const own = contributors(built.metafile)
      .filter((contributor) => !awsSdkPackage.test(contributor.name))
      .reduce((sum, contributor) => sum + contributor.bytes, 0);
    expect(own, `${bundle.serviceName}: bytes besides the AWS SDK`).toBeLessThanOrEqual(
      publicPathBundleLimits.ownCode,
    );
    expect(built.bytes, `${bundle.serviceName}: whole bundle`).toBeLessThanOrEqual(
      publicPathBundleLimits.total,
    );
    const inputs = Object.keys(built.metafile.inputs);
    // Staff routes, image processing, the HTML sanitizer and PDF libraries stay out of a citizen's path.
    for (const staffOnly of [
      /functions\/\w+\/app\.ts$/,
      /shared\/auth\/policies\//,
      /node_modules\/(sanitize-html|postcss|sharp|pdfkit|pdf-lib|mammoth|diff)\//,
    ]) {
      expect(
        inputs.filter((input) => staffOnly.test(input)),
        String(staffOnly),
      ).toEqual([]);
    }
  });
});
