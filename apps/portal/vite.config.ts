import { fileURLToPath, URL } from 'node:url';

import { precompiledMessages, webAppConfig } from '@dualcarbon/web/vite';
import { defineConfig } from 'vite';

// Vue plugin, compile-time flags, the /api proxy, build target and the vitest setup: @dualcarbon/web/vite.
export default defineConfig(({ command }) =>
  webAppConfig({
    base: '/',
    // Builds ship the UI catalogues compiled (src/i18n/catalogue.*.ts's sources) and vue-i18n without its
    // message compiler (~5 KB gzipped off every first view); dev and tests compile at run time.
    // Every message module (a default export of strings) is compiled here: builds carry no message compiler.
    plugins: [precompiledMessages(/\/src\/(i18n\/(en|zh)|briefings\/messages\.(en|zh)|components\/entry\/implementation\.messages)\.ts$/)],
    define: command === 'build' ? { __INTLIFY_DROP_MESSAGE_COMPILER__: 'true' } : {},
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
