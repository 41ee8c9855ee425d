import { renderToString } from 'vue/server-renderer';
import { createMemoryHistory } from 'vue-router';

import { type ApiTransport, setApiTransport } from './api/http';
import { createPortalApp } from './app';
import { isLang, type Lang, localeTag } from './i18n';
import { pageLinks } from './lib/pageLinks';
import { loadRegionTable } from './lib/regions';
import { newRenderContext } from './ssr/context';
import { headTags } from './ssr/headTags';
import { serializeState, STATE_ELEMENT_ID } from './ssr/state';
import { useSiteStore } from './stores/site';

export type { ApiAnswer, ApiTransport } from './api/http';

/** A page rendered on the server, ready to be put into the built index.html (`pageHtml`). */
export interface RenderedPage {
  /** 404 for a not-found page; 503 when data the page needed could not be read (the page shows the error). */
  status: 200 | 404 | 503;
  lang: Lang;
  /** <title>, meta, links and JSON-LD. */
  head: string;
  /** The app's HTML, for <div id="app">. */
  html: string;
  /** The stores' state, JSON safe inside <script>. */
  state: string;
  /** The page depends on something in its URL private to one reader: do not cache it. */
  private: boolean;
}

const OG_ARTICLE = new Set(['entry', 'briefing']);

/**
 * Renders one portal page (`url`: path and query, starting with /en or /zh) as the browser would show
 * it once its data has arrived. `dataSource` answers the portal's API requests (the API process passes
 * one that calls its services directly); `origin` is where the site lives (canonical and shared links).
 * Every call makes its own app, stores, router and i18n.
 */
export async function render(url: string, dataSource: ApiTransport, site: { origin: string }): Promise<RenderedPage> {
  setApiTransport(dataSource);
  // Region and issuer names come from the region table, a chunk of its own in the browser: the server
  // renders with it, so the page names every place (and the browser loads it before hydrating).
  await loadRegionTable();
  const { app, pinia, router, i18n } = createPortalApp({ history: createMemoryHistory() });
  useSiteStore(pinia).origin = site.origin;
  await router.push(url);
  await router.isReady();
  const route = router.currentRoute.value;
  const lang: Lang = isLang(route.params.lang) ? route.params.lang : 'en';
  i18n.global.locale.value = lang;

  const ctx = newRenderContext();
  const html = await renderToString(app, ctx);
  const notFound = route.name === 'not-found' || ctx.notFound.some((is) => is());
  const head = headTags({
    meta: ctx.pageMeta?.() ?? {},
    lang,
    links: pageLinks(site.origin, route),
    ogType: typeof route.name === 'string' && OG_ARTICLE.has(route.name) && !notFound ? 'article' : 'website',
    elements: ctx.headElements,
  });
  const state = serializeState(pinia.state.value);
  const status = state.outage ? 503 : notFound ? 404 : 200;
  return { status, lang, head, html, state: state.json, private: ctx.private };
}

/**
 * The built index.html with a rendered page in it: its language, head tags (in place of the generic
 * title and description), the app's HTML, and the state the browser starts from (a JSON data block,
 * which the CSP allows where an inline script would not run). The "needs JavaScript" notice goes: the page reads without it.
 */
export function pageHtml(template: string, page: RenderedPage): string {
  return (
    template
      .replace(/<html lang="[^"]*"/, `<html lang="${localeTag(page.lang)}"`)
      .replace(/\s*<title>[^<]*<\/title>/, '')
      // Functions, not strings: a `$&` in a page's text must stay text.
      .replace(/<meta name="description"[^>]*>/, () => page.head)
      .replace(/<noscript>[\s\S]*?<\/noscript>/, '')
      .replace(
        '<div id="app"></div>',
        () => `<div id="app">${page.html}</div>\n    <script type="application/json" id="${STATE_ELEMENT_ID}">${page.state}</script>`,
      )
  );
}
