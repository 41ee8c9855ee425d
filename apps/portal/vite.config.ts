import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import { webAppConfig } from '@dualcarbon/web/vite';

// Vue plugin, compile-time flags, the /api proxy, build target and the vitest setup: @dualcarbon/web/vite.
export default defineConfig(
  webAppConfig({
    base: '/',
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    server: { port: 5173 },
    build: {
      // Read by scripts/size-report.mjs (first-view JavaScript budget).
      manifest: true,
    },
    test: { testTimeout: 20_000 },
  }),
);
