import { defineConfig } from 'vitest/config';

/**
 * Black-box tests across apps. globalSetup starts the built app once (fresh database, free port)
 * or uses E2E_BASE_URL; the specs reach it over HTTP and through Chromium.
 */
export default defineConfig({
  test: {
    include: ['*.e2e.spec.ts'],
    globalSetup: ['./support/app.ts'],
    environment: 'node',
    // One app and one browser at a time: the machine has two cores and the specs share the database.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
