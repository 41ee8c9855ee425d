import { IngestSuggestionSchema, type IngestSuggestion, type TextSpan } from '@dualcarbon/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAgent, type SignedInAgent } from './helpers/auth';
import { entryInput, startEditorialApp } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

const DOCS = join(__dirname, 'fixtures/ingest/documents');
const fixture = (name: string) => readFileSync(join(DOCS, name));

/** Every span points at its own text in the answer's text. */
function expectSpansHold(s: IngestSuggestion) {
  const spans: TextSpan[] = [];
  for (const f of Object.values(s.fields)) {
    for (const x of Array.isArray(f) ? f : f ? [f] : []) if (x.evidence) spans.push(x.evidence);
  }
  for (const t of s.targets) spans.push(t.evidence);
  for (const c of s.citedDocuments) spans.push(c.evidence);
  expect(spans.length).toBeGreaterThan(5);
  for (const sp of spans) expect(s.text.slice(sp.start, sp.end)).toBe(sp.text);
}

describe('document ingestion (real PostgreSQL)', () => {
  let t: TestApp;
  let editor: SignedInAgent;
  let reviewer: SignedInAgent;
  let counts: () => Promise<Record<string, number>>;
  let before: Record<string, number>;
  /** The fixture seed's 测试2030年前碳达峰行动方案 (published), which the documents cite. */
  const peakPlanSlug = 'national-test-peaking-plan';

  beforeAll(async () => {
    t = await startEditorialApp();
    editor = await signedInAgent(t.app, t.db, ['editor'], { name: 'Ingester' });
    reviewer = await signedInAgent(t.app, t.db, ['reviewer']);
    // An entry one document repeats.
    await editor
      .post('/api/editor/entries')
      .send(entryInput('test-hunan-energy-peaking', { title: { zh: '湖南省能源领域碳达峰实施方案' }, jurisdiction: '430000' }))
      .expect(201);
    counts = async () => {
      const [row] = await t.db.query(`SELECT (SELECT count(*) FROM entries)::int AS entries, (SELECT count(*) FROM entry_revisions)::int AS revisions,
        (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM import_jobs)::int AS jobs`);
      return row;
    };
    before = await counts();
  });
  afterAll(() => t?.close());

  it('reads a Chinese PDF: cover notice, 文号, 落款, targets with their clauses, and the cited plan as an implements relation', async () => {
    const res = await editor.post('/api/editor/ingest').attach('file', fixture('national-peak-demonstration-plan.pdf'), 'plan.pdf').expect(200);
    const s = IngestSuggestionSchema.parse(res.body);
    expect(s).toMatchObject({ format: 'pdf', pages: 2, language: 'zh' });
    expect(s.fields.title?.value).toBe('重点领域碳达峰示范行动方案');
    expect(s.fields.heading?.value).toBe('国务院关于印发《重点领域碳达峰示范行动方案》的通知');
    expect(s.fields.documentNumber?.value).toBe('国发〔2023〕19号');
    expect(s.fields.issuedOn?.value).toBe('2023-06-08');
    expect(s.fields.issuingBodies.map((b) => b.value)).toEqual(['state_council']);
    expect([s.fields.level?.value, s.fields.jurisdiction?.value, s.fields.instrumentType?.value]).toEqual(['national', 'CN', 'action_plan']);
    // Paragraphs are rebuilt: no line break inside the sentence that carries the targets.
    expect(s.text).toContain('到2025年，非化石能源消费比重达到22%左右，单位国内生产总值二氧化碳排放比2020年下降19%');
    expect(s.targets.map((x) => x.value)).toContainEqual(
      expect.objectContaining({ metric: 'non_fossil_share', value: 22, targetYear: 2025, qualifier: 'about' }),
    );
    expect(s.targets[0].evidence.text).toContain('22%左右');
    expectSpansHold(s);
    const cited = s.citedDocuments.find((c) => c.title === '2030年前碳达峰行动方案');
    expect(cited).toMatchObject({ implements: true, entry: { slug: peakPlanSlug, workflowStatus: 'published' } });
    expect(s.relations).toContainEqual(expect.objectContaining({ value: { type: 'implements', target: peakPlanSlug } }));
  });

  it('reads a DOCX and finds the entry it may duplicate by title', async () => {
    const res = await editor.post('/api/editor/ingest').attach('file', fixture('province-energy-peaking-plan.docx'), 'plan.docx').expect(200);
    const s = res.body as IngestSuggestion;
    expect(s).toMatchObject({ format: 'docx', pages: null, language: 'zh' });
    expect([s.fields.jurisdiction?.value, s.fields.level?.value, s.fields.periodFrom?.value, s.fields.periodTo?.value]).toEqual([
      '430000',
      'provincial',
      2023,
      2030,
    ]);
    expect(s.fields.effectiveOn?.value).toBe('2023-04-01');
    expect(s.duplicates).toContainEqual(expect.objectContaining({ reason: 'title', value: expect.objectContaining({ slug: 'test-hunan-energy-peaking' }) }));
    expect(s.duplicates[0].similarity).toBeGreaterThanOrEqual(0.5);
    expectSpansHold(s);
  });

  it('reads an HTML page saved from a government site (GB2312) with its metadata table', async () => {
    const res = await editor.post('/api/editor/ingest').attach('file', fixture('city-green-transport-action-plan.html'), 'page.htm').expect(200);
    const s = res.body as IngestSuggestion;
    expect(s.format).toBe('html');
    expect(s.fields.title?.value).toBe('成都市绿色低碳交通发展行动计划');
    expect(s.fields.documentNumber?.value).toBe('成办发〔2023〕33号');
    expect([s.fields.jurisdiction?.value, s.fields.level?.value, s.fields.issuedOn?.value]).toEqual(['510100', 'city', '2023-09-12']);
    expect(s.text).not.toContain('网站标识码'); // the site's footer is not the document
    expect(s.targets.map((x) => x.value.metric)).toContain('nev_ownership');
  });

  it('reads TXT (GB18030), English files, and JSON {text}', async () => {
    const txt = await editor.post('/api/editor/ingest').attach('file', fixture('generic-province-coal-control-work-plan.txt'), 'plan.txt').expect(200);
    expect(txt.body).toMatchObject({
      format: 'txt',
      fields: { title: { value: '某省煤炭消费总量控制工作方案' }, level: { value: 'provincial' }, jurisdiction: null },
    });
    const en = await editor.post('/api/editor/ingest').attach('file', fixture('english-provincial-peaking-plan.pdf'), 'plan.pdf').expect(200);
    expect(en.body).toMatchObject({ language: 'en', fields: { jurisdiction: { value: '360000' }, documentNumber: { value: 'Gan Fu Fa [2022] No. 17' } } });
    expect(en.body.citedDocuments[0]).toMatchObject({
      title: 'Action Plan for Carbon Dioxide Peaking Before 2030',
      implements: true,
      entry: { slug: peakPlanSlug },
    });
    const text = '某市人民政府关于印发某市氢能产业发展规划的通知\n\n到2025年，全市建成加氢站10座。\n\n某市人民政府\n\n2024年1月5日';
    const json = await editor.post('/api/editor/ingest').send({ text }).expect(200);
    expect(json.body).toMatchObject({
      format: 'text',
      pages: null,
      fields: { title: { value: '某市氢能产业发展规划' }, issuedOn: { value: '2024-01-05' }, level: { value: 'city' } },
    });
    expect(json.body.targets).toEqual([
      expect.objectContaining({ value: expect.objectContaining({ metric: 'hydrogen_refueling_stations', value: 10, targetYear: 2025 }) }),
    ]);
  });

  it('guards the route: 401 without a session, 403 for a reviewer', async () => {
    await request(t.app.getHttpServer()).post('/api/editor/ingest').send({ text: '到2025年' }).expect(401);
    expect((await reviewer.post('/api/editor/ingest').send({ text: '到2025年' }).expect(403)).body.code).toBe('auth/forbidden');
  });

  it('refuses what it cannot read with clear errors, never a 500', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    expect((await editor.post('/api/editor/ingest').attach('file', big, 'big.txt').expect(413)).body.code).toBe('ingest/too_large');
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64)]);
    const unsupported = await editor.post('/api/editor/ingest').attach('file', png, 'scan.png').expect(415);
    expect(unsupported.body).toMatchObject({ code: 'ingest/unsupported_type', message: expect.stringContaining('PDF, DOCX, HTML or TXT') });
    const cut = fixture('national-peak-demonstration-plan.pdf').subarray(0, 2000);
    expect((await editor.post('/api/editor/ingest').attach('file', cut, 'cut.pdf').expect(400)).body.code).toBe('ingest/corrupt_file');
    expect((await editor.post('/api/editor/ingest').attach('file', Buffer.from('PK\u0003\u0004 not really a zip'), 'broken.docx').expect(400)).body.code).toBe(
      'ingest/corrupt_file',
    );
    // A scan: a page with an image-like drawing and no text layer.
    const scan = await PDFDocument.create();
    scan.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.9, 0.9, 0.9) });
    const noText = await editor
      .post('/api/editor/ingest')
      .attach('file', Buffer.from(await scan.save()), 'scan.pdf')
      .expect(422);
    expect(noText.body).toMatchObject({ code: 'ingest/no_text', message: expect.stringContaining('no text layer') });
    expect((await editor.post('/api/editor/ingest').send({}).expect(400)).body.code).toBe('request/invalid');
    expect((await editor.post('/api/editor/ingest').send({ text: '   ' }).expect(400)).body.code).toBe('request/invalid');
  });

  it('lets one user read one document at a time (429 with Retry-After)', async () => {
    const long = fixture('long-provincial-peaking-plan.pdf');
    // Two documents of one user at once: whichever reaches the server second is refused while the other is read
    // (under load the upload may arrive after a short request, so keep asking until the PDF's answer is back).
    let done = false;
    const pdf = editor
      .post('/api/editor/ingest')
      .attach('file', long, 'long.pdf')
      .then((r) => ((done = true), r));
    let busy: request.Response | undefined;
    while (!done && !busy) {
      const r = await editor.post('/api/editor/ingest').send({ text: '到2025年，森林覆盖率达到30%。' });
      if (r.status === 429) busy = r;
      else expect(r.status).toBe(200);
      if (!busy) await new Promise((r) => setTimeout(r, 20));
    }
    const a = await pdf;
    if (a.status === 429) busy ??= a;
    else expect(a.body.pages).toBe(40);
    expect(busy, 'a second document while the first was being read').toBeDefined();
    expect(busy!.body.code).toBe('ingest/busy');
    expect(busy!.headers['retry-after']).toBe('5');
    await editor.post('/api/editor/ingest').send({ text: '到2025年，森林覆盖率达到30%。' }).expect(200);
  });

  it('saved nothing', async () => {
    expect(await counts()).toEqual(before);
  });
});
