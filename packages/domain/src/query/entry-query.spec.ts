import { describe, expect, it } from 'vitest';
import { EntryFilterSchema, EntryOutputSchema, EntryQuerySchema, entryOutputToSearchParams, expandSectors, issuedRange, parseEntryQuery } from './entry-query';
import { FILTER_KEYS, blankEntryQuery, entryQueryToSearchParams } from './entry-query-shape';
import type { QueryInput } from './params';

const ok = (input: QueryInput) => {
  const r = parseEntryQuery(input);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
};
const issues = (input: QueryInput) => {
  const r = parseEntryQuery(input);
  expect(r.success).toBe(false);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('EntryQuerySchema', () => {
  it('gives defaults for an empty query', () => {
    expect(ok('')).toEqual({
      region: [],
      includeSubregions: true,
      level: [],
      sector: [],
      instrument: [],
      theme: [],
      ghg: [],
      status: [],
      kind: [],
      issuer: [],
      targetMetric: [],
      targetYear: [],
      sort: 'newest',
      page: 1,
      pageSize: 20,
      facets: true,
    });
  });

  it('accepts repeated and comma-separated values, trimmed and de-duplicated', () => {
    const q = ok('sector=industry,energy&sector=energy.hydrogen&sector=industry&region=130000&region=440300,120100-binhai');
    expect(q.sector).toEqual(['industry', 'energy', 'energy.hydrogen']);
    expect(q.region).toEqual(['130000', '440300', '120100-binhai']);
    expect(ok(new URLSearchParams('kind=policy&kind=report')).kind).toEqual(['policy', 'report']);
    expect(ok({ level: ['city', 'provincial'], ghg: 'co2, ch4' })).toMatchObject({ level: ['city', 'provincial'], ghg: ['co2', 'ch4'] });
  });

  it('defaults sort to relevance when q is given', () => {
    expect(ok('q=碳达峰').sort).toBe('relevance');
    expect(ok('q=  ').q).toBeUndefined();
    expect(ok('q=a%00b%0A').q).toBe('a b');
    expect(ok('q=x&sort=title').sort).toBe('title');
  });

  it('parses booleans, numbers and dates', () => {
    expect(ok('includeSubregions=false&hasTargets=true&facets=false&page=3&pageSize=100&issuedFrom=2021&issuedTo=2022-06-30')).toMatchObject({
      includeSubregions: false,
      hasTargets: true,
      facets: false,
      page: 3,
      pageSize: 100,
      issuedFrom: '2021',
      issuedTo: '2022-06-30',
    });
    expect(issuedRange({ issuedFrom: '2021', issuedTo: '2022' })).toEqual({ from: '2021-01-01', to: '2022-12-31' });
  });

  it('names an unknown parameter and lists the allowed ones', () => {
    const [issue] = issues('pag=2');
    expect(issue.path).toBe('pag');
    expect(issue.message).toContain('Unknown parameter "pag". Allowed parameters: q, region');
    expect(issue.message).toContain('pageSize');
    expect(issue.message).toContain('issuedFrom');
  });

  it('names an unknown code and lists the allowed values', () => {
    const [issue] = issues('sector=industry,steel');
    expect(issue.path).toBe('sector');
    expect(issue.message).toContain('"steel"');
    expect(issue.message).toContain('industry.steel');
    expect(issues('region=999999')[0]).toMatchObject({ path: 'region' });
    expect(issues('region=130000;DROP TABLE entries')[0]).toMatchObject({ path: 'region' });
    expect(issues('status=active')[0].message).toContain('in_force');
  });

  it('refuses malformed values', () => {
    expect(issues('pageSize=1000')[0]).toMatchObject({ path: 'pageSize', message: 'pageSize must be at most 100' });
    expect(issues('pageSize=0')[0].path).toBe('pageSize');
    expect(issues('page=1.5')[0].path).toBe('page');
    expect(issues('page=-1')[0].path).toBe('page');
    expect(issues('issuedFrom=2021-02-30')[0].path).toBe('issuedFrom');
    expect(issues('issuedFrom=21')[0].path).toBe('issuedFrom');
    expect(issues('issuedFrom=2023&issuedTo=2021')[0].path).toBe('issuedTo');
    expect(issues('hasTargets=yes')[0].path).toBe('hasTargets');
    expect(issues('sort=random')[0].message).toContain('relevance');
    expect(issues('sort=title&sort=newest')[0].path).toBe('sort');
    expect(issues(`q=${'x'.repeat(201)}`)[0].path).toBe('q');
  });

  it('filters by target metric and target year (both lists, years as four-digit strings)', () => {
    expect(ok('targetMetric=non_fossil_share,carbon_intensity&targetYear=2025&targetYear=2030')).toMatchObject({
      targetMetric: ['non_fossil_share', 'carbon_intensity'],
      targetYear: ['2025', '2030'],
    });
    const [metric] = issues('targetMetric=carbon_intensty');
    expect(metric).toMatchObject({ path: 'targetMetric' });
    expect(metric.message).toContain('"carbon_intensty"');
    expect(metric.message).toContain('carbon_intensity');
    for (const bad of ['20x5', '25', '1949', '2101', '2025.0']) {
      const [year] = issues(`targetYear=${bad}`);
      expect(year.path).toBe('targetYear');
      expect(year.message).toContain('four digits');
    }
    expect(entryQueryToSearchParams(ok('targetYear=2030&targetMetric=energy_intensity')).toString()).toBe('targetMetric=energy_intensity&targetYear=2030');
  });

  it('refuses nested objects from extended query parsers and bracketed keys', () => {
    expect(issues({ sector: { $ne: 'x' } })[0].path).toBe('sector');
    expect(issues('sector[$ne]=x')[0].path).toBe('sector[$ne]');
    expect(issues({ q: ['a', 'b'] })[0].path).toBe('q');
  });

  it('filter schema refuses search-only parameters', () => {
    expect(EntryFilterSchema.safeParse({ page: '2' }).success).toBe(false);
    expect(EntryFilterSchema.safeParse({ region: '130000', sector: 'industry' }).success).toBe(true);
    expect(FILTER_KEYS).not.toContain('page');
  });

  it('round-trips through entryQueryToSearchParams, leaving defaults out', () => {
    const q = ok('q=氢能&region=130000,440300&sector=industry&includeSubregions=false&sort=newest&page=2&issuedFrom=2021');
    const params = entryQueryToSearchParams(q);
    expect(params.toString()).toBe('q=%E6%B0%A2%E8%83%BD&region=130000%2C440300&includeSubregions=false&sector=industry&issuedFrom=2021&sort=newest&page=2');
    expect(ok(params)).toEqual(q);
    expect(entryQueryToSearchParams(ok('')).toString()).toBe('');
    expect(EntryQuerySchema.parse({})).toEqual(ok(''));
  });

  it('expands a parent sector to its children', () => {
    expect(expandSectors(['industry'])).toEqual(expect.arrayContaining(['industry', 'industry.steel', 'industry.cement']));
    expect(expandSectors(['energy.hydrogen'])).toEqual(['energy.hydrogen']);
  });
});

describe('EntryOutputSchema (export and feeds)', () => {
  it('takes the filters and the reader’s language, English by default', () => {
    const zh = EntryOutputSchema.parse({ region: '370000', lang: 'zh' });
    expect(zh.lang).toBe('zh');
    expect(zh.filters.region).toEqual(['370000']);
    expect(EntryOutputSchema.parse({}).lang).toBe('en');
    expect(entryOutputToSearchParams(zh).toString()).toBe('region=370000&lang=zh');
    expect(entryOutputToSearchParams(EntryOutputSchema.parse({ q: 'coal' })).toString()).toBe('q=coal');
  });

  it('refuses other languages and search-only parameters', () => {
    const messages = (input: Record<string, string>) => {
      const r = EntryOutputSchema.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(messages({ lang: 'fr' })).toEqual(['lang: lang is one of en, zh']);
    expect(messages({ page: '2' })).toEqual([expect.stringMatching(/^page: Unknown parameter "page"/)]);
    // and search has no lang
    expect(EntryQuerySchema.safeParse({ lang: 'zh' }).success).toBe(false);
  });
});

describe('blankEntryQuery', () => {
  it('is what the schema makes of no parameters (clients use it before the parser has loaded)', () => {
    const parsed = parseEntryQuery({});
    expect(parsed.success && parsed.data).toEqual(blankEntryQuery());
  });
});
