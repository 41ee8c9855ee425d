import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectInvalidParameter } from './helpers/answers';
import { startTestApp, type TestApp } from './helpers/test-app';

describe('entries API (real PostgreSQL, fixture seed)', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await startTestApp();
    // Entries people are still working on: never public.
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, jurisdiction, level, workflow_status, issued_on)
       VALUES ('secret-draft', 'policy', 'Draft plan', 'CN', 'national', 'draft', '2030-01-01'),
              ('pulled-entry', 'policy', 'Unpublished plan', 'CN', 'national', 'unpublished', '2030-01-01')`,
    );
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, jurisdiction, level, workflow_status, published_at, deleted_at)
       VALUES ('deleted-entry', 'policy', 'Deleted plan', 'CN', 'national', 'published', now(), now())`,
    );
  });
  afterAll(() => t?.close());

  it('reports health with the database up', async () => {
    const res = await http().get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up', version: expect.any(String) });
  });

  it('lists only published entries, newest issued first, undated last', async () => {
    const res = await http().get('/api/entries').expect(200);
    expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(res.body.items.map((i: { slug: string }) => i.slug)).toEqual(['guangdong-test-synergy-plan', 'national-test-peaking-plan', 'igdp-test-report']);
    const [first] = res.body.items;
    expect(first).toMatchObject({
      title: { en: 'Guangdong Test Implementation Plan for Pollution and Carbon Synergy' },
      jurisdiction: '440000',
      region: { code: '440000', zh: '广东省', enShort: 'Guangdong', kind: 'province', parent: 'CN' },
      level: 'provincial',
      issuedOn: '2023-03-01',
      status: 'in_force',
    });
    // Summaries, not whole entries.
    expect(first).not.toHaveProperty('targets');
  });

  it('pages through the list', async () => {
    const res = await http().get('/api/entries?page=2&pageSize=2').expect(200);
    expect(res.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(res.body.items.map((i: { slug: string }) => i.slug)).toEqual(['igdp-test-report']);
  });

  it('returns a published entry in full, with targets, observations, sources, relations and region names', async () => {
    const res = await http().get('/api/entries/national-test-peaking-plan').expect(200);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      slug: 'national-test-peaking-plan',
      title: { en: 'Test Action Plan for Carbon Dioxide Peaking Before 2030', zh: '测试2030年前碳达峰行动方案' },
      keyPoints: [{ en: 'Non-fossil share of about 25% by 2030.' }],
      issuingBodies: ['state_council'],
      region: { code: 'CN', en: 'China', zh: '中国' },
      instrumentType: 'action_plan',
      issuedOn: '2021-10-24',
      publishedAt: '2021-10-24T00:00:00.000Z',
      sources: [{ url: 'https://www.gov.cn/example', title: 'Example source', language: 'zh', official: true }],
      relations: [{ type: 'related', target: 'guangdong-test-synergy-plan' }],
      newsletter: [{ issue: 1, section: 'top_news', group: 'Test group', order: 1 }],
    });
    expect(res.body.targets).toEqual([
      {
        metric: 'non_fossil_share',
        targetYear: 2030,
        value: 25,
        unit: '%',
        comparison: 'share',
        qualifier: 'about',
        strive: false,
        sourceText: 'By 2030, the share of non-fossil energy consumption will reach around 25%.',
        sourceLanguage: 'en',
      },
      { metric: 'carbon_intensity', targetYear: 2030, value: 65, unit: '%', comparison: 'reduction', baseYear: 2005, qualifier: 'at_least', strive: false },
    ]);
  });

  it('keeps numeric precision and per-target jurisdictions', async () => {
    const res = await http().get('/api/entries/guangdong-test-synergy-plan').expect(200);
    expect(res.body.targets[0]).toMatchObject({ jurisdiction: '440300', value: 18, valueMax: 20, baseYear: 2020 });
    expect(res.body.observations[0]).toMatchObject({ value: 580.5, unit: 'Mt CO₂e', sourceTitle: 'Test statistics' });
  });

  it.each(['secret-draft', 'pulled-entry', 'deleted-entry', 'no-such-entry'])('answers 404 entry/not_found for %s', async (slug) => {
    const res = await http().get(`/api/entries/${slug}`).expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'entry/not_found', message: expect.stringContaining(slug) });
  });

  it.each(['%00', 'a%00b', 'UPPER-case', '-x-', '%F0%9F%94%A5'])('answers 404, never 500, for the malformed slug %s', async (slug) => {
    expect((await http().get(`/api/entries/${slug}`).expect(404)).body.code).toBe('entry/not_found');
  });

  it('never lists drafts, unpublished or deleted entries', async () => {
    const res = await http().get('/api/entries?pageSize=100').expect(200);
    const slugs = res.body.items.map((i: { slug: string }) => i.slug);
    expect(slugs).not.toContain('secret-draft');
    expect(slugs).not.toContain('pulled-entry');
    expect(slugs).not.toContain('deleted-entry');
  });

  it('rejects an unknown query parameter, naming it', async () => {
    const res = await http().get('/api/entries?pag=2').expect(400);
    expect(res.body).toEqual({
      statusCode: 400,
      code: 'request/invalid',
      message: expect.stringContaining('pag'),
      // Search's contract (issue 3): the message also lists the allowed parameters.
      issues: [{ path: 'pag', message: expect.stringMatching(/^Unknown parameter "pag"\. Allowed parameters: q, region, .*page, pageSize/) }],
    });
  });

  it.each([
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['page=1.5', 'page'],
    ['pageSize=1000', 'pageSize'],
    ['page=1&page=2', 'page'],
  ])('rejects a bad value (%s) with 400 request/invalid', async (query, path) => {
    expectInvalidParameter(await http().get(`/api/entries?${query}`), path);
  });

  it('answers unknown API routes and malformed input with JSON, never a 500', async () => {
    const missing = await http().get('/api/nothing-here').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'route/not_found' });
    const badJson = await http().post('/api/entries').set('Content-Type', 'application/json').send('{oops').expect(400);
    expect(badJson.body).toMatchObject({ statusCode: 400, code: 'request/invalid' });
    const badUri = await http().get('/api/entries/%E0%A4%A').expect(400);
    expect(badUri.body).toMatchObject({ statusCode: 400, code: 'request/invalid' });
  });

  it('serves the OpenAPI document with every route', async () => {
    const res = await http().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/entries', '/api/entries/{slug}']));
    const params = res.body.paths['/api/entries'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['page', 'pageSize']));
    await http().get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('tags every response with a request id and security headers', async () => {
    const res = await http().get('/api/health').set('X-Request-Id', 'trace-123').expect(200);
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
