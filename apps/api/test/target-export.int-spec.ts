import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DataVersionService } from '../src/http/data-version.service';
import { expectInvalidParameter } from './helpers/answers';
import { binaryBody } from './helpers/binary-body';
import { startPublicApp } from './helpers/public-app';
import type { TestApp } from './helpers/test-app';

const COLUMNS = [
  'jurisdiction',
  'jurisdiction_en',
  'jurisdiction_zh',
  'level',
  'metric',
  'metric_en',
  'metric_zh',
  'kind',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'strive',
  'base_year',
  'cumulative_from',
  'target_year',
  'source_text',
  'source_language',
  'entry',
  'entry_title_en',
  'entry_title_zh',
  'document_number',
  'issued_on',
  'url',
];
/** Text a spreadsheet would run as a formula. */
const FORMULA = '=HYPERLINK("https://evil.example","click")';

type Row = { jurisdiction: { code: string }; value: number; targetYear: number; entry: { slug: string } };

describe('GET /api/export/targets.{csv,json} (real PostgreSQL, repository seed)', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const raw = (path: string) => http().get(path).buffer(true).parse(binaryBody);
  const csvRows = (body: Buffer): string[][] => parse(body.toString('utf8').slice(1));

  beforeAll(async () => {
    t = await startPublicApp();
    // A published entry whose texts look like formulas, and a negative value (a number, never escaped).
    const [{ id }] = await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, jurisdiction, level, workflow_status, issued_on, published_at)
       VALUES ('formula-plan', 'policy', $1, '520000', 'provincial', 'published', '2024-05-01', now()) RETURNING id`,
      [FORMULA],
    );
    await t.db.query(
      `INSERT INTO entry_targets (entry_id, position, metric, target_year, value, unit, comparison, qualifier, source_text, source_language)
       VALUES ($1, 0, 'forest_coverage', 2035, -5, '%', 'level', 'exact', $2, 'en'), ($1, 1, 'forest_coverage', 2035, 7, '%', 'level', 'about', '@SUM(A1:A9)', 'en')`,
      [id, FORMULA],
    );
    t.app.get(DataVersionService).invalidate();
  });
  afterAll(() => t?.close());

  it("CSV: the table's rows for the same filters, one per target, the documented columns and the entries export's citation row", async () => {
    const res = await raw('/api/export/targets.csv?metric=carbon_intensity&targetYear=2025').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="dualcarbon-targets-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers['x-citation']).toMatch(
      /^dualcarbon \(\d{4}\)\. Open bilingual tracker of China's carbon-neutrality policies: targets export\. Retrieved \d{4}-\d{2}-\d{2} from http:\/\/.*\/api\/export\/targets\.csv\?metric=carbon_intensity&targetYear=2025$/,
    );
    expect(res.headers['link']).toBe(`<${res.headers['x-citation'].split(' from ')[1]}>; rel="cite-as"`);
    expect([...(res.body as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(res.body);
    expect(rows[0]).toEqual(COLUMNS);
    const data = rows.slice(1, -1).map((r) => Object.fromEntries(COLUMNS.map((c, i) => [c, r[i]])));
    const table = await http().get('/api/targets?metric=carbon_intensity&targetYear=2025').expect(200);
    expect(data.map((r) => [r.jurisdiction, r.value, r.entry])).toEqual(table.body.rows.map((r: Row) => [r.jurisdiction.code, String(r.value), r.entry.slug]));
    expect(res.headers['x-total-count']).toBe(String(table.body.total));
    expect(data.find((r) => r.jurisdiction === '520000')).toEqual({
      jurisdiction: '520000',
      jurisdiction_en: 'Guizhou Province',
      jurisdiction_zh: '贵州省',
      level: 'provincial',
      metric: 'carbon_intensity',
      metric_en: 'Carbon intensity (CO₂ per unit of GDP)',
      metric_zh: '单位GDP二氧化碳排放',
      kind: 'reduction',
      value: '18',
      value_max: '',
      unit: '%',
      qualifier: 'exact',
      strive: 'false',
      base_year: '2020',
      cumulative_from: '',
      target_year: '2025',
      source_text: 'By 2025, CO₂ emissions per unit of GDP will drop by 18% compared with 2020.',
      source_language: 'en',
      entry: 'guizhou-pollution-carbon-synergy-implementation-plan',
      entry_title_en: 'Implementation Plan for the Synergistic Reduction of Pollution and Carbon Emissions in Guizhou',
      entry_title_zh: '贵州省减污降碳协同增效实施方案',
      document_number: '',
      issued_on: '',
      url: expect.stringMatching(/\/en\/entries\/guizhou-pollution-carbon-synergy-implementation-plan$/),
    });
    expect(data.find((r) => r.jurisdiction === '510700')).toMatchObject({ level: 'city', jurisdiction_en: 'Mianyang City' });
    expect(rows.at(-1)!.slice(0, 1)).toEqual(['#citation']);
    expect(rows.at(-1)![COLUMNS.indexOf('url')]).toBe(res.headers['x-citation'].split(' from ')[1]);
    expect(rows.at(-1)![COLUMNS.indexOf('source_text')]).toBe(res.headers['x-citation']);
  });

  it('JSON: {citation, url, generatedAt, query, total, columns, items}, numbers as numbers, missing values null', async () => {
    const res = await raw('/api/export/targets.json?metric=carbon_intensity&kind=province').expect(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const doc = JSON.parse((res.body as Buffer).toString('utf8'));
    expect(doc).toMatchObject({ citation: res.headers['x-citation'], query: { metric: 'carbon_intensity', kind: 'province' }, columns: COLUMNS, total: 2 });
    expect(doc.url).toMatch(/\/api\/export\/targets\.json\?metric=carbon_intensity&kind=province$/);
    expect(doc.items.map((i: { jurisdiction: string }) => i.jurisdiction)).toEqual(['210000', '520000']);
    expect(Object.keys(doc.items[0])).toEqual(COLUMNS);
    expect(doc.items[1]).toMatchObject({
      value: 18,
      value_max: null,
      strive: false,
      base_year: 2020,
      cumulative_from: null,
      target_year: 2025,
      document_number: null,
      issued_on: null,
    });
  });

  it('without a metric exports every target of every published entry, and nothing of drafts, unpublished or deleted ones', async () => {
    const metrics = await http().get('/api/metrics').expect(200);
    const all = metrics.body.items.reduce((n: number, m: { targetCount: number }) => n + m.targetCount, 0);
    for (const format of ['csv', 'json']) {
      const res = await raw(`/api/export/targets.${format}`).expect(200);
      expect(res.headers['x-total-count']).toBe(String(all));
      const text = (res.body as Buffer).toString('utf8');
      expect(text).not.toContain('hidden-');
      if (format === 'json') expect(JSON.parse(text).items.map((i: { value: number }) => i.value)).not.toContain(99);
      else expect(csvRows(res.body)).toHaveLength(all + 2);
    }
    const region = await raw('/api/export/targets.json?region=510000').expect(200);
    const sichuan = JSON.parse((region.body as Buffer).toString('utf8'));
    expect(sichuan.items.length).toBeGreaterThan(0);
    expect(sichuan.items.every((i: { jurisdiction: string }) => i.jurisdiction.startsWith('51'))).toBe(true);
  });

  it('escapes formula-like text exactly as the entries export does, and leaves numbers alone', async () => {
    const targets = csvRows((await raw('/api/export/targets.csv?metric=forest_coverage&targetYear=2035').expect(200)).body);
    const ours = targets.slice(1, -1).filter((r) => r[COLUMNS.indexOf('entry')] === 'formula-plan');
    expect(ours.map((r) => [r[COLUMNS.indexOf('value')], r[COLUMNS.indexOf('source_text')], r[COLUMNS.indexOf('entry_title_en')]])).toEqual([
      ['-5', `'${FORMULA}`, `'${FORMULA}`],
      ['7', "'@SUM(A1:A9)", `'${FORMULA}`],
    ]);
    const entries = parse(((await raw('/api/export/entries.csv?region=520000').expect(200)).body as Buffer).toString('utf8').slice(1)) as string[][];
    const entryRow = entries.find((r) => r[0] === 'formula-plan')!;
    expect(entryRow[entries[0].indexOf('title_en')]).toBe(ours[0][COLUMNS.indexOf('entry_title_en')]);
    // JSON keeps the text as it is: escaping is for spreadsheets.
    const json = JSON.parse(((await raw('/api/export/targets.json?metric=forest_coverage&targetYear=2035').expect(200)).body as Buffer).toString('utf8'));
    expect(json.items.find((i: { entry: string }) => i.entry === 'formula-plan')).toMatchObject({ value: -5, source_text: FORMULA, entry_title_en: FORMULA });
  });

  it('links to the Chinese pages with lang=zh, in the url column and the citation, as the entries export does', async () => {
    const res = await raw('/api/export/targets.json?metric=carbon_intensity&targetYear=2025&lang=zh').expect(200);
    const doc = JSON.parse((res.body as Buffer).toString('utf8'));
    expect(doc.query).toEqual({ metric: 'carbon_intensity', targetYear: '2025', lang: 'zh' });
    expect(doc.url).toMatch(/\/api\/export\/targets\.json\?metric=carbon_intensity&targetYear=2025&lang=zh$/);
    expect(doc.items.every((i: { url: string }) => /\/zh\/entries\//.test(i.url))).toBe(true);
    const entries = JSON.parse(((await raw('/api/export/entries.json?region=520000&lang=zh').expect(200)).body as Buffer).toString('utf8'));
    const guizhou = doc.items.find((i: { entry: string }) => i.entry === 'guizhou-pollution-carbon-synergy-implementation-plan');
    // The same page as the entries export's link (the origin follows each request's Host).
    expect(new URL(entries.items.find((i: { slug: string }) => i.slug === guizhou.entry).url).pathname).toBe(new URL(guizhou.url).pathname);
  });

  it('documents the 429 every export may answer (all share the export gate)', async () => {
    const { paths } = (await http().get('/api/docs-json').expect(200)).body;
    for (const path of ['/api/export/targets.csv', '/api/export/targets.json', '/api/export/entries.csv'])
      expect(paths[path].get.responses['429'], path).toMatchObject({ description: expect.stringContaining('export/busy') });
  });

  it.each([
    ['lang=fr', 'lang', 'en, zh'],
    ['metric=carbon_intensty', 'metric', 'Unknown metric "carbon_intensty"'],
    ['region=999999', 'region', 'Unknown region'],
    ['kind=town', 'kind', 'province'],
    ['targetYear=20x5', 'targetYear', 'number'],
    ['page=2', 'page', ''],
  ])('answers 400 for %s', async (query, path, text) => {
    for (const format of ['csv', 'json']) expectInvalidParameter(await http().get(`/api/export/targets.${format}?${query}`), path, text);
  });
});
