/**
 * Acceptance: composing from the 31 seed entries reproduces the seed issue's sections and sub-national
 * grouping; compose + a short list of edits reproduces data/seed/newsletters/001.json exactly.
 * The seed entries carry no publication dates, so the spec gives them synthetic ones inside the period.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeedEntries } from '../testing/seed';
import {
  applyEdits,
  composeIssue,
  englishTextEdits,
  fromSeedNewsletter,
  groupRuleFor,
  issueItems,
  localDate,
  toSeedNewsletter,
  validateNewsletter,
  type ComposableEntry,
  type NewsletterEdit,
  type NewsletterIssue,
} from './index';

const PERIOD = { periodFrom: '2023-12-01', periodTo: '2024-01-31' };
const SEED_FILE = new URL('../../../../data/seed/newsletters/001.json', import.meta.url);

const placeOf = (issue: NewsletterIssue) => new Map(issueItems(issue).map((l) => [l.item.entry, l]));
/** For each entry: the sorted members of its group, as a key. */
const groupKeys = (issue: NewsletterIssue, section: string) =>
  new Map(
    issue.sections
      .filter((s) => s.code === section)
      .flatMap((s) =>
        s.groups.flatMap((g) => {
          const key = g.items
            .map((i) => i.entry)
            .sort()
            .join(' + ');
          return g.items.map((i) => [i.entry, key] as const);
        }),
      ),
  );

describe('composeIssue on the seed', () => {
  const json = JSON.parse(fs.readFileSync(SEED_FILE, 'utf8'));
  const seed = fromSeedNewsletter(json, PERIOD);
  const entries = loadSeedEntries()
    .filter(({ entry }) => entry.newsletter.length > 0)
    .map(({ entry }, i): ComposableEntry => ({ ...entry, publishedAt: `2024-01-${String(1 + ((i * 7) % 28)).padStart(2, '0')}T03:00:00Z` }));
  const draft = composeIssue({ number: 1, ...PERIOD, entries });

  it("puts every seed item in the seed's section and groups sub-national items as the seed does", () => {
    const want = placeOf(seed);
    const got = placeOf(draft);
    const inSection = [...want].filter(([slug, w]) => got.get(slug)?.section === w.section).length;
    const seedGroups = groupKeys(seed, 'subnational_updates');
    const draftGroups = groupKeys(draft, 'subnational_updates');
    const grouped = [...seedGroups].filter(([slug, key]) => draftGroups.get(slug) === key).length;
    const topSeed = groupKeys(seed, 'top_news');
    const topDraft = groupKeys(draft, 'top_news');
    const topGrouped = [...topSeed].filter(([slug, key]) => topDraft.get(slug) === key).length;
    console.log(`compose: ${inSection}/${want.size} items in the seed's section, ${grouped}/${seedGroups.size} subnational items grouped as in the seed`);
    console.log(`compose: ${topGrouped}/${topSeed.size} top-news items grouped as in the seed (related entries share a group)`);
    expect([inSection, got.size, want.size]).toEqual([31, 31, 31]);
    expect([grouped, seedGroups.size]).toEqual([16, 16]);
    expect(topGrouped).toBe(6);
    expect(validateNewsletter(draft)).toEqual([]);
  });

  it('orders sub-national groups as the rules do and uses summaries and key points as text', () => {
    expect(draft.sections[1].groups.map((g) => g.heading.en)).toEqual([
      'The shift from dual control of energy consumption to dual control of carbon emissions',
      'Synergistic control of air pollution and carbon emissions',
      '1+N: city-level carbon peaking plans',
      'Financial support for carbon peaking and green, low-carbon transformation',
      'Climate change adaptation plans',
      'Renewable energy development',
      'Hydrogen',
    ]);
    expect(draft.sections[1].groups[1].heading.zh).toBe('减污降碳协同增效');
    const shenzhen = entries.find((e) => e.slug === 'shenzhen-pollution-carbon-synergy-implementation-plan')!;
    const it = placeOf(draft).get(shenzhen.slug)!.item;
    expect(it.blurb).toEqual(shenzhen.summary);
    expect(it.bullets).toEqual(shenzhen.keyPoints);
    expect(groupRuleFor(['green_finance', 'one_plus_n', 'carbon_neutrality'])?.theme).toBe('green_finance');
  });

  it('becomes 001.json with five structural edits and the seed text', () => {
    // Structure: the seed's order of Top News stories and of items within four groups.
    const structural: NewsletterEdit[] = [
      { op: 'reorderGroups', section: 'top_news', order: [0, 2, 1, 3] },
      {
        op: 'reorderItems',
        section: 'subnational_updates',
        group: 1,
        order: [
          'shenzhen-pollution-carbon-synergy-implementation-plan',
          'guizhou-pollution-carbon-synergy-implementation-plan',
          'liaoning-pollution-carbon-synergy-implementation-plan',
        ],
      },
      {
        op: 'reorderItems',
        section: 'subnational_updates',
        group: 4,
        order: ['fujian-climate-change-adaptation-plan', 'anhui-climate-change-adaptation-plan', 'shandong-climate-change-adaptation-plan'],
      },
      {
        op: 'reorderItems',
        section: 'subnational_updates',
        group: 6,
        order: ['hainan-hydrogen-energy-industry-medium-long-term-plan-2023-2035', 'dongguan-hydrogen-energy-industry-action-plan-2023-2025'],
      },
      { op: 'reorderItems', section: 'perspectives', group: 0, order: seed.sections[2].groups[0].items.map((i) => i.entry) },
    ];
    const arranged = applyEdits(draft, structural);
    const shape = (i: NewsletterIssue) => i.sections.map((s) => [s.code, s.groups.map((g) => g.items.map((x) => x.entry))]);
    expect(shape(arranged)).toEqual(shape(seed));

    // Text: what an editor types, taken from the seed, only where the draft differs.
    const text = englishTextEdits(arranged, seed);
    const edited = applyEdits(arranged, text);
    console.log(`compose + ${structural.length} structural edits + ${text.length} text edits = 001.json`);
    expect(toSeedNewsletter(edited, 'en')).toEqual(json);
    expect(validateNewsletter(edited)).toEqual([]);
  });
});

describe('composeIssue, by example', () => {
  const e = (slug: string, over: Partial<ComposableEntry> = {}): ComposableEntry => ({
    slug,
    kind: 'policy',
    level: 'provincial',
    title: { en: `Title ${slug}`, zh: `标题 ${slug}` },
    summary: { en: `Summary ${slug}` },
    keyPoints: [{ en: 'Point' }, { en: ' ' }],
    themes: [],
    publishedAt: '2024-01-10T00:00:00Z',
    ...over,
  });

  it('takes entries published in the period, in China time, inclusive', () => {
    const got = composeIssue({
      number: 5,
      ...PERIOD,
      entries: [
        e('edge-start', { publishedAt: '2023-11-30T16:30:00Z' }), // 1 Dec, 00:30 in Beijing
        e('before', { publishedAt: '2023-11-30T15:59:00Z' }),
        e('edge-end', { publishedAt: '2024-01-31T15:59:00Z' }),
        e('after', { publishedAt: '2024-01-31T16:00:00Z' }), // 1 Feb in Beijing
        e('by-issue-date', { publishedAt: undefined, issuedOn: '2024-01-02' }),
        e('undated', { publishedAt: undefined }),
        e('not-published', { state: 'in_review' }),
        e('excluded'),
      ],
      options: { exclude: ['excluded'] },
    });
    expect(issueItems(got).map((l) => l.item.entry)).toEqual(['edge-start', 'by-issue-date', 'edge-end']);
    expect(localDate(new Date('2023-11-30T16:30:00Z'))).toBe('2023-12-01');
    expect(localDate('2024-01-05T10:00:00+08:00', 0)).toBe('2024-01-05');
  });

  it('sorts sections, puts reports in Perspectives, leftovers in "Other", and skips empty sections', () => {
    const got = composeIssue({
      number: 5,
      ...PERIOD,
      entries: [
        e('city-plan', { level: 'city', themes: ['one_plus_n', 'renewable_consumption'] }),
        e('local-report', { kind: 'report', level: 'provincial' }),
        e('odd-one', { themes: ['carbon_market'] }),
        e('prov-plan', { themes: ['one_plus_n'] }),
      ],
    });
    expect(got.sections.map((s) => s.code)).toEqual(['subnational_updates', 'perspectives']);
    expect(got.sections[0].groups.map((g) => [g.heading.en, g.items.map((i) => i.entry)])).toEqual([
      ['1+N: city-level carbon peaking plans', ['prov-plan', 'city-plan']],
      ['Other subnational updates', ['odd-one']],
    ]);
    expect(got.sections[1].groups).toEqual([
      { heading: {}, items: [{ entry: 'local-report', blurb: { en: 'Summary local-report' }, bullets: [{ en: 'Point' }] }] },
    ]);
  });

  it('groups related national entries unless told not to, and heads single stories with the title', () => {
    const entries = [
      e('nat-a', { level: 'national', relations: [{ type: 'related', target: 'nat-c' }] }),
      e('nat-b', { level: 'national' }),
      e('nat-c', { level: 'national', publishedAt: '2024-01-20' }),
    ];
    const grouped = composeIssue({ number: 5, ...PERIOD, entries }).sections[0].groups;
    expect(grouped.map((g) => [g.heading, g.items.map((i) => i.entry)])).toEqual([
      [{ en: 'Title nat-a; Title nat-c', zh: '标题 nat-a；标题 nat-c' }, ['nat-a', 'nat-c']],
      [{ en: 'Title nat-b', zh: '标题 nat-b' }, ['nat-b']],
    ]);
    const single = composeIssue({ number: 5, ...PERIOD, entries, options: { groupRelatedBy: [] } }).sections[0].groups;
    expect(single.map((g) => g.items.map((i) => i.entry))).toEqual([['nat-a'], ['nat-b'], ['nat-c']]);
  });
});
