import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/postgres.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two cores: the integration tests start servers, workers and Postgres backends of their own.
    maxWorkers: 2,
    env: { REPRISE_LOG_LEVEL: process.env.REPRISE_LOG_LEVEL ?? 'error' },
  },
});
