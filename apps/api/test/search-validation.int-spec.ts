import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import cases from './search-validation.cases.json';
import { startSearchApp } from './search-seed';

const ROUTES = ['/api/entries', '/api/stats', '/api/export/entries.csv', '/api/export/entries.json', '/api/export/entries.ndjson', '/api/feeds/entries.atom'];

/** [raw query string, parameter the 400 must name, text the message must contain] */
const Cases = z.array(z.tuple([z.string(), z.string(), z.string()]));

const BAD = [...Cases.parse(cases.everyRoute), [`q=${'x'.repeat(201)}`, 'q', 'at most 200'] as const];
const SEARCH_ONLY = Cases.parse(cases.searchOnly);

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
