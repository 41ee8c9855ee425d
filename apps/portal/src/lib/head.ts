import { onBeforeUnmount, watchEffect } from 'vue';
import { renderContext } from '@/ssr/context';

/**
 * Keeps one element in <head> (found by `data-head`) in step with reactive state while the calling
 * component is mounted; `null` removes it. Used for the Atom feed link and JSON-LD. On the server the
 * element is written into the page's head once the page has its data (ssr/headTags.ts), with the same
 * `data-head`, so the browser takes it over.
 */
export function useHeadElement(id: string, tag: 'link' | 'script', get: () => Record<string, string> | null, text?: () => string) {
  if (import.meta.env.SSR) {
    renderContext()?.headElements.set(id, { tag, attrs: get, text });
    return;
  }
  const find = () => document.head.querySelector<HTMLElement>(`[data-head="${id}"]`);
  const remove = () => find()?.remove();
  watchEffect(() => {
    const attrs = get();
    if (!attrs) return remove();
    let el = find();
    if (!el || el.tagName.toLowerCase() !== tag) {
      el?.remove();
      el = document.createElement(tag);
      el.dataset.head = id;
      document.head.appendChild(el);
    }
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (text) el.textContent = text();
  });
  onBeforeUnmount(remove);
}

/** `<link rel="alternate" type="application/atom+xml">` for the current page's feed. */
export function useFeedLink(get: () => { href: string; title: string } | null) {
  useHeadElement('feed', 'link', () => {
    const f = get();
    return f ? { rel: 'alternate', type: 'application/atom+xml', href: f.href, title: f.title } : null;
  });
}

/** JSON for a <script type="application/ld+json">: `<` is escaped so the text can never close the script. */
export function jsonForScript(value: unknown): string {
  return safeInScript(JSON.stringify(value));
}

/** JSON text made safe inside <script>: `<` escaped, and the two line separators JavaScript once refused. */
export function safeInScript(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function useJsonLd(get: () => unknown | null) {
  useHeadElement(
    'jsonld',
    'script',
    () => (get() ? { type: 'application/ld+json' } : null),
    () => jsonForScript(get()),
  );
}
