import fc from 'fast-check';

/**
 * Property-based tests are seeded and bounded, so CI runs the same cases every time: a fixed base seed,
 * combined with each property's name (adding a property leaves the others' sequences as they were), and a
 * fixed number of runs. QTP_PROPERTY_SEED and QTP_PROPERTY_RUNS change them for a deeper run by hand
 * (`QTP_PROPERTY_RUNS=500 npx vitest run test/unit/text-properties.test.ts`).
 */
export const BASE_SEED = Number(process.env.QTP_PROPERTY_SEED ?? 20261201);
const RUN_FACTOR = process.env.QTP_PROPERTY_RUNS ? Number(process.env.QTP_PROPERTY_RUNS) / 100 : 1;

export const seedOf = (name: string) =>
  [...name].reduce((hash, char) => (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0, BASE_SEED);

/** fast-check's own report prints whole counterexamples (megabytes of text); this one keeps it short. */
function shortReport<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const example = JSON.stringify(details.counterexample)?.slice(0, 600);
  const cause =
    details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}"): ` +
      `${cause.slice(0, 800)}\ncounterexample: ${example}`,
  );
}

/** Checks an asynchronous property `runs` times (scaled by QTP_PROPERTY_RUNS / 100) with its own seed. */
export async function checkAsync<T>(
  name: string,
  property: fc.IAsyncProperty<T>,
  runs: number,
): Promise<void> {
  await fc.assert(property, {
    seed: seedOf(name),
    numRuns: Math.max(1, Math.round(runs * RUN_FACTOR)),
    endOnFailure: true,
    asyncReporter: async (details) => shortReport(details),
  });
}

/** The same for a synchronous property (the text utilities): shrinking is cheap there, so it stays on. */
export function check<T>(name: string, property: fc.IProperty<T>, runs: number): void {
  fc.assert(property, {
    seed: seedOf(name),
    numRuns: Math.max(1, Math.round(runs * RUN_FACTOR)),
    reporter: (details) => shortReport(details),
  });
}
