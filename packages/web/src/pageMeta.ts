import { watchEffect } from 'vue';

export interface PageMeta {
  /** Page-specific title; the product name is appended. */
  title?: string;
  description?: string;
}

/** `applyPageMeta` and `usePageMeta` for one product name (`dualcarbon`, `dualcarbon CMS`). */
export function createPageMeta(product: string) {
  function applyPageMeta(meta: PageMeta, doc: Document = document): void {
    doc.title = meta.title ? `${meta.title} · ${product}` : product;
    if (meta.description === undefined) return;
    let tag = doc.head.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!tag) {
      tag = doc.createElement('meta');
      tag.name = 'description';
      doc.head.appendChild(tag);
    }
    tag.content = meta.description;
  }

  /** Keeps document.title and the meta description in step with a page's reactive state. */
  function usePageMeta(get: () => PageMeta): void {
    watchEffect(() => applyPageMeta(get()));
  }

  return { applyPageMeta, usePageMeta };
}
