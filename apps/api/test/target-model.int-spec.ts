/**
 * The target model of carbon-peaking plans (issue 14) end to end on real PostgreSQL: every new kind of target
 * saved by an editor and read back (editor and public API), the schema's refusal of a value on an "as assigned"
 * target, the database's own CHECK, peak years compared across jurisdictions, and the document number in
 * search and export.
 */
import type { EntryInput, TargetInput } from '@dualcarbon/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, createPublished, entryInput, publish, startEditorialApp, team, type Team } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

const GUANGDONG_TARGETS: TargetInput[] = [
  {
    metric: 'non_fossil_share',
    comparison: 'share',
    targetYear: 2025,
    value: 32,
    unit: '%',
    qualifier: 'at_least',
    strive: true,
    sourceText: '非化石能源消费比重力争达到32%以上',
    sourceLanguage: 'zh',
  },
  {
    metric: 'energy_intensity',
    comparison: 'assigned',
    targetYear: 2025,
    qualifier: 'exact',
    strive: false,
    sourceText: '单位地区生产总值能源消耗和二氧化碳排放确保完成国家下达指标',
    sourceLanguage: 'zh',
  },
  { metric: 'carbon_intensity', comparison: 'assigned', targetYear: 2025, qualifier: 'exact', strive: false },
  { metric: 'wind_solar_capacity', comparison: 'capacity', targetYear: 2030, value: 74, unit: 'GW', qualifier: 'at_least', strive: false },
  {
    metric: 'carbon_intensity',
    comparison: 'reduction',
    targetYear: 2020,
    value: 40,
    valueMax: 45,
    unit: '%',
    baseYear: 2005,
    qualifier: 'exact',
    strive: false,
  },
  {
    metric: 're_electricity_export',
    comparison: 'capacity',
    targetYear: 2030,
    value: 1e11,
    unit: 'kWh',
    cumulativeFrom: 2026,
    qualifier: 'exact',
    strive: false,
  },
  {
    metric: 'co2_emissions',
    comparison: 'peak',
    targetYear: 2030,
    qualifier: 'before',
    strive: false,
    sourceText: '确保2030年前实现碳达峰',
    sourceLanguage: 'zh',
  },
  { metric: 'co2_emissions', comparison: 'neutrality', targetYear: 2060, qualifier: 'before', strive: false },
];

const guangdong = (slug: string): EntryInput =>
  entryInput(slug, {
    title: { en: 'Guangdong Carbon Peaking Implementation Plan', zh: '广东省碳达峰实施方案' },
    themes: ['one_plus_n'],
    documentNumber: '粤府〔2022〕56号',
    periodFrom: 2022,
    periodTo: 2030,
    targets: GUANGDONG_TARGETS,
    observations: [
      {
        metric: 'ghg_emissions_total',
        jurisdiction: '440000',
        year: 2020,
        value: 600,
        unit: 'Mt CO₂e',
        comparison: 'level',
        qualifier: 'about',
        sourceTitle: 'Test statistics',
      },
    ],
  });

describe('target model (real PostgreSQL)', () => {
  let t: TestApp;
  let u: Team;
  let guangdongId: string;
  const pub = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await startEditorialApp();
    u = await team(t);
  });
  afterAll(() => t?.close());

  it('saves every kind of target, the document number and the period, and reads them back', async () => {
    const draft = await createDraft(u.editor, 'guangdong-peaking-plan', guangdong('guangdong-peaking-plan'));
    guangdongId = draft.id;
    const read = await u.editor.get(`/api/editor/entries/${draft.id}`).expect(200);
    expect(read.body.data).toMatchObject({ documentNumber: '粤府〔2022〕56号', periodFrom: 2022, periodTo: 2030 });
    expect(read.body.data.targets).toEqual(GUANGDONG_TARGETS);
    expect(read.body.data.observations[0].qualifier).toBe('about');

    // The rows say the same: no value for peak, neutrality and assigned; strive and the cumulative period stored.
    const rows = await t.db.query(`SELECT comparison, value, unit, strive, cumulative_from FROM entry_targets WHERE entry_id = $1 ORDER BY position`, [
      draft.id,
    ]);
    expect(
      rows.map((r: { comparison: string; value: string | null; unit: string | null; strive: boolean; cumulative_from: number | null }) => [
        r.comparison,
        r.value === null ? null : Number(r.value),
        r.unit,
        r.strive,
        r.cumulative_from,
      ]),
    ).toEqual([
      ['share', 32, '%', true, null],
      ['assigned', null, null, false, null],
      ['assigned', null, null, false, null],
      ['capacity', 74, 'GW', false, null],
      ['reduction', 40, '%', false, null],
      ['capacity', 1e11, 'kWh', false, 2026],
      ['peak', null, null, false, null],
      ['neutrality', null, null, false, null],
    ]);

    await publish({ author: u.editor, reviewer: u.reviewer }, draft.id);
    const live = await pub().get('/api/entries/guangdong-peaking-plan').expect(200);
    expect(live.body).toMatchObject({ documentNumber: '粤府〔2022〕56号', periodFrom: 2022, periodTo: 2030 });
    expect(live.body.targets).toEqual(GUANGDONG_TARGETS);
    expect(live.body.observations[0]).toMatchObject({ qualifier: 'about', value: 600 });
  });

  it('answers 400 with the field for a value on an "as assigned" target, and refuses the other kind mistakes', async () => {
    const assignedWithValue = guangdong('assigned-with-value');
    assignedWithValue.targets = [{ metric: 'energy_intensity', comparison: 'assigned', targetYear: 2025, value: 13.5, unit: '%' }];
    const res = await u.editor.post('/api/editor/entries').send(assignedWithValue).expect(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      code: 'entry/invalid',
      issues: [{ path: 'targets.0.value', code: 'schema/custom', message: 'Leave the value empty: an "as assigned" target has no number of its own' }],
    });

    const peakBeforeOnQuantity = guangdong('before-on-share');
    peakBeforeOnQuantity.targets = [
      { metric: 'forest_coverage', comparison: 'level', targetYear: 2025, value: 31, unit: '%', qualifier: 'before' },
      { metric: 'forest_coverage', comparison: 'level', targetYear: 2030 },
    ];
    const both = await u.editor.post('/api/editor/entries').send(peakBeforeOnQuantity).expect(400);
    expect(both.body.issues.map((i: { path: string }) => i.path)).toEqual(['targets.0.qualifier', 'targets.1.value']);

    // A save is refused the same way, and nothing changes.
    const before = await u.editor.get(`/api/editor/entries/${guangdongId}`).expect(200);
    const bad = { ...guangdong('guangdong-peaking-plan'), targets: assignedWithValue.targets };
    const put = await u.editor.put(`/api/editor/entries/${guangdongId}`).send({ version: before.body.version, data: bad }).expect(400);
    expect(put.body.issues[0].path).toBe('targets.0.value');
    expect((await u.editor.get(`/api/editor/entries/${guangdongId}`).expect(200)).body.version).toBe(before.body.version);
    // Well-formed but against a rule that needs the vocabulary stays 422.
    await u.editor
      .post('/api/editor/entries')
      .send(entryInput('unknown-metric', { targets: [{ metric: 'no_such_metric', comparison: 'peak', targetYear: 2030 }] }))
      .expect(422);
    await pub().get('/api/entries/assigned-with-value').expect(404);
  });

  it('keeps value null exactly for peak, neutrality and assigned targets in the database itself', async () => {
    const insert = (comparison: string, value: number | null) =>
      t.db.query(
        `INSERT INTO entry_targets (entry_id, position, metric, target_year, value, unit, comparison) VALUES ($1, 99, 'energy_intensity', 2025, $2, $3, $4)`,
        [guangdongId, value, value === null ? null : '%', comparison],
      );
    await expect(insert('assigned', 13.5)).rejects.toThrow(/entry_targets_value_kind/);
    await expect(insert('reduction', null)).rejects.toThrow(/entry_targets_value_kind/);
    await expect(
      t.db.query(
        `INSERT INTO entry_targets (entry_id, position, metric, target_year, value, unit, comparison, cumulative_from) VALUES ($1, 99, 're_electricity_export', 2030, 1, 'kWh', 'capacity', 2031)`,
        [guangdongId],
      ),
    ).rejects.toThrow(/entry_targets_cumulative_period/);
  });

  it('compares peak years and "as assigned" targets across jurisdictions', async () => {
    const people = { author: u.editor, reviewer: u.reviewer };
    await createPublished(people, 'hubei-peaking-plan', {
      title: { en: 'Hubei Carbon Peaking Implementation Plan', zh: '湖北省碳达峰实施方案' },
      jurisdiction: '420000',
      targets: [
        { metric: 'co2_emissions', comparison: 'peak', targetYear: 2030, qualifier: 'before', strive: false },
        { metric: 'energy_intensity', comparison: 'reduction', targetYear: 2025, value: 13.5, unit: '%', baseYear: 2020 },
      ],
    });
    await createPublished(people, 'wuhan-peaking-plan', {
      title: { en: 'Wuhan Carbon Peaking Plan', zh: '武汉市碳达峰实施方案' },
      jurisdiction: '420100',
      level: 'city',
      issuingBodies: ['municipal_government'],
      targets: [{ metric: 'co2_emissions', comparison: 'peak', targetYear: 2028, qualifier: 'before', strive: true }],
    });

    const peaks = await pub().get('/api/targets?metric=co2_emissions&comparison=peak').expect(200);
    expect(peaks.body).toMatchObject({ metric: { code: 'co2_emissions', unit: 'Mt CO₂' }, total: 3 });
    expect(
      peaks.body.rows.map((r: { jurisdiction: { code: string }; targetYear: number; value: number | null; qualifier: string; strive: boolean }) => [
        r.jurisdiction.code,
        r.targetYear,
        r.value,
        r.qualifier,
        r.strive,
      ]),
    ).toEqual([
      ['420000', 2030, null, 'before', false],
      ['440000', 2030, null, 'before', false],
      ['420100', 2028, null, 'before', true],
    ]);
    const peaks2030 = await pub().get('/api/targets?metric=co2_emissions&comparison=peak&targetYear=2030').expect(200);
    expect(peaks2030.body.rows.map((r: { jurisdiction: { code: string } }) => r.jurisdiction.code)).toEqual(['420000', '440000']);
    // Neutrality is not a peak.
    expect((await pub().get('/api/targets?metric=co2_emissions&comparison=neutrality').expect(200)).body.rows).toHaveLength(1);

    // One metric and year: Hubei's number beside Guangdong's "as assigned".
    const energy = await pub().get('/api/targets?metric=energy_intensity&targetYear=2025').expect(200);
    expect(
      energy.body.rows.map((r: { jurisdiction: { code: string }; comparison: string; value: number | null; unit: string | null }) => [
        r.jurisdiction.code,
        r.comparison,
        r.value,
        r.unit,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['420000', 'reduction', 13.5, '%'],
        ['440000', 'assigned', null, null],
      ]),
    );
    const assigned = energy.body.rows.find((r: { comparison: string }) => r.comparison === 'assigned');
    expect(assigned.entry).toMatchObject({ slug: 'guangdong-peaking-plan', documentNumber: '粤府〔2022〕56号' });

    const metrics = await pub().get('/api/metrics').expect(200);
    expect(metrics.body.items.find((m: { code: string }) => m.code === 'co2_emissions')).toMatchObject({ targetCount: 4, targetYears: [2028, 2030, 2060] });
  });

  it('finds an entry by its document number, in public search, the editor list and the export', async () => {
    const search = await pub()
      .get(`/api/entries?q=${encodeURIComponent('粤府〔2022〕56号')}`)
      .expect(200);
    expect(search.body.items[0]).toMatchObject({ slug: 'guangdong-peaking-plan', documentNumber: '粤府〔2022〕56号' });
    const digits = await pub()
      .get(`/api/entries?q=${encodeURIComponent('〔2022〕56号')}`)
      .expect(200);
    expect(digits.body.items[0].slug).toBe('guangdong-peaking-plan');
    const others = await pub()
      .get(`/api/entries?q=${encodeURIComponent('湖北')}`)
      .expect(200);
    expect(others.body.items.map((i: { slug: string }) => i.slug)).not.toContain('guangdong-peaking-plan');

    const editorList = await u.editor.get(`/api/editor/entries?q=${encodeURIComponent('粤府〔2022〕56号')}`).expect(200);
    expect(editorList.body.items.map((i: { slug: string }) => i.slug)).toEqual(['guangdong-peaking-plan']);

    const exported = await pub().get('/api/export/entries.json?region=440000').expect(200);
    const row = exported.body.items.find((i: { slug: string }) => i.slug === 'guangdong-peaking-plan');
    expect(row).toMatchObject({ document_number: '粤府〔2022〕56号', period_from: 2022, period_to: 2030, targets_count: 8 });
  });
});
