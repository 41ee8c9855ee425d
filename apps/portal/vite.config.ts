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
    // The server build (`vite build --ssr src/entry-server.ts`, rendered inside the API process) carries
    // its own Vue, router, pinia and i18n: the API's production install has none of them.
    ssr: { noExternal: true },
    test: { testTimeout: 20_000 },
  }),
);
