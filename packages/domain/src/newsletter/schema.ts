/**
 * The newsletter ("Briefings") model: an issue is sections → groups → items, each item pointing at one
 * entry by slug. Arrays are ordered; their order is the reading order. All text is bilingual and may
 * be given in one language only (renderers fall back to the other, marked).
 */
import { z } from 'zod';
import { IsoDate, Slug, type LocalizedText } from '../schemas/primitives';

export type { LocalizedText };

export const NEWSLETTER_SECTION_CODES = ['top_news', 'subnational_updates', 'perspectives'] as const;
export type NewsletterSectionCode = (typeof NEWSLETTER_SECTION_CODES)[number];

/** EN and/or ZH text; blank strings are dropped, so `{}` means "no text". */
export const NewsletterText = (max = 2000) =>
  z
    .object({
      en: z.string({ error: 'Expected text' }).trim().max(max, `At most ${max} characters`).optional(),
      zh: z.string({ error: 'Expected text' }).trim().max(max, `At most ${max} characters`).optional(),
    })
    .transform((t): LocalizedText => ({ ...(t.en ? { en: t.en } : {}), ...(t.zh ? { zh: t.zh } : {}) }));

const Bullets = z.array(NewsletterText(2000)).max(50, 'At most 50 bullets');

export const NewsletterItemSchema = z.object({
  /** Slug of the entry the item presents; an entry appears at most once per issue. */
  entry: Slug,
  /** A sentence introducing a run of items, shown once before this item ("Two cities released…"). */
  lead: NewsletterText(2000).optional(),
  /** The paragraph introducing this item; `{}` when the group heading/lead introduces it. */
  blurb: NewsletterText(5000).default({}),
  bullets: Bullets.default([]),
});

export const NewsletterGroupSchema = z.object({
  /** `{}` for an unheaded group (Perspectives has one). */
  heading: NewsletterText(500).default({}),
  /** Text under the heading that introduces every item of the group. */
  lead: NewsletterText(5000).optional(),
  /** Bullets that belong to every item of the group, shown once after the lead. */
  sharedBullets: Bullets.optional(),
  items: z.array(NewsletterItemSchema).max(200, 'At most 200 items in a group'),
});

export const NewsletterSectionSchema = z.object({
  code: z.enum(NEWSLETTER_SECTION_CODES, { error: 'Section is top_news, subnational_updates or perspectives' }),
  title: NewsletterText(200).default({}),
  lead: NewsletterText(1000).default({}),
  groups: z.array(NewsletterGroupSchema).max(100, 'At most 100 groups in a section'),
});

export const NewsletterAboutSchema = z.object({ title: NewsletterText(300), text: NewsletterText(5000) });

export const NewsletterIssueSchema = z.object({
  number: z.number({ error: 'Expected an issue number' }).int('Issue numbers are whole numbers').positive('Issue numbers start at 1'),
  title: NewsletterText(300).default({}),
  /** First and last day the issue covers (inclusive, China time); from ≤ to is checked by validateNewsletter. */
  periodFrom: IsoDate,
  periodTo: IsoDate,
  intro: NewsletterText(5000).default({}),
  imageCredit: NewsletterText(300).optional(),
  sections: z.array(NewsletterSectionSchema).max(3, 'An issue has at most three sections'),
  about: z.array(NewsletterAboutSchema).max(10).optional(),
});

export type NewsletterItem = z.infer<typeof NewsletterItemSchema>;
export type NewsletterGroup = z.infer<typeof NewsletterGroupSchema>;
export type NewsletterSection = z.infer<typeof NewsletterSectionSchema>;
export type NewsletterAbout = z.infer<typeof NewsletterAboutSchema>;
export type NewsletterIssue = z.infer<typeof NewsletterIssueSchema>;
/** What a form or the API may send (defaults not yet applied). */
export type NewsletterIssueInput = z.input<typeof NewsletterIssueSchema>;

/** Where an item sits: section code, group index within the section, item index within the group. */
export interface ItemLocation {
  section: NewsletterSectionCode;
  sectionIndex: number;
  group: number;
  index: number;
  item: NewsletterItem;
}

/** Every item in reading order with its location. */
export function issueItems(issue: NewsletterIssue): ItemLocation[] {
  return issue.sections.flatMap((s, sectionIndex) =>
    s.groups.flatMap((g, group) => g.items.map((item, index) => ({ section: s.code, sectionIndex, group, index, item }))),
  );
}

/** Slugs of every entry in the issue, in reading order. */
export const issueEntrySlugs = (issue: NewsletterIssue): string[] => issueItems(issue).map((l) => l.item.entry);

/**
 * The `newsletter` placements each entry should carry for this issue (EntryData.newsletter):
 * group = the group's English heading (none for an unheaded group), order = 1-based position in the section.
 */
export function issuePlacements(issue: NewsletterIssue): Map<string, { issue: number; section: NewsletterSectionCode; group?: string; order: number }> {
  const out = new Map<string, { issue: number; section: NewsletterSectionCode; group?: string; order: number }>();
  for (const s of issue.sections) {
    let order = 0;
    for (const g of s.groups) {
      const group = g.heading.en ?? g.heading.zh;
      for (const it of g.items) out.set(it.entry, { issue: issue.number, section: s.code, ...(group ? { group } : {}), order: ++order });
    }
  }
  return out;
}
