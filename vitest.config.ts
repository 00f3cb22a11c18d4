import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['actions/*/test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests spawn git, python and Node 24 processes; two cores are all CI has.
    pool: 'forks',
  },
});
