/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig, normalizePath, type Plugin } from 'vite';

const cmsSrc = normalizePath(fileURLToPath(new URL('./src', import.meta.url)));
/** The portal's sources: the preview renders entries with the portal's own components and styles. */
const portalSrc = normalizePath(fileURLToPath(new URL('../portal/src', import.meta.url)));

/**
 * `@/…` means "this app's src": the CMS's for CMS files, the portal's for portal files imported through
 * `@portal/…`. A plain alias cannot depend on the importer, so this small resolver does it.
 */
function sourceAliases(): Plugin {
  return {
    name: 'dualcarbon:source-aliases',
    enforce: 'pre',
    resolveId(source, importer, options) {
      let target: string | null = null;
      if (source.startsWith('@portal/')) target = portalSrc + source.slice('@portal'.length);
      else if (source.startsWith('@/')) {
        const fromPortal = !!importer && normalizePath(importer).startsWith(`${portalSrc}/`);
        target = (fromPortal ? portalSrc : cmsSrc) + source.slice(1);
      }
      return target ? this.resolve(target, importer, { ...options, skipSelf: true }) : null;
    },
  };
}

export default defineConfig({
  base: '/cms/',
  plugins: [sourceAliases(), vue()],
  resolve: {
    // Portal files resolve these from apps/portal: one copy of each, or injection keys would differ.
    dedupe: ['vue', 'vue-router', 'vue-i18n', 'pinia', '@dualcarbon/domain'],
  },
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  server: {
    port: 5174,
    proxy: { '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: true } },
  },
  preview: {
    proxy: { '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: true } },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        // The entry preview runs in an iframe with the portal's stylesheet, isolated from the CMS's.
        preview: fileURLToPath(new URL('./preview.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
  },
});
