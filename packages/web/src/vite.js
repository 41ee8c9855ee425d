// @ts-check
/// <reference types="vitest/config" />
/**
 * The Vite (and vitest) configuration the portal and the CMS share, imported by their `vite.config.ts`
 * as `@dualcarbon/web/vite`. Plain JavaScript on purpose: Vite bundles an app's config file but leaves
 * every package it imports (linked workspace packages included) to Node, and Node 20 cannot load
 * TypeScript. Importers get its types from `vite.d.ts`; `tsconfig.node.json` type-checks this file
 * through its JSDoc.
 */
import { baseCompile } from '@intlify/message-compiler';
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

/**
 * Compiles vue-i18n messages at build time, so the browser needs no message compiler: each module whose id
 * matches `include` must default-export a plain object of message strings (no imports besides types); its
 * strings become the ASTs vue-i18n formats directly. Pair it with the define
 * `__INTLIFY_DROP_MESSAGE_COMPILER__: 'true'` in builds (dev and tests keep compiling strings at run time).
 *
 * @param {RegExp} include
 * @returns {import('vite').Plugin}
 */
export function precompiledMessages(include) {
  /** @param {unknown} value @param {string} path @returns {unknown} */
  const compileTree = (value, path) => {
    if (typeof value === 'string') {
      /** @type {string[]} */
      const errors = [];
      const { ast } = baseCompile(value, { jit: true, location: false, onError: (e) => errors.push(e.message) });
      if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
      return ast;
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compileTree(v, `${path}.${k}`)]));
    }
    return value;
  };
  return {
    name: 'dualcarbon:precompiled-messages',
    apply: 'build',
    enforce: 'post', // after the TypeScript transform: the module is plain JavaScript here
    async transform(code, id) {
      if (!include.test(id)) return null;
      const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
      return { code: `export default ${JSON.stringify(compileTree(module.default, id))};\n`, map: null };
    },
  };
}
