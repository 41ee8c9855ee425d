/** Checks on a newsletter issue beyond its shape, in the entries' issue shape `{ path, code, message }`. */
import type { ValidationIssue } from '../validation/codes';
import { zodIssues } from '../validation/parse';
import { NEWSLETTER_SECTION_CODES, NewsletterIssueSchema, type NewsletterIssue } from './schema';

/** Codes of newsletter validation issues. Stable: the CMS and API clients switch on them. */
export const NEWSLETTER_VALIDATION_CODES = {
  titleRequired: 'newsletter/title_required',
  periodOutOfOrder: 'newsletter/period_out_of_order',
  noSections: 'newsletter/no_sections',
  duplicateSection: 'newsletter/duplicate_section',
  sectionOrder: 'newsletter/section_order',
  emptySection: 'newsletter/empty_section',
  emptyGroup: 'newsletter/empty_group',
  headingRequired: 'newsletter/heading_required',
  duplicateEntry: 'newsletter/duplicate_entry',
  unknownEntry: 'newsletter/unknown_entry',
  numberTaken: 'newsletter/number_taken',
} as const;
export type NewsletterValidationCode = (typeof NEWSLETTER_VALIDATION_CODES)[keyof typeof NEWSLETTER_VALIDATION_CODES];

export interface NewsletterValidationContext {
  /** Whether an entry with this slug exists (and may be shown); unchecked when omitted. */
  entryExists?: (slug: string) => boolean;
  /** Whether another issue already has this number (exclude the issue being edited). */
  numberTaken?: (n: number) => boolean;
}

const C = NEWSLETTER_VALIDATION_CODES;
const SECTION_NAMES: Record<string, string> = { top_news: 'Top News', subnational_updates: 'Subnational Updates', perspectives: 'Perspectives' };

/**
 * Title in either language; periodFrom ≤ periodTo; at least one section, each code once and in the
 * canonical order (Top News, Subnational Updates, Perspectives); no empty section or group; groups of a
 * section with several groups have headings; each entry once per issue; entries and number known to ctx.
 * Returns [] when all is well.
 */
export function validateNewsletter(issue: NewsletterIssue, ctx: NewsletterValidationContext = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: (string | number)[], code: string, message: string) => issues.push({ path, code, message });

  if (!issue.title.en && !issue.title.zh) add(['title', 'en'], C.titleRequired, 'Give a title in English or Chinese');
  if (issue.periodTo < issue.periodFrom) add(['periodTo'], C.periodOutOfOrder, `The period must not end before it starts (${issue.periodFrom})`);
  if (ctx.numberTaken?.(issue.number)) add(['number'], C.numberTaken, `Issue ${issue.number} already exists`);
  if (issue.sections.length === 0) add(['sections'], C.noSections, 'An issue needs at least one section with items');

  const seenSections = new Map<string, number>();
  const firstPlace = new Map<string, (string | number)[]>();
  let lastRank = -1;
  issue.sections.forEach((s, si) => {
    const name = SECTION_NAMES[s.code] ?? s.code;
    const rank = NEWSLETTER_SECTION_CODES.indexOf(s.code);
    if (seenSections.has(s.code)) add(['sections', si, 'code'], C.duplicateSection, `${name} appears twice (also section ${seenSections.get(s.code)! + 1})`);
    else {
      if (rank < lastRank) add(['sections', si, 'code'], C.sectionOrder, `${name} belongs before ${SECTION_NAMES[NEWSLETTER_SECTION_CODES[lastRank]]}`);
      seenSections.set(s.code, si);
      lastRank = Math.max(lastRank, rank);
    }
    if (!s.groups.some((g) => g.items.length)) add(['sections', si, 'groups'], C.emptySection, `${name} has no items: add some or remove the section`);
    s.groups.forEach((g, gi) => {
      const gPath = ['sections', si, 'groups', gi];
      if (g.items.length === 0 && s.groups.some((o) => o.items.length))
        add([...gPath, 'items'], C.emptyGroup, 'This group has no items: add some or remove the group');
      if (s.groups.length > 1 && !g.heading.en && !g.heading.zh)
        add([...gPath, 'heading', 'en'], C.headingRequired, `${name} has several groups: give each a heading`);
      g.items.forEach((it, ii) => {
        const path = [...gPath, 'items', ii, 'entry'];
        const first = firstPlace.get(it.entry);
        if (first) add(path, C.duplicateEntry, `"${it.entry}" is already in this issue (${describe(issue, first)}); an entry appears once per issue`);
        else {
          firstPlace.set(it.entry, path);
          if (ctx.entryExists && !ctx.entryExists(it.entry)) add(path, C.unknownEntry, `No entry "${it.entry}"`);
        }
      });
    });
  });
  return issues;
}

function describe(issue: NewsletterIssue, path: (string | number)[]): string {
  const [, si, , gi, , ii] = path as [string, number, string, number, string, number];
  const s = issue.sections[si];
  return `${SECTION_NAMES[s.code] ?? s.code}, group ${gi + 1}, item ${ii + 1}`;
}

export type ParseNewsletterResult = { ok: true; data: NewsletterIssue } | { ok: false; issues: ValidationIssue[] };

/** The one newsletter validation the API and the CMS share: schema (shape, defaults, messages), then validateNewsletter. */
export function parseNewsletterIssue(raw: unknown, ctx: NewsletterValidationContext = {}): ParseNewsletterResult {
  const parsed = NewsletterIssueSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const issues = validateNewsletter(parsed.data, ctx);
  return issues.length ? { ok: false, issues } : { ok: true, data: parsed.data };
}
