/**
 * Drafts an issue from the entries published in a period. Pure: the caller passes the entries (e.g. every
 * published entry), the composer picks, places and orders them; editors then refine the draft with edits.
 *
 * - reports (kind "report") → Perspectives, one unheaded group;
 * - other national entries → Top News, one group per item headed by its title, except that entries
 *   related to each other (relation "related" by default, either direction) share a group;
 * - other entries → Subnational Updates, grouped by their highest-priority theme (NEWSLETTER_THEME_GROUPS),
 *   the rest under "Other subnational updates"; groups in the rules' display order.
 * Within a section, items are ordered by date, then level (provincial before city…), then slug.
 * Blurb = the entry's summary, bullets = its key points.
 */
import type { LocalizedText } from '../schemas/primitives';
import { LEVELS } from '../taxonomies/enums';
import {
  groupRuleFor,
  NEWSLETTER_DEFAULT_INTRO,
  NEWSLETTER_DEFAULT_TITLE,
  NEWSLETTER_SECTION_DEFAULTS,
  NEWSLETTER_THEME_GROUPS,
  OTHER_SUBNATIONAL_HEADING,
  type ThemeGroupRule,
} from './rules';
import type { NewsletterGroup, NewsletterIssue, NewsletterItem, NewsletterSection, NewsletterSectionCode } from './schema';

/** The fields of an entry (EntryData / PublicEntry) the composer reads. */
export interface ComposableEntry {
  slug: string;
  kind: string;
  level: string;
  title: LocalizedText;
  summary?: LocalizedText;
  keyPoints?: readonly LocalizedText[];
  themes?: readonly string[];
  relations?: readonly { type: string; target: string }[];
  /** When the entry was published on the tracker (ISO timestamp or date). */
  publishedAt?: string | Date | null;
  /** When the document was issued (ISO date). */
  issuedOn?: string | null;
  /** Workflow state, when known: entries in any other state than "published" are skipped. */
  state?: string;
}

export interface ComposeOptions {
  /** Which date puts an entry in the period: "publishedAt" (default; falls back to issuedOn) or "issuedOn". */
  dateField?: 'publishedAt' | 'issuedOn';
  /** Offset of the newsletter's calendar from UTC, for timestamps; default +480 (China Standard Time). */
  utcOffsetMinutes?: number;
  /** Theme → sub-national group rules, in display order; default NEWSLETTER_THEME_GROUPS. */
  rules?: readonly ThemeGroupRule[];
  /** Relation types that put national entries in one Top News group; [] for one group per item. Default ['related']. */
  groupRelatedBy?: readonly string[];
  /** Slugs to leave out. */
  exclude?: readonly string[];
  title?: LocalizedText;
  intro?: LocalizedText;
}

export interface ComposeInput {
  number: number;
  periodFrom: string;
  periodTo: string;
  entries: readonly ComposableEntry[];
  options?: ComposeOptions;
}

const LEVEL_RANK = new Map<string, number>(LEVELS.map((l, i) => [l.code, i]));

/** The calendar date (YYYY-MM-DD) of a timestamp in the newsletter's time zone; dates pass through. */
export function localDate(value: string | Date | null | undefined, utcOffsetMinutes = 480): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

const clean = (t: LocalizedText | undefined): LocalizedText => ({
  ...(t?.en?.trim() ? { en: t.en.trim() } : {}),
  ...(t?.zh?.trim() ? { zh: t.zh.trim() } : {}),
});
const joinTitles = (ts: LocalizedText[]): LocalizedText =>
  clean({
    en: ts
      .map((t) => t.en)
      .filter(Boolean)
      .join('; '),
    zh: ts
      .map((t) => t.zh)
      .filter(Boolean)
      .join('；'),
  });

export function composeIssue(input: ComposeInput): NewsletterIssue {
  const { number, periodFrom, periodTo, entries, options: o = {} } = input;
  const rules = o.rules ?? NEWSLETTER_THEME_GROUPS;
  const exclude = new Set(o.exclude ?? []);
  const dateOf = (e: ComposableEntry) =>
    o.dateField === 'issuedOn' ? localDate(e.issuedOn) : (localDate(e.publishedAt, o.utcOffsetMinutes) ?? localDate(e.issuedOn));

  // Pick: published, in the period (inclusive), not excluded, each slug once.
  const picked = new Map<string, { e: ComposableEntry; date: string }>();
  for (const e of entries) {
    const date = dateOf(e);
    if (!date || date < periodFrom || date > periodTo || exclude.has(e.slug) || picked.has(e.slug)) continue;
    if (e.state !== undefined && e.state !== 'published') continue;
    picked.set(e.slug, { e, date });
  }
  const sorted = [...picked.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || (LEVEL_RANK.get(a.e.level) ?? 9) - (LEVEL_RANK.get(b.e.level) ?? 9) || a.e.slug.localeCompare(b.e.slug),
  );
  const item = (e: ComposableEntry): NewsletterItem => ({
    entry: e.slug,
    blurb: clean(e.summary),
    bullets: (e.keyPoints ?? []).map(clean).filter((b) => b.en || b.zh),
  });

  const reports = sorted.filter((x) => x.e.kind === 'report').map((x) => x.e);
  const national = sorted.filter((x) => x.e.kind !== 'report' && x.e.level === 'national').map((x) => x.e);
  const local = sorted.filter((x) => x.e.kind !== 'report' && x.e.level !== 'national').map((x) => x.e);

  // Top News: clusters of related entries, in order of their first member.
  const cluster = clusters(national, new Set(o.groupRelatedBy ?? ['related']));
  const topGroups: NewsletterGroup[] = [];
  const groupOf = new Map<number, NewsletterGroup>();
  const topTitles = new Map<NewsletterGroup, LocalizedText[]>();
  for (const e of national) {
    const c = cluster.get(e.slug)!;
    let g = groupOf.get(c);
    if (!g) {
      g = { heading: {}, items: [] };
      topGroups.push(g);
      groupOf.set(c, g);
      topTitles.set(g, []);
    }
    g.items.push(item(e));
    topTitles.get(g)!.push(clean(e.title));
  }
  for (const g of topGroups) g.heading = joinTitles(topTitles.get(g)!);

  // Subnational: one group per rule that matched something, in display order, then "other".
  const byRule = new Map<ThemeGroupRule | undefined, NewsletterItem[]>();
  for (const e of local) {
    const r = groupRuleFor(e.themes ?? [], rules);
    byRule.set(r, [...(byRule.get(r) ?? []), item(e)]);
  }
  const localGroups: NewsletterGroup[] = [...rules, undefined].flatMap((r) => {
    const items = byRule.get(r);
    return items ? [{ heading: { ...(r ? r.heading : OTHER_SUBNATIONAL_HEADING) }, items }] : [];
  });

  const section = (code: NewsletterSectionCode, groups: NewsletterGroup[]): NewsletterSection[] =>
    groups.length ? [{ code, title: { ...NEWSLETTER_SECTION_DEFAULTS[code].title }, lead: { ...NEWSLETTER_SECTION_DEFAULTS[code].lead }, groups }] : [];
  return {
    number,
    title: clean(o.title ?? NEWSLETTER_DEFAULT_TITLE),
    periodFrom,
    periodTo,
    intro: clean(o.intro ?? NEWSLETTER_DEFAULT_INTRO),
    sections: [
      ...section('top_news', topGroups),
      ...section('subnational_updates', localGroups),
      ...section('perspectives', reports.length ? [{ heading: {}, items: reports.map(item) }] : []),
    ],
  };
}

/** Connected components of entries linked by the given relation types (either direction); slug → component id. */
function clusters(entries: readonly ComposableEntry[], types: ReadonlySet<string>): Map<string, number> {
  const parent = new Map(entries.map((e) => [e.slug, e.slug]));
  const find = (s: string): string => (parent.get(s) === s ? s : find(parent.get(s)!));
  for (const e of entries) for (const r of e.relations ?? []) if (types.has(r.type) && parent.has(r.target)) parent.set(find(r.target), find(e.slug));
  const ids = new Map<string, number>();
  return new Map(entries.map((e) => [e.slug, ids.get(find(e.slug)) ?? (ids.set(find(e.slug), ids.size), ids.size - 1)]));
}
