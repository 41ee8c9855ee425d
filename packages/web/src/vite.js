// @ts-check
/// <reference types="vitest/config" />
/**
 * The Vite (and vitest) configuration the portal and the CMS share, imported by their `vite.config.ts`
 * as `@dualcarbon/web/vite`. Plain JavaScript on purpose: Vite bundles an app's config file but leaves
 * every package it imports (linked workspace packages included) to Node, and Node 20 cannot load
 * TypeScript. Importers get its types from `vite.d.ts`; `tsconfig.node.json` type-checks this file
 * through its JSDoc.
 */
import vue from '@vitejs/plugin-vue';
import { mergeConfig } from 'vite';

/** `vite dev` and `vite preview` send `/api` to the API: `API_URL`, else the API on port 3000. */
function apiProxy() {
  return { '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: true } };
}

/**
 * The shared configuration merged with an app's own (Vite's `mergeConfig`: objects merge, arrays such
 * as `plugins` are concatenated). The app keeps what differs: `base`, `server.port`, aliases, inputs.
 *
 * @param {import('vite').UserConfig} own
 * @returns {import('vite').UserConfig}
 */
export function webAppConfig(own) {
  /** @type {import('vite').UserConfig} */
  const shared = {
    plugins: [vue()],
    define: {
      // Compile-time flags: drop the Options API, devtools hooks and vue-i18n's legacy API from the bundle
      // (`createLangI18n` makes a composition-API instance).
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      __VUE_I18N_FULL_INSTALL__: 'false',
      __VUE_I18N_LEGACY_API__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
    },
    server: { proxy: apiProxy() },
    preview: { proxy: apiProxy() },
    build: {
      target: 'es2022',
      sourcemap: true,
    },
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.spec.ts'],
      restoreMocks: true,
    },
  };
  return mergeConfig(shared, own);
}
