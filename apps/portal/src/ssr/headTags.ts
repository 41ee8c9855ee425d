import { escapeHtml } from '@dualcarbon/domain';
import type { PageMeta } from '@dualcarbon/web';
import type { Lang } from '@/i18n';
import { fullTitle, PRODUCT } from '@/lib/pageMeta';
import type { PageLinks } from '@/lib/pageLinks';
import type { HeadElement } from './context';

/** The site's description (as in index.html), for a page that gives none of its own. */
export const SITE_DESCRIPTION =
  "dualcarbon tracks China's national and sub-national carbon-neutrality policies, in English and Chinese. dualcarbon 以中英双语追踪中国碳中和政策。";

const OG_LOCALE: Record<Lang, string> = { en: 'en_US', zh: 'zh_CN' };

const attrsOf = (attrs: Record<string, string>) =>
  Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');

function elementHtml(id: string, el: HeadElement): string {
  const attrs = el.attrs();
  if (!attrs) return '';
  const open = `<${el.tag} data-head="${escapeHtml(id)}"${attrsOf(attrs)}>`;
  // A script's text is JSON made safe for <script> (jsonForScript), never HTML-escaped.
  return el.tag === 'link' ? open : `${open}${el.text?.() ?? ''}</${el.tag}>`;
}

export interface HeadInput {
  meta: PageMeta;
  lang: Lang;
  links: PageLinks;
  /** `article` for an entry or a briefing issue, else `website`. */
  ogType: 'website' | 'article';
  elements: Map<string, HeadElement>;
}

/**
 * The <head> tags of a server-rendered page: title, description, canonical URL, hreflang alternates,
 * Open Graph and Twitter card, and the elements the page keeps (JSON-LD, its feed). The browser keeps
 * them up to date from then on (lib/pageMeta.ts, lib/pageLinks.ts, lib/head.ts find them by the same selectors).
 */
export function headTags({ meta, lang, links, ogType, elements }: HeadInput): string {
  const title = meta.title ?? PRODUCT;
  const description = meta.description ?? SITE_DESCRIPTION;
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const tags = [
    `<title>${escapeHtml(fullTitle(meta))}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<link rel="canonical" href="${escapeHtml(links.canonical)}">`,
    ...links.alternates.map((a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}" data-lang="${a.key}">`),
    `<meta property="og:type" content="${ogType}">`,
    `<meta property="og:site_name" content="${PRODUCT}">`,
    `<meta property="og:title" content="${escapeHtml(title)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    `<meta property="og:url" content="${escapeHtml(links.canonical)}">`,
    `<meta property="og:locale" content="${OG_LOCALE[lang]}">`,
    `<meta property="og:locale:alternate" content="${OG_LOCALE[other]}">`,
    `<meta name="twitter:card" content="summary">`,
    `<meta name="twitter:title" content="${escapeHtml(title)}">`,
    `<meta name="twitter:description" content="${escapeHtml(description)}">`,
    ...[...elements].map(([id, el]) => elementHtml(id, el)).filter(Boolean),
  ];
  return tags.join('\n    ');
}
