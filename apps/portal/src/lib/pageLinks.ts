import { LANGS, localeTag, type Lang } from '@dualcarbon/web';

/** Routes whose query is what the page shows (the explorer's filters, the targets' metric and year). */
const QUERY_IS_CONTENT = new Set(['entries', 'targets']);

export interface PageLinks {
  canonical: string;
  /** hreflang alternates: each language's URL, and `x-default` (English). */
  alternates: { key: Lang | 'x-default'; hreflang: string; href: string }[];
}

/**
 * The canonical URL of a page and where it lives in each language: the same path and query under /en
 * and /zh. `origin` is the site's (PUBLIC_URL); the query stays only where it is the page's content.
 */
export function pageLinks(origin: string, to: { path: string; fullPath: string; name?: unknown }): PageLinks {
  const withoutHash = to.fullPath.split('#')[0]!;
  const keepQuery = typeof to.name === 'string' && QUERY_IS_CONTENT.has(to.name);
  const own = keepQuery ? withoutHash : to.path;
  const rest = own.replace(/^\/(en|zh)(?=\/|\?|$)/, '');
  const inLang = (lang: Lang) => `${origin}/${lang}${rest}`;
  return {
    canonical: origin + own,
    alternates: [
      ...LANGS.map((lang) => ({ key: lang, hreflang: localeTag(lang), href: inLang(lang) })),
      { key: 'x-default' as const, hreflang: 'x-default', href: inLang('en') },
    ],
  };
}

/** Keeps the head's canonical and hreflang links (written by the server, or made here) on the page shown. */
export function applyPageLinks(links: PageLinks, doc: Document = document): void {
  const link = (selector: string, make: () => HTMLLinkElement) => doc.head.querySelector<HTMLLinkElement>(selector) ?? doc.head.appendChild(make());
  link('link[rel="canonical"]', () => Object.assign(doc.createElement('link'), { rel: 'canonical' })).href = links.canonical;
  for (const a of links.alternates) {
    const el = link(`link[rel="alternate"][data-lang="${a.key}"]`, () => {
      const made = Object.assign(doc.createElement('link'), { rel: 'alternate', hreflang: a.hreflang });
      made.dataset.lang = a.key;
      return made;
    });
    el.href = a.href;
  }
}
