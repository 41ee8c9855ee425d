import { watchEffect } from 'vue';
import { createPageMeta, type PageMeta } from '@dualcarbon/web';
import { renderContext } from '@/ssr/context';

export type { PageMeta } from '@dualcarbon/web';

export const PRODUCT = 'dualcarbon';
export const { applyPageMeta } = createPageMeta(PRODUCT);

/** The document title of a page: its own title with the product name, or the product name alone. */
export const fullTitle = (meta: PageMeta) => (meta.title ? `${meta.title} · ${PRODUCT}` : PRODUCT);

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
  // Title and description only: the Open Graph and Twitter tags are for crawlers and link previews,
  // which read the page the server sent and never navigate in it.
  watchEffect(() => applyPageMeta(get()));
}
