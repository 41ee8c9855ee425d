/**
 * "Cite this": a plain-text reference (APA-like in English, GB/T 7714-like in Chinese) and a BibTeX
 * record. Pure functions of the entry, its page URL and the day it was read.
 */
import type { Term } from '@dualcarbon/domain';
import type { EntryDetail, RegionName } from '@/api/types';
import { otherLang, type Lang } from '@/i18n';
import { pickLocalized } from './localized';
import { issuerLabel } from './issuers';

export interface CiteInput {
  entry: EntryDetail;
  /** Absolute URL of the entry page in the reader's language. */
  url: string;
  lang: Lang;
  /** The day the reader looked it up (YYYY-MM-DD). */
  accessed: string;
  regionName?: RegionName;
  /** Issuing bodies' terms (the taxonomy store's list; the built-in one is not bundled into entry pages). */
  issuers: readonly Term[];
}

/** Issuing bodies, local ones by their actual name (or the publisher of a report), in the reader's language. */
function authorsOf(entry: EntryDetail, lang: Lang, issuers: readonly Term[]): string[] {
  const bodies = (entry.issuingBodies ?? []).map((b) => issuerLabel(issuers, b, entry.jurisdiction, lang)).filter(Boolean);
  if (bodies.length) return bodies;
  return entry.publisher ? [entry.publisher] : [];
}

function titles(entry: EntryDetail, lang: Lang): { main: string; other?: string } {
  const main = pickLocalized(entry.title, lang);
  const other = main ? entry.title?.[otherLang(main.lang)]?.trim() : undefined;
  return { main: main?.text ?? entry.slug, other: other || undefined };
}

const yearOf = (entry: EntryDetail) => entry.issuedOn?.slice(0, 4);

export function citePlain({ entry, url, lang, accessed, regionName, issuers }: CiteInput): string {
  const { main, other } = titles(entry, lang);
  const place = regionName?.[lang];
  const authors = authorsOf(entry, lang, issuers);
  const year = yearOf(entry);
  if (lang === 'zh') {
    // GB/T 7714: 责任者. 题名[EB/OL]. (发布日期)[引用日期]. 网址.
    const who = authors.length ? `${authors.join(', ')}. ` : '';
    const issued = entry.issuedOn ? `(${entry.issuedOn})` : '';
    return `${who}${main}${other ? `（${other}）` : ''}[EB/OL]. ${place ? `${place}, ` : ''}dualcarbon. ${issued}[${accessed}]. ${url}`;
  }
  const who = authors.length ? `${authors.join('; ')} ` : '';
  return `${who}(${year ?? 'n.d.'}). ${main}${other ? ` [${other}]` : ''}. ${place ? `${place}, China. ` : ''}dualcarbon. Retrieved ${accessed}, from ${url}`;
}

/** Escapes text for a BibTeX field value (inside braces). */
export function bibtexEscape(s: string): string {
  const special: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
  // One pass, so the braces of \textbackslash{} are not escaped again.
  return s
    .replace(/[\\~^{}&%$#_]/g, (c) => special[c] ?? `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A citation key from the slug: letters, digits and hyphens only. */
export function bibtexKey(entry: Pick<EntryDetail, 'slug' | 'issuedOn'>): string {
  const base = entry.slug.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'entry';
  return `dualcarbon-${base}`;
}

export function citeBibtex({ entry, url, lang, accessed, regionName, issuers }: CiteInput): string {
  const { main, other } = titles(entry, lang);
  const authors = authorsOf(entry, lang, issuers);
  const fields: [string, string][] = [];
  // Corporate authors go in an extra pair of braces so BibTeX does not split them into first and last names.
  if (authors.length) fields.push(['author', authors.map((a) => `{${bibtexEscape(a)}}`).join(' and ')]);
  fields.push(['title', `{${bibtexEscape(main)}}`]);
  if (other) fields.push(['titleaddon', bibtexEscape(other)]);
  const year = yearOf(entry);
  if (year) fields.push(['year', year]);
  if (entry.issuedOn) fields.push(['date', entry.issuedOn]);
  const place = regionName?.en;
  fields.push(['note', bibtexEscape([place && `${place}, China`, 'dualcarbon'].filter(Boolean).join('. '))]);
  fields.push(['howpublished', `\\url{${url}}`]);
  fields.push(['url', url]);
  fields.push(['urldate', accessed]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@misc{${bibtexKey(entry)},\n${body}\n}`;
}
