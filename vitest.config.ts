import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // DynamoDB Local and the S3 emulator start once for the whole run; tests use unique ids.
    globalSetup: ['test/support/engines.global.ts'],
    setupFiles: ['test/support/engines.setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
