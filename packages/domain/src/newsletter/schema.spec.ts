import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { smallIssue } from '../testing/newsletter';
import { loadSeedEntries } from '../testing/seed';
import {
  fromSeedNewsletter,
  issueEntrySlugs,
  issuePlacements,
  NEWSLETTER_VALIDATION_CODES as C,
  NewsletterFormatError,
  NewsletterIssueSchema,
  parseNewsletterIssue,
  toSeedNewsletter,
  validateNewsletter,
  type NewsletterIssue,
} from './index';

const SEED_FILE = new URL('../../../../data/seed/newsletters/001.json', import.meta.url);
const PERIOD = { periodFrom: '2023-12-01', periodTo: '2024-01-31' };

const item = (entry: string) => ({ entry, blurb: { en: `About ${entry}` }, bullets: [] });
const issue = (over: Partial<NewsletterIssue> = {}): NewsletterIssue => ({
  ...smallIssue(2, PERIOD, {
    top_news: [
      { heading: { en: 'A' }, items: [item('aaa-1')] },
      { heading: { en: 'B' }, items: [item('bbb-1')] },
    ],
    perspectives: [{ heading: {}, items: [item('ccc-1')] }],
  }),
  ...over,
});
const codes = (i: NewsletterIssue, ctx = {}) => validateNewsletter(i, ctx).map((x) => `${x.code} @ ${x.path.join('.')}`);

describe('the seed issue (data/seed/newsletters/001.json)', () => {
  const json = JSON.parse(fs.readFileSync(SEED_FILE, 'utf8'));
  const seed = fromSeedNewsletter(json, PERIOD);

  it('converts losslessly: back to the seed shape gives the file again', () => {
    expect(toSeedNewsletter(seed, 'en')).toEqual(json);
    expect(NewsletterIssueSchema.parse(seed)).toEqual(seed);
    expect(seed.sections.map((s) => s.code)).toEqual(['top_news', 'subnational_updates', 'perspectives']);
    expect(issueEntrySlugs(seed)).toHaveLength(31);
  });

  it('keeps group leads, shared bullets, item leads and the unheaded Perspectives group', () => {
    const adaptation = seed.sections[1].groups.find((g) => g.sharedBullets)!;
    expect(adaptation.lead?.en).toMatch(/^Fujian Province, Anhui Province and Shandong Province/);
    expect(adaptation.sharedBullets).toHaveLength(1);
    expect(adaptation.items[0].lead?.en).toMatch(/^In addition to that/);
    expect(seed.sections[2].groups[0].heading).toEqual({});
    expect(seed.sections[0].groups[1].items[0].blurb).toEqual({});
  });

  it("is valid, and its placements are exactly the seed entries' `newsletter` fields", () => {
    expect(validateNewsletter(seed)).toEqual([]);
    const placements = issuePlacements(seed);
    const entries = loadSeedEntries().filter(({ entry }) => entry.newsletter.length > 0);
    expect(entries).toHaveLength(31);
    for (const { entry } of entries) expect(entry.newsletter, entry.slug).toEqual([placements.get(entry.slug)]);
  });

  it('rejects a file that is not a seed newsletter, saying where', () => {
    expect(() => fromSeedNewsletter({ ...json, sections: [{ code: 'gossip' }] }, PERIOD)).toThrow(NewsletterFormatError);
    expect(() => fromSeedNewsletter({ ...json, number: 'one' }, PERIOD)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['number'] })] }),
    );
  });
});

describe('validateNewsletter', () => {
  it('accepts a well-formed issue', () => expect(codes(issue())).toEqual([]));

  it('finds an entry used twice, pointing at the second use', () => {
    const i = issue();
    i.sections[1].groups[0].items.push(item('aaa-1'));
    const [dup] = validateNewsletter(i);
    expect(dup).toMatchObject({ code: C.duplicateEntry, path: ['sections', 1, 'groups', 0, 'items', 1, 'entry'] });
    expect(dup.message).toMatch(/Top News, group 1, item 1/);
  });

  it('checks the period, the title and the sections', () => {
    expect(codes(issue({ periodFrom: '2024-02-01', periodTo: '2024-01-31' }))).toEqual([`${C.periodOutOfOrder} @ periodTo`]);
    expect(codes(issue({ title: {} }))).toEqual([`${C.titleRequired} @ title.en`]);
    expect(codes(issue({ sections: [] }))).toEqual([`${C.noSections} @ sections`]);
    const [top, persp] = issue().sections;
    expect(codes(issue({ sections: [persp, top] }))).toEqual([`${C.sectionOrder} @ sections.1.code`]);
    expect(codes(issue({ sections: [top, { ...top, groups: [{ heading: {}, items: [item('zzz-1')] }] }] }))).toEqual([
      `${C.duplicateSection} @ sections.1.code`,
    ]);
  });

  it('flags empty sections and groups and unheaded groups among several', () => {
    const i = issue();
    i.sections[0].groups[1].items = [];
    i.sections[0].groups[0].heading = {};
    i.sections[1].groups[0].items = [];
    expect(codes(i)).toEqual([
      `${C.headingRequired} @ sections.0.groups.0.heading.en`,
      `${C.emptyGroup} @ sections.0.groups.1.items`,
      `${C.emptySection} @ sections.1.groups`,
    ]);
  });

  it('asks the context about entries and issue numbers', () => {
    const ctx = { entryExists: (s: string) => s !== 'bbb-1', numberTaken: (n: number) => n === 2 };
    expect(codes(issue(), ctx)).toEqual([`${C.numberTaken} @ number`, `${C.unknownEntry} @ sections.0.groups.1.items.0.entry`]);
  });
});

describe('parseNewsletterIssue', () => {
  it("returns field-addressed schema issues in the entries' shape", () => {
    const r = parseNewsletterIssue({
      ...issue(),
      number: 0,
      periodFrom: '2024-13-01',
      sections: [{ code: 'top_news', groups: [{ items: [{ entry: 'Bad Slug' }] }] }],
    });
    expect(r.ok).toBe(false);
    const got = !r.ok ? r.issues.map((i) => `${i.code} @ ${i.path.join('.')}`) : [];
    expect(got).toEqual(expect.arrayContaining(['schema/too_small @ number', 'schema/invalid_format @ sections.0.groups.0.items.0.entry']));
    expect(got.some((g) => g.endsWith('@ periodFrom'))).toBe(true);
    expect(!r.ok && r.issues.every((i) => i.message.length > 5)).toBe(true);
  });

  it('applies defaults, drops blank text and then runs validateNewsletter', () => {
    const r = parseNewsletterIssue({
      number: 3,
      title: { en: ' Briefing ', zh: '  ' },
      ...PERIOD,
      sections: [{ code: 'perspectives', groups: [{ items: [{ entry: 'abc-report' }] }] }],
    });
    expect(r).toEqual({ ok: true, data: expect.objectContaining({ title: { en: 'Briefing' }, intro: {} }) });
    expect(r.ok && r.data.sections[0].groups[0]).toEqual({ heading: {}, items: [{ entry: 'abc-report', blurb: {}, bullets: [] }] });
    expect(parseNewsletterIssue({ number: 3, title: { en: 'B' }, ...PERIOD, sections: [] })).toMatchObject({ ok: false, issues: [{ code: C.noSections }] });
  });
});
