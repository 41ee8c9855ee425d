/**
 * Edits the CMS applies to an issue: pure, each returns a new issue and leaves its input untouched.
 * Items are addressed by entry slug (unique per issue), groups by section code + index. An edit that
 * does not fit the issue throws NewsletterEditError (code, message, index of the failing edit).
 */
import type { LocalizedText } from '../schemas/primitives';
import { NEWSLETTER_SECTION_DEFAULTS } from './rules';
import {
  NEWSLETTER_SECTION_CODES,
  type NewsletterAbout,
  type NewsletterGroup,
  type NewsletterIssue,
  type NewsletterSection,
  type NewsletterSectionCode,
} from './schema';

/** Per language: a string sets the text, null or "" clears it, a missing (or undefined) key keeps it. */
export type TextPatch = { en?: string | null; zh?: string | null };
/** Where an item goes; `index` defaults to the end of the group. */
export interface ItemTarget {
  section: NewsletterSectionCode;
  group: number;
  index?: number;
}
type GroupRef = { section: NewsletterSectionCode; group: number };

export type NewsletterEdit =
  | { op: 'moveItem'; entry: string; to: ItemTarget }
  | { op: 'removeItem'; entry: string }
  | { op: 'addItem'; entry: string; to: ItemTarget; lead?: LocalizedText; blurb?: LocalizedText; bullets?: LocalizedText[] }
  | { op: 'editItem'; entry: string; lead?: TextPatch | null; blurb?: TextPatch; bullets?: LocalizedText[] }
  | ({ op: 'reorderItems'; order: string[] } & GroupRef)
  | { op: 'addGroup'; section: NewsletterSectionCode; index?: number; heading?: LocalizedText; lead?: LocalizedText }
  | ({ op: 'removeGroup' } & GroupRef)
  | { op: 'moveGroup'; section: NewsletterSectionCode; from: number; to: number }
  | { op: 'reorderGroups'; section: NewsletterSectionCode; order: number[] }
  | { op: 'mergeGroups'; section: NewsletterSectionCode; from: number; into: number }
  | ({ op: 'editGroup'; heading?: TextPatch; lead?: TextPatch | null; sharedBullets?: LocalizedText[] | null } & GroupRef)
  | { op: 'editSection'; section: NewsletterSectionCode; title?: TextPatch; lead?: TextPatch }
  | {
      op: 'editIssue';
      title?: TextPatch;
      intro?: TextPatch;
      imageCredit?: TextPatch | null;
      periodFrom?: string;
      periodTo?: string;
      about?: NewsletterAbout[] | null;
    }
  | { op: 'pruneEmpty' };

export type NewsletterEditOp = NewsletterEdit['op'];

export const NEWSLETTER_EDIT_ERRORS = {
  unknownEntry: 'newsletter_edit/unknown_entry',
  duplicateEntry: 'newsletter_edit/duplicate_entry',
  noSuchSection: 'newsletter_edit/no_such_section',
  noSuchGroup: 'newsletter_edit/no_such_group',
  badIndex: 'newsletter_edit/bad_index',
  badOrder: 'newsletter_edit/bad_order',
  unknownOp: 'newsletter_edit/unknown_op',
} as const;
export type NewsletterEditErrorCode = (typeof NEWSLETTER_EDIT_ERRORS)[keyof typeof NEWSLETTER_EDIT_ERRORS];

export class NewsletterEditError extends Error {
  editIndex = 0;
  constructor(
    readonly code: NewsletterEditErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NewsletterEditError';
  }
}
const E = NEWSLETTER_EDIT_ERRORS;
const fail = (code: NewsletterEditErrorCode, message: string): never => {
  throw new NewsletterEditError(code, message);
};

/** Applies the edits in order to a copy of the issue. */
export function applyEdits(issue: NewsletterIssue, edits: readonly NewsletterEdit[]): NewsletterIssue {
  const draft = structuredClone(issue);
  edits.forEach((edit, i) => {
    try {
      const run = MUTATORS[edit?.op] as ((d: NewsletterIssue, e: NewsletterEdit) => void) | undefined;
      if (!run) fail(E.unknownOp, `Unknown edit "${String(edit?.op)}"`);
      run!(draft, edit);
    } catch (err) {
      if (err instanceof NewsletterEditError) err.editIndex = i;
      throw err;
    }
  });
  return draft;
}
export const applyEdit = (issue: NewsletterIssue, edit: NewsletterEdit): NewsletterIssue => applyEdits(issue, [edit]);

// Named helpers for callers who prefer functions to edit objects.
export const moveItem = (issue: NewsletterIssue, entry: string, to: ItemTarget) => applyEdit(issue, { op: 'moveItem', entry, to });
export const removeItem = (issue: NewsletterIssue, entry: string) => applyEdit(issue, { op: 'removeItem', entry });
export const addItem = (
  issue: NewsletterIssue,
  entry: string,
  to: ItemTarget,
  text: { lead?: LocalizedText; blurb?: LocalizedText; bullets?: LocalizedText[] } = {},
) => applyEdit(issue, { op: 'addItem', entry, to, ...text });
export const editItem = (issue: NewsletterIssue, entry: string, patch: { lead?: TextPatch | null; blurb?: TextPatch; bullets?: LocalizedText[] }) =>
  applyEdit(issue, { op: 'editItem', entry, ...patch });
export const reorderItems = (issue: NewsletterIssue, section: NewsletterSectionCode, group: number, order: string[]) =>
  applyEdit(issue, { op: 'reorderItems', section, group, order });
export const reorderGroups = (issue: NewsletterIssue, section: NewsletterSectionCode, order: number[]) =>
  applyEdit(issue, { op: 'reorderGroups', section, order });
export const moveGroup = (issue: NewsletterIssue, section: NewsletterSectionCode, from: number, to: number) =>
  applyEdit(issue, { op: 'moveGroup', section, from, to });
export const editGroup = (
  issue: NewsletterIssue,
  section: NewsletterSectionCode,
  group: number,
  patch: { heading?: TextPatch; lead?: TextPatch | null; sharedBullets?: LocalizedText[] | null },
) => applyEdit(issue, { op: 'editGroup', section, group, ...patch });

/** Applies a patch to localized text. */
export function patchText(t: LocalizedText | undefined, p: TextPatch): LocalizedText {
  const out: LocalizedText = { ...t };
  for (const lang of ['en', 'zh'] as const) {
    if (p[lang] === undefined) continue;
    const v = p[lang]?.trim();
    if (v) out[lang] = v;
    else delete out[lang];
  }
  return out;
}
const cleanText = (t: LocalizedText | undefined): LocalizedText => patchText({}, { en: t?.en ?? null, zh: t?.zh ?? null });
const cleanList = (ts: readonly LocalizedText[]) => ts.map(cleanText).filter((t) => t.en || t.zh);

function sectionOf(d: NewsletterIssue, code: NewsletterSectionCode, create = false): NewsletterSection {
  const s = d.sections.find((x) => x.code === code);
  if (s) return s;
  if (!create || !NEWSLETTER_SECTION_CODES.includes(code)) return fail(E.noSuchSection, `The issue has no section "${code}"`);
  const made: NewsletterSection = {
    code,
    title: { ...NEWSLETTER_SECTION_DEFAULTS[code].title },
    lead: { ...NEWSLETTER_SECTION_DEFAULTS[code].lead },
    groups: [],
  };
  const rank = NEWSLETTER_SECTION_CODES.indexOf(code);
  const at = d.sections.findIndex((x) => NEWSLETTER_SECTION_CODES.indexOf(x.code) > rank);
  d.sections.splice(at < 0 ? d.sections.length : at, 0, made);
  return made;
}
/** A group; an item added to group 0 of a missing section creates the section with one unheaded group. */
function groupOf(d: NewsletterIssue, ref: GroupRef, create = false): NewsletterGroup {
  const s = sectionOf(d, ref.section, create && ref.group === 0);
  if (create && ref.group === 0 && s.groups.length === 0) s.groups.push({ heading: {}, items: [] });
  return s.groups[ref.group] ?? fail(E.noSuchGroup, `${ref.section} has no group ${ref.group + 1} (it has ${s.groups.length})`);
}
function find(d: NewsletterIssue, entry: string) {
  for (const s of d.sections)
    for (const g of s.groups) {
      const index = g.items.findIndex((it) => it.entry === entry);
      if (index >= 0) return { group: g, index };
    }
  return fail(E.unknownEntry, `"${entry}" is not in this issue`);
}
const has = (d: NewsletterIssue, entry: string) => d.sections.some((s) => s.groups.some((g) => g.items.some((it) => it.entry === entry)));
function insertAt<T>(list: T[], value: T, index: number | undefined, what: string) {
  const at = index ?? list.length;
  if (!Number.isInteger(at) || at < 0 || at > list.length) fail(E.badIndex, `${what}: position ${at + 1} is outside 1–${list.length + 1}`);
  list.splice(at, 0, value);
}
function permute<T>(list: T[], keys: readonly unknown[], keyOf: (x: T, i: number) => unknown, what: string): T[] {
  const byKey = new Map(list.map((x, i) => [keyOf(x, i), x]));
  if (keys.length !== list.length || new Set(keys).size !== keys.length || !keys.every((k) => byKey.has(k))) {
    fail(E.badOrder, `${what}: the new order must list each of the ${list.length} current ones exactly once`);
  }
  return keys.map((k) => byKey.get(k)!);
}

type Mutators = { [K in NewsletterEditOp]: (d: NewsletterIssue, e: Extract<NewsletterEdit, { op: K }>) => void };
const MUTATORS: Mutators = {
  moveItem(d, e) {
    const from = find(d, e.entry);
    const target = groupOf(d, e.to, true);
    const [item] = from.group.items.splice(from.index, 1);
    try {
      insertAt(target.items, item, e.to.index, `Moving "${e.entry}"`);
    } catch (err) {
      from.group.items.splice(from.index, 0, item);
      throw err;
    }
  },
  removeItem(d, e) {
    const at = find(d, e.entry);
    at.group.items.splice(at.index, 1);
  },
  addItem(d, e) {
    if (has(d, e.entry)) fail(E.duplicateEntry, `"${e.entry}" is already in this issue`);
    const item = { entry: e.entry, ...(e.lead ? { lead: cleanText(e.lead) } : {}), blurb: cleanText(e.blurb), bullets: cleanList(e.bullets ?? []) };
    insertAt(groupOf(d, e.to, true).items, item, e.to.index, `Adding "${e.entry}"`);
  },
  editItem(d, e) {
    const at = find(d, e.entry);
    const item = at.group.items[at.index];
    if (e.blurb) item.blurb = patchText(item.blurb, e.blurb);
    if (e.bullets) item.bullets = cleanList(e.bullets);
    if (e.lead === null) delete item.lead;
    else if (e.lead) {
      const lead = patchText(item.lead, e.lead);
      if (lead.en || lead.zh) item.lead = lead;
      else delete item.lead;
    }
  },
  reorderItems(d, e) {
    const g = groupOf(d, e);
    g.items = permute(g.items, e.order, (it) => it.entry, `Items of ${e.section} group ${e.group + 1}`);
  },
  addGroup(d, e) {
    const s = sectionOf(d, e.section, true);
    insertAt(s.groups, { heading: cleanText(e.heading), ...(e.lead ? { lead: cleanText(e.lead) } : {}), items: [] }, e.index, `New group in ${e.section}`);
  },
  removeGroup(d, e) {
    groupOf(d, e);
    sectionOf(d, e.section).groups.splice(e.group, 1);
  },
  moveGroup(d, e) {
    const s = sectionOf(d, e.section);
    const [g] = s.groups.splice(e.from, 1);
    if (!g) fail(E.noSuchGroup, `${e.section} has no group ${e.from + 1}`);
    try {
      insertAt(s.groups, g, e.to, `Moving group ${e.from + 1}`);
    } catch (err) {
      s.groups.splice(e.from, 0, g);
      throw err;
    }
  },
  reorderGroups(d, e) {
    const s = sectionOf(d, e.section);
    s.groups = permute(s.groups, e.order, (_g, i) => i, `Groups of ${e.section}`);
  },
  mergeGroups(d, e) {
    const from = groupOf(d, { section: e.section, group: e.from });
    const into = groupOf(d, { section: e.section, group: e.into });
    if (from === into) return;
    into.items.push(...from.items);
    sectionOf(d, e.section).groups.splice(e.from, 1);
  },
  editGroup(d, e) {
    const g = groupOf(d, e);
    if (e.heading) g.heading = patchText(g.heading, e.heading);
    if (e.lead === null) delete g.lead;
    else if (e.lead) {
      const lead = patchText(g.lead, e.lead);
      if (lead.en || lead.zh) g.lead = lead;
      else delete g.lead;
    }
    if (e.sharedBullets === null) delete g.sharedBullets;
    else if (e.sharedBullets) g.sharedBullets = cleanList(e.sharedBullets);
  },
  editSection(d, e) {
    const s = sectionOf(d, e.section);
    if (e.title) s.title = patchText(s.title, e.title);
    if (e.lead) s.lead = patchText(s.lead, e.lead);
  },
  editIssue(d, e) {
    if (e.title) d.title = patchText(d.title, e.title);
    if (e.intro) d.intro = patchText(d.intro, e.intro);
    if (e.imageCredit === null) delete d.imageCredit;
    else if (e.imageCredit) d.imageCredit = patchText(d.imageCredit, e.imageCredit);
    if (e.periodFrom) d.periodFrom = e.periodFrom;
    if (e.periodTo) d.periodTo = e.periodTo;
    if (e.about === null) delete d.about;
    else if (e.about) d.about = e.about.map((a) => ({ title: cleanText(a.title), text: cleanText(a.text) }));
  },
  pruneEmpty(d) {
    for (const s of d.sections) s.groups = s.groups.filter((g) => g.items.length);
    d.sections = d.sections.filter((s) => s.groups.length);
  },
};
