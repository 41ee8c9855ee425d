import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSearchApp } from './search-seed';

const ROUTES = ['/api/entries', '/api/stats', '/api/export/entries.csv', '/api/export/entries.json', '/api/export/entries.ndjson', '/api/feeds/entries.atom'];

/** [raw query string, parameter the 400 must name, text the message must contain] */
const BAD: [string, string, string][] = [
  ['foo=1', 'foo', 'Allowed parameters: q, region'],
  ['Sector=industry', 'Sector', 'Unknown parameter'],
  ['sector=steel', 'sector', 'industry.steel'],
  ['sector=industry,nope', 'sector', '"nope"'],
  ['region=999999', 'region', 'six-digit'],
  ['region=130000%27%20OR%20%271%27%3D%271', 'region', 'Region codes'],
  ['level=town', 'level', 'national, provincial, city, county, zone'],
  ['status=active', 'status', 'in_force'],
  ['kind=law', 'kind', 'policy, action, report'],
  ['ghg=co3', 'ghg', 'co2'],
  ['theme=x', 'theme', 'hydrogen'],
  ['instrument=memo', 'instrument', 'action_plan'],
  ['issuer=me', 'issuer', 'state_council'],
  ['issuedFrom=2021-02-30', 'issuedFrom', 'YYYY'.length ? 'year (2021) or a date' : ''],
  ['issuedTo=yesterday', 'issuedTo', 'year (2021) or a date'],
  ['issuedFrom=2024&issuedTo=2021', 'issuedTo', 'not be before'],
  ['hasTargets=yes', 'hasTargets', 'true or false'],
  ['targetMetric=carbon', 'targetMetric', 'carbon_intensity'],
  ['targetYear=20x5', 'targetYear', 'four digits'],
  ['targetYear=2025,3000', 'targetYear', '"3000"'],
  ['includeSubregions=1', 'includeSubregions', 'true or false'],
  ['sector[$ne]=x', 'sector[$ne]', 'Unknown parameter'],
  ['sector[]=industry', 'sector[]', 'Unknown parameter'],
  ['q[$gt]=', 'q[$gt]', 'Unknown parameter'],
  ['q=a&q=b', 'q', 'once'],
  [`q=${'x'.repeat(201)}`, 'q', 'at most 200'],
];

const SEARCH_ONLY: [string, string, string][] = [
  ['pageSize=1000', 'pageSize', 'at most 100'],
  ['pageSize=0', 'pageSize', 'at least 1'],
  ['page=0', 'page', 'at least 1'],
  ['page=1.5', 'page', 'whole number'],
  ['page=1;DROP%20TABLE%20entries', 'page', 'whole number'],
  ['sort=random', 'sort', 'relevance, newest, oldest, title'],
  ['sort=title%20DESC', 'sort', 'relevance'],
  ['facets=maybe', 'facets', 'true or false'],
];

describe('bad parameters: 400 naming the parameter and the allowed values, never a 500', () => {
  let t: Awaited<ReturnType<typeof startSearchApp>>;
  beforeAll(async () => {
    t = await startSearchApp();
  });
  afterAll(() => t?.close());

  it.each(BAD)('%s', async (query, param, text) => {
    for (const route of ROUTES) {
      const res = await t.http().get(`${route}?${query}`);
      expect(res.status, route).toBe(400);
      expect(res.body, `${route} ${res.headers['content-type']} ${res.text}`).toMatchObject({ statusCode: 400, code: 'request/invalid' });
      const issue = res.body.issues.find((i: { path: string }) => i.path === param);
      expect(issue, `${route}: ${JSON.stringify(res.body.issues)}`).toBeDefined();
      expect(issue.message).toContain(text);
    }
  });

  it.each(SEARCH_ONLY)('%s (search only; the other routes take no paging)', async (query, param, text) => {
    const res = await t.http().get(`/api/entries?${query}`).expect(400);
    expect(res.body.issues.find((i: { path: string }) => i.path === param).message).toContain(text);
    const stats = await t.http().get(`/api/stats?${query}`).expect(400);
    expect(stats.body.issues[0].message).toContain('Unknown parameter');
  });

  it('answers odd but valid input without errors, the database intact', async () => {
    const queries = [
      'q=%00',
      'q=%ED%A0%80',
      'q=%27%3B%20DROP%20TABLE%20entries%3B--',
      'q=a%20%26%20%7C%20!%20(',
      'q=%E2%80%AE',
      'region=120100-binhai',
      'sector=industry&sector=industry',
      'region=CN&includeSubregions=false',
      'q=',
      'issuedFrom=1950&issuedTo=2100',
    ];
    for (const query of queries) {
      for (const route of ROUTES) expect((await t.http().get(`${route}?${query}`)).status, `${route}?${query}`).toBe(200);
    }
    expect((await t.db.query('SELECT count(*)::int AS n FROM entries'))[0].n).toBe(34);
  });
});
