import { watchEffect } from 'vue';
import { createPageMeta, type PageMeta } from '@dualcarbon/web';
import { renderContext } from '@/ssr/context';

export type { PageMeta } from '@dualcarbon/web';

export const PRODUCT = 'dualcarbon';
export const { applyPageMeta } = createPageMeta(PRODUCT);

/** The document title of a page: its own title with the product name, or the product name alone. */
export const fullTitle = (meta: PageMeta) => (meta.title ? `${meta.title} · ${PRODUCT}` : PRODUCT);

/** Tags a server-rendered page carries that repeat the title and description (Open Graph, Twitter). */
function applySharedMeta(meta: PageMeta, doc: Document = document) {
  const set = (selector: string, value: string | undefined) => {
    const tag = doc.head.querySelector<HTMLMetaElement>(selector);
    if (tag && value !== undefined) tag.content = value;
  };
  set('meta[property="og:title"]', meta.title ?? PRODUCT);
  set('meta[name="twitter:title"]', meta.title ?? PRODUCT);
  set('meta[property="og:description"]', meta.description);
  set('meta[name="twitter:description"]', meta.description);
}

/**
 * A page's title and description. In the browser they follow the page's state; on the server the getter
 * is read once the page has its data, and the head is written from it (ssr/headTags.ts).
 */
export function usePageMeta(get: () => PageMeta): void {
  if (import.meta.env.SSR) {
    const ctx = renderContext();
    if (ctx) ctx.pageMeta = get;
    return;
  }
  watchEffect(() => {
    const meta = get();
    applyPageMeta(meta);
    applySharedMeta(meta);
  });
}
