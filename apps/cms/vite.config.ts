import { fileURLToPath, URL } from 'node:url';
import { defineConfig, normalizePath, type Plugin } from 'vite';
import { webAppConfig } from '@dualcarbon/web/vite';

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

// Vue plugin, compile-time flags, the /api proxy, build target and the vitest setup: @dualcarbon/web/vite.
export default defineConfig(
  webAppConfig({
    base: '/cms/',
    plugins: [sourceAliases()],
    resolve: {
      // Portal files resolve these from apps/portal: one copy of each, or injection keys would differ.
      dedupe: ['vue', 'vue-router', 'vue-i18n', 'pinia', '@dualcarbon/domain'],
    },
    server: { port: 5174 },
    build: {
      rolldownOptions: {
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          // The entry preview runs in an iframe with the portal's stylesheet, isolated from the CMS's.
          preview: fileURLToPath(new URL('./preview.html', import.meta.url)),
        },
      },
    },
  }),
);
