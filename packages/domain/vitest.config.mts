import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    // Seed-score specs print their scores; keep the output readable.
    reporters: ['default'],
  },
});
