import { onServerPrefetch, useSSRContext } from 'vue';
import type { PageMeta } from '@dualcarbon/web';

/** One element of <head> a page keeps in step with its state (JSON-LD, the feed link): see lib/head.ts. */
export interface HeadElement {
  tag: 'link' | 'script';
  attrs: () => Record<string, string> | null;
  text?: () => string;
}

/**
 * What a page tells the server renderer while it renders (Vue's SSR context, one per request): its meta,
 * its head elements, whether it is a not-found page, and whether its answer must not be cached.
 */
export interface RenderContext {
  /** The meta of the page on screen (the last component that called usePageMeta), read after rendering. */
  pageMeta?: () => PageMeta;
  headElements: Map<string, HeadElement>;
  /** Asked once the page is rendered: any true makes the answer a 404. */
  notFound: (() => boolean)[];
  /** Set by pages that depend on something private to one reader (an unsubscribe token). */
  private: boolean;
}

export function newRenderContext(): RenderContext {
  return { headElements: new Map(), notFound: [], private: false };
}

/** The render context while rendering on the server; undefined in the browser (and compiled away there). */
export function renderContext(): RenderContext | undefined {
  return import.meta.env.SSR ? useSSRContext<RenderContext>() : undefined;
}

/**
 * On the server, the component's HTML waits for `load` (Vue's serverPrefetch), so the page is sent with
 * its data; in the browser nothing happens here (the state arrives with the page, see entry-client.ts).
 */
export function onServerData(load: () => Promise<unknown> | unknown): void {
  if (import.meta.env.SSR) onServerPrefetch(async () => void (await load()));
}

/** The page rendered is a not-found page (when `when` says so, once it has its data): the server answers 404 with it. */
export function markNotFound(when: () => boolean = () => true): void {
  renderContext()?.notFound.push(when);
}

/** The page shows something for one reader only (a link from a mail): its answer is never cached. */
export function markPrivate(): void {
  const ctx = renderContext();
  if (ctx) ctx.private = true;
}
