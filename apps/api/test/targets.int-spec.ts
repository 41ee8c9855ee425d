import { METRICS } from '@dualcarbon/domain';
import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { expectInvalidParameter } from './helpers/answers';
import { startPublicApp } from './helpers/public-app';
import { useTestApp } from './helpers/test-app';

type Row = { jurisdiction: { code: string; en: string }; value: number; targetYear: number; entry: { slug: string } };

describe('metrics and targets API (real PostgreSQL, repository seed)', () => {
  const t = useTestApp(startPublicApp);
  const http = () => request(t.app.getHttpServer());

  it('lists every metric with labels, unit, comparison and usage in published entries', async () => {
    const { body } = await http().get('/api/metrics').expect(200);
    expect(body.items).toHaveLength(METRICS.length);
    expect(body.items[0]).toEqual({
      code: 'carbon_intensity',
      en: 'Carbon intensity (CO₂ per unit of GDP)',
      zh: '单位GDP二氧化碳排放',
      unit: '%',
      defaultComparison: 'reduction',
      // Guizhou, Liaoning, Mianyang ×2, national 2020; the hidden entries' targets are not counted.
      targetCount: 5,
      observationCount: 2,
      targetYears: [2020, 2025, 2030],
    });
    const unused = body.items.find((m: { code: string }) => m.code === 'ghg_share_co2');
    expect(unused).toMatchObject({ targetCount: 0, observationCount: 1, targetYears: [] });
    await http().get('/api/metrics?x=1').expect(400);
  });

  it('compares 2025 carbon-intensity targets across jurisdictions', async () => {
    const { body } = await http().get('/api/targets?metric=carbon_intensity&targetYear=2025').expect(200);
    expect(body).toMatchObject({ metric: { code: 'carbon_intensity', unit: '%' }, targetYear: 2025, total: 3, page: 1 });
    expect(body.rows.map((r: Row) => [r.jurisdiction.en, r.value])).toEqual([
      ['Liaoning Province', 18],
      ['Guizhou Province', 18],
      ['Mianyang City', 19],
    ]);
    expect(body.rows[1]).toEqual({
      metric: 'carbon_intensity',
      jurisdiction: { code: '520000', kind: 'province', en: 'Guizhou Province', zh: '贵州省', enShort: 'Guizhou', zhShort: '贵州' },
      value: 18,
      valueMax: null,
      unit: '%',
      comparison: 'reduction',
      baseYear: 2020,
      qualifier: 'exact',
      strive: false,
      cumulativeFrom: null,
      targetYear: 2025,
      sourceText: 'By 2025, CO₂ emissions per unit of GDP will drop by 18% compared with 2020.',
      entry: {
        slug: 'guizhou-pollution-carbon-synergy-implementation-plan',
        title: { en: 'Implementation Plan for the Synergistic Reduction of Pollution and Carbon Emissions in Guizhou', zh: '贵州省减污降碳协同增效实施方案' },
        issuedOn: null,
        documentNumber: null,
      },
    });
  });

  it('sets official statistics for the metric alongside', async () => {
    const { body } = await http().get('/api/targets?metric=carbon_intensity&targetYear=2025').expect(200);
    expect(body.observations).toEqual([
      {
        metric: 'carbon_intensity',
        jurisdiction: expect.objectContaining({ code: 'CN', kind: 'country' }),
        year: 2020,
        value: 48.4,
        unit: '%',
        comparison: 'reduction',
        baseYear: 2005,
        qualifier: 'exact',
        sourceTitle: 'Third Biennial Update Report on Climate Change',
        sourceUrl: null,
      },
      expect.objectContaining({
        jurisdiction: expect.objectContaining({ code: '520000' }),
        year: 2020,
        value: 21.5,
        sourceTitle: 'Guizhou statistical bulletin (test)',
      }),
    ]);
  });

  it('keeps a target range and every year when no targetYear is given', async () => {
    const { body } = await http().get('/api/targets?metric=carbon_intensity').expect(200);
    expect(body.targetYear).toBeNull();
    expect(body.rows.map((r: Row) => `${r.jurisdiction.code}:${r.targetYear}`)).toEqual([
      'CN:2020',
      '210000:2025',
      '520000:2025',
      '510700:2025',
      '510700:2030',
    ]);
    expect(body.rows[0]).toMatchObject({ value: 40, valueMax: 45, baseYear: 2005 });
  });

  it('filters by region (descendants included), jurisdiction kind and comparison, and pages', async () => {
    const sichuan = await http().get('/api/targets?metric=carbon_intensity&region=510000').expect(200);
    expect(sichuan.body.rows.map((r: Row) => r.jurisdiction.code)).toEqual(['510700', '510700']);
    expect(sichuan.body.observations).toEqual([]);
    const provinces = await http().get('/api/targets?metric=carbon_intensity&kind=province').expect(200);
    expect(provinces.body.rows.map((r: Row) => r.jurisdiction.code)).toEqual(['210000', '520000']);
    const levels = await http().get('/api/targets?metric=carbon_intensity&comparison=level').expect(200);
    expect(levels.body).toMatchObject({ total: 0, rows: [], observations: [] });
    const page2 = await http().get('/api/targets?metric=carbon_intensity&pageSize=2&page=2').expect(200);
    expect(page2.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.body.rows.map((r: Row) => r.jurisdiction.code)).toEqual(['520000', '510700']);
    const past = await http().get('/api/targets?metric=carbon_intensity&page=9').expect(200);
    expect(past.body).toMatchObject({ total: 5, rows: [] });
  });

  it('answers 400 listing the allowed metrics for an unknown one', async () => {
    const res = await http().get('/api/targets?metric=carbon_intensty&targetYear=2025').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'request/invalid', issues: [{ path: 'metric' }] });
    expect(res.body.message).toContain('Unknown metric "carbon_intensty"');
    expect(res.body.message).toContain('carbon_intensity, energy_intensity');
  });

  it.each([
    ['targetYear=2025', 'metric'],
    ['metric=carbon_intensity&targetYear=20x5', 'targetYear'],
    ['metric=carbon_intensity&region=guangdong', 'region'],
    ['metric=carbon_intensity&region=999999', 'region'],
    ['metric=carbon_intensity&comparison=less', 'comparison'],
    ['metric=carbon_intensity&metric=energy_intensity', 'metric'],
    ['metric=carbon_intensity&pageSize=5000', 'pageSize'],
    ['metric=carbon_intensity&year=2025', 'year'],
  ])('rejects %s with 400 on %s', async (query, path) => {
    expectInvalidParameter(await http().get(`/api/targets?${query}`), path);
  });

  it('never shows targets or statistics from drafts, unpublished or deleted entries', async () => {
    const { body } = await http().get('/api/targets?metric=carbon_intensity').expect(200);
    expect(body.rows.map((r: Row) => r.value)).not.toContain(99);
    expect(body.observations.map((o: { value: number }) => o.value)).not.toContain(99);
    expect(JSON.stringify(body)).not.toContain('hidden-');
  });
});
