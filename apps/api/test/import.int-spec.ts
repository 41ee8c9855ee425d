import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAgent, type SignedInAgent } from './helpers/auth';
import { entryInput, startEditorialApp } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

const CSV = [
  'slug,kind,title_en,title_zh,jurisdiction,level,sectors,themes,instrument_type,issued_on,source_urls',
  'csv-plan-one,policy,CSV plan one,第一,440000,provincial,energy;industry,pollution_carbon_synergy,action_plan,2024-01-02,https://example.gov.cn/1',
  'csv-plan-two,policy,CSV plan two,,CN,provincial,mining,,,2024-01-01,',
  'csv-plan-three,policy,CSV plan three,,CN,national,,,,2024-13-01,',
  'csv-plan-one,policy,Same slug again,,CN,national,,,,,',
  'guangdong-test-synergy-plan,policy,Taken,,CN,national,,,,,',
].join('\n');

describe('import (real PostgreSQL)', () => {
  let t: TestApp;
  let editor: SignedInAgent;

  /** Polls the job until it stops running. */
  async function finished(jobId: string) {
    for (let i = 0; i < 100; i++) {
      const res = await editor.get(`/api/editor/import/${jobId}`).expect(200);
      if (res.body.status !== 'running') return res.body;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('import did not finish');
  }

  beforeAll(async () => {
    t = await startEditorialApp();
    editor = await signedInAgent(t.app, t.db, ['editor'], { name: 'Importer' });
  });
  afterAll(() => t?.close());

  it('reports row by row on a dry run and creates nothing', async () => {
    const res = await editor.post('/api/editor/import?dryRun=true').send({ content: CSV, format: 'csv' }).expect(200);
    expect(res.body).toMatchObject({ dryRun: true, jobId: null, format: 'csv', total: 5, valid: 1, invalid: 4 });
    const [one, two, three, again, taken] = res.body.rows;
    expect(one).toEqual({ row: 1, ok: true, slug: 'csv-plan-one', issues: [] });
    expect(two.ok).toBe(false);
    expect(two.issues.map((i: { path: string; code: string }) => [i.path, i.code])).toEqual([
      ['level', 'entry/level_region_mismatch'],
      ['sectors.0', 'entry/unknown_sector'],
    ]);
    expect(three).toMatchObject({ row: 3, ok: false, issues: [{ path: 'issuedOn', code: expect.stringMatching(/^schema\//) }] });
    expect(again.issues).toEqual([expect.objectContaining({ path: 'slug', code: 'entry/slug_taken' })]);
    expect(taken.issues).toEqual([expect.objectContaining({ path: 'slug', code: 'entry/slug_taken' })]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int n FROM entries WHERE slug LIKE 'csv-plan-%'`);
    expect(n).toBe(0);
  });

  it('creates drafts for the valid rows in a job whose progress can be followed', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => entryInput(`json-import-${i}`));
    rows.push({ ...entryInput('json-import-bad'), level: 'galactic' as never });
    const res = await editor
      .post('/api/editor/import')
      .send({ content: JSON.stringify(rows) })
      .expect(200);
    expect(res.body).toMatchObject({ dryRun: false, jobId: expect.any(String), format: 'json', total: 31, valid: 30, invalid: 1 });
    const job = await finished(res.body.jobId);
    expect(job).toMatchObject({ status: 'done', total: 30, processed: 30, created: 30, failed: 0, percent: 100, createdBy: { name: 'Importer' } });
    expect(job.rows[0]).toEqual({ row: 1, ok: true, slug: 'json-import-0', issues: [], entryId: expect.any(String) });
    expect(job.rows[30]).toMatchObject({ row: 31, ok: false, slug: 'json-import-bad' });

    const [entry] = await t.db.query(`SELECT workflow_status, author_id FROM entries WHERE slug = 'json-import-7'`);
    expect(entry).toEqual({ workflow_status: 'draft', author_id: editor.user.id });
    const mine = await editor.get('/api/editor/entries?mine=true&q=json-import&pageSize=100').expect(200);
    expect(mine.body.total).toBe(30);
    await request(t.app.getHttpServer()).get('/api/entries/json-import-7').expect(404);
    const audits = await t.db.query(
      `SELECT action, count(*)::int n FROM audit_log WHERE action LIKE 'import.%' OR action = 'entry.import' GROUP BY 1 ORDER BY 1`,
    );
    expect(audits).toEqual([
      { action: 'entry.import', n: 30 },
      { action: 'import.finish', n: 1 },
      { action: 'import.start', n: 1 },
    ]);
  });

  it('takes a CSV file as multipart upload', async () => {
    const res = await editor.post('/api/editor/import').attach('file', Buffer.from(CSV), 'entries.csv').expect(200);
    expect(res.body).toMatchObject({ format: 'csv', valid: 1 });
    const job = await finished(res.body.jobId);
    expect(job).toMatchObject({ status: 'done', created: 1 });
    const detail = await editor.get(`/api/editor/entries/${job.rows[0].entryId}`).expect(200);
    expect(detail.body).toMatchObject({
      workflowStatus: 'draft',
      data: { slug: 'csv-plan-one', sectors: ['energy', 'industry'], sources: [{ url: 'https://example.gov.cn/1' }] },
    });
    const [rev] = await t.db.query(`SELECT note FROM entry_revisions WHERE entry_id = $1`, [job.rows[0].entryId]);
    expect(rev.note).toBe('import');
  });

  it('refuses unreadable files as a whole, and non-editors', async () => {
    const bad = await editor.post('/api/editor/import').send({ content: 'slug,colour\nx,red', format: 'csv' }).expect(400);
    expect(bad.body).toMatchObject({ code: 'import/invalid_file', message: expect.stringContaining('colour') });
    expect((await editor.post('/api/editor/import').send({ content: '{oops' }).expect(400)).body.code).toBe('import/invalid_file');
    expect((await editor.get('/api/editor/import/00000000-0000-0000-0000-000000000000').expect(404)).body.code).toBe('import/job_not_found');
    const reviewer = await signedInAgent(t.app, t.db, ['reviewer']);
    await reviewer.post('/api/editor/import').send({ content: CSV }).expect(403);
  });
  it('reads names for codes, targets from continuation rows, and says what an unknown name may have meant', async () => {
    const csv = [
      'slug,kind,title_en,jurisdiction,level,sectors,target_metric,target_comparison,target_year,target_value,target_unit,target_base_year,target_qualifier',
      'named-plan,政策,Named plan,Zhejiang,省级,Iron and steel;能源电力,森林覆盖率,share,2025,61.5,%,,左右',
      'named-plan,,,,,,Energy intensity,reduction,2025,14.5,%,2020,',
      ',,,,,,carbon_intensity,Reduction versus base year,2030,65,%,2005,at least',
      'typo-plan,policy,Typo plan,Zhejang,provincial,Buildngs and construction,,,,,,,',
    ].join('\n');
    const res = await editor.post('/api/editor/import?dryRun=true').send({ content: csv, format: 'csv' }).expect(200);
    expect(res.body).toMatchObject({ total: 2, valid: 1, invalid: 1 });
    const [named, typo] = res.body.rows;
    expect(named).toMatchObject({ ok: true, slug: 'named-plan' });
    expect(typo.issues).toEqual([
      expect.objectContaining({ path: 'jurisdiction', message: 'Unknown place "Zhejang": did you mean Zhejiang Province 浙江省 (330000)?' }),
      expect.objectContaining({
        path: 'sectors.0',
        message: 'Unknown sector "Buildngs and construction": did you mean Buildings and construction (buildings)?',
      }),
    ]);
    // Without a dry run the valid plan is created with three targets, codes for names.
    const done = await finished((await editor.post('/api/editor/import').send({ content: csv, format: 'csv' }).expect(200)).body.jobId);
    const id = done.rows[0].entryId;
    const saved = (await editor.get(`/api/editor/entries/${id}`).expect(200)).body.data;
    expect(saved).toMatchObject({ kind: 'policy', jurisdiction: '330000', level: 'provincial', sectors: ['industry.steel', 'energy'] });
    expect(saved.targets.map((x: Record<string, unknown>) => [x.metric, x.comparison, x.targetYear, x.value, x.baseYear ?? null, x.qualifier])).toEqual([
      ['forest_coverage', 'share', 2025, 61.5, null, 'about'],
      ['energy_intensity', 'reduction', 2025, 14.5, 2020, 'exact'],
      ['carbon_intensity', 'reduction', 2030, 65, 2005, 'at_least'],
    ]);
  });

  it('offers a CSV and a JSON template that import as they are', async () => {
    const csv = await editor
      .get('/api/editor/import/template.csv')
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    expect(csv.headers['content-disposition']).toContain('dualcarbon-import-template.csv');
    expect(csv.text.split(/\r?\n/)[0]).toContain('slug,kind,title_en');
    expect(csv.text.split(/\r?\n/)[0]).toContain('target_metric');
    const fromCsv = await editor.post('/api/editor/import?dryRun=true').send({ content: csv.text, format: 'csv' }).expect(200);
    expect(fromCsv.body).toMatchObject({ total: 1, valid: 1 });
    const json = await editor.get('/api/editor/import/template.json').expect(200);
    const fromJson = await editor.post('/api/editor/import?dryRun=true').send({ content: json.text, format: 'json' }).expect(200);
    expect(fromJson.body).toMatchObject({ total: 1, valid: 1 });
  });
});
