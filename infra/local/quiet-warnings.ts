/**
 * The AWS SDK warns on every start that its releases after January 2027 need Node 22. Lambda runs
 * Node 22; local tooling runs on the Node 20 of the developer machines, so the notice is dropped here.
 * Imported first by the local entry points; other warnings still print.
 */
const printWarnings = process.listeners('warning');
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name === 'NodeVersionSupportWarning') return;
  for (const listener of printWarnings) listener(warning);
});
