import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PortalAnswer, PortalDataSource } from './portal-data-source';

/** What the portal's SSR build (apps/portal/src/entry-server.ts) exports. */
interface PortalServerBundle {
  render(url: string, dataSource: (path: string) => Promise<PortalAnswer>, site: { origin: string }): Promise<RenderedPage>;
  pageHtml(template: string, page: RenderedPage): string;
}

interface RenderedPage {
  status: 200 | 404 | 503;
  private: boolean;
}

export interface PortalPage {
  status: 200 | 404 | 503;
  /** The whole document. */
  html: string;
  /** Depends on something in its URL private to one reader (never cached). */
  private: boolean;
}

export interface PortalRenderer {
  render(url: string, origin: string): Promise<PortalPage>;
}

export const SERVER_ENTRY = 'entry-server.js';

/**
 * Loads the portal's server build (`ssrDir`, from `vite build --ssr`) and its page template (the
 * client build's index.html, with the hashed script and style links), or null when either is missing
 * (the portal is then served as before: the client renders the empty page).
 */
export async function loadPortalRenderer(dirs: { portalDir: string; portalSsrDir: string }, dataSource: PortalDataSource): Promise<PortalRenderer | null> {
  const entry = join(dirs.portalSsrDir, SERVER_ENTRY);
  const templateFile = join(dirs.portalDir, 'index.html');
  if (!existsSync(entry) || !existsSync(templateFile)) return null;
  // A path, not a file URL: swc compiles this package to CommonJS, where import() becomes require(),
  // which loads the ES module Vite writes on Node ≥ 20.19 (the version the README asks for).
  const bundle = (await import(entry)) as PortalServerBundle;
  const template = readFileSync(templateFile, 'utf8');
  return {
    async render(url, origin) {
      const page = await bundle.render(url, dataSource, { origin });
      return { status: page.status, private: page.private, html: bundle.pageHtml(template, page) };
    },
  };
}
