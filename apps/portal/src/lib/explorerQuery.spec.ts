import { describe, expect, it } from 'vitest';
import { queryVocabularyOf, readPublicTaxonomies } from '@dualcarbon/domain';
import { publicTerm } from '@dualcarbon/web/testing';
import { activeFilterCount, clearFilters, emptyQuery, filterParams, patchQuery, searchParams, toggleCode, toRouteQuery } from './explorerQuery';
import { parseRouteQuery } from './explorerQueryParser';

describe('explorer URL state', () => {
  it('round-trips a full query through the route and back', () => {
    const route = {
      q: '氢能',
      region: '460000,441900',
      includeSubregions: 'false',
      sector: 'energy.hydrogen',
      level: 'city',
      issuedFrom: '2021',
      issuedTo: '2024',
      hasTargets: 'true',
      sort: 'newest',
      page: '2',
    };
    const { query, invalid } = parseRouteQuery(route);
    expect(invalid).toEqual([]);
    expect(query).toMatchObject({
      q: '氢能',
      region: ['460000', '441900'],
      includeSubregions: false,
      sector: ['energy.hydrogen'],
      hasTargets: true,
      sort: 'newest',
      page: 2,
    });
    const back = toRouteQuery(query);
    expect(parseRouteQuery(back).query).toEqual(query);
    expect(back).toEqual(route);
  });

  it('accepts repeated keys as Vue Router gives them', () => {
    expect(parseRouteQuery({ sector: ['industry', 'energy'] }).query.sector).toEqual(['industry', 'energy']);
  });

  it('leaves defaults out of the URL', () => {
    expect(toRouteQuery(emptyQuery())).toEqual({});
    expect(toRouteQuery({ ...emptyQuery(), q: 'x', sort: 'relevance' })).toEqual({ q: 'x' });
  });

  it('drops an invalid parameter, keeps the rest and says which', () => {
    const { query, invalid } = parseRouteQuery({ sector: 'steel', region: '520000', bogus: '1', page: '0' });
    expect(invalid.sort()).toEqual(['bogus', 'page', 'sector']);
    expect(query.region).toEqual(['520000']);
    expect(query.sector).toEqual([]);
    expect(query.page).toBe(1);
  });

  it('toggles a facet value on and off and returns to page 1', () => {
    const start = { ...emptyQuery(), page: 3 };
    const on = toggleCode(start, 'sector', 'energy.hydrogen');
    expect(on.sector).toEqual(['energy.hydrogen']);
    expect(on.page).toBe(1);
    expect(start.sector).toEqual([]); // not mutated
    expect(toggleCode(on, 'sector', 'energy.hydrogen').sector).toEqual([]);
  });

  it('patches keep the page only when the page is what changes', () => {
    const q = { ...emptyQuery(), page: 4 };
    expect(patchQuery(q, { sort: 'title' }).page).toBe(1);
    expect(patchQuery(q, { page: 5 }).page).toBe(5);
    expect(patchQuery({ ...emptyQuery(), q: 'x', sort: 'relevance' }, { q: undefined }).sort).toBe('newest');
  });

  it('clears filters but keeps the search words', () => {
    const q = parseRouteQuery({ q: 'hydrogen', sector: 'industry', region: '520000', hasTargets: 'true' }).query;
    expect(activeFilterCount(q)).toBe(3);
    const cleared = clearFilters(q);
    expect(cleared.q).toBe('hydrogen');
    expect(activeFilterCount(cleared)).toBe(0);
  });

  it('sends filters only to export and feed links, and everything to search', () => {
    const q = parseRouteQuery({ q: '氢能', region: '460000', sort: 'title', page: '2' }).query;
    expect(filterParams(q).toString()).toBe('q=%E6%B0%A2%E8%83%BD&region=460000');
    expect(searchParams(q).toString()).toBe('q=%E6%B0%A2%E8%83%BD&region=460000&sort=title&page=2');
  });
});

describe('explorer URL state with the live taxonomy terms', () => {
  const live = readPublicTaxonomies({
    sectors: [publicTerm('industry', 'Industry', '工业'), publicTerm('industry.glass', 'Glass', '玻璃', 'industry', 1)],
  });
  const vocabulary = queryVocabularyOf(live);

  it('keeps a sector code an admin added, which the built-in lists drop', () => {
    expect(parseRouteQuery({ sector: 'industry.glass' }).invalid).toEqual(['sector']);
    const { query, invalid } = parseRouteQuery({ sector: 'industry.glass', theme: 'hydrogen' }, vocabulary);
    expect(invalid).toEqual([]);
    expect(query.sector).toEqual(['industry.glass']);
    expect(toRouteQuery(query)).toMatchObject({ sector: 'industry.glass' });
  });

  it('drops a code the live terms no longer have (retired or merged) and names it', () => {
    const { query, invalid } = parseRouteQuery({ sector: 'energy', region: '130000' }, vocabulary);
    expect(invalid).toEqual(['sector']);
    expect(query.region).toEqual(['130000']);
  });
});
