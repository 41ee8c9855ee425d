import { describe, expect, it } from 'vitest';
import { parseEntryInput } from '../validation';
import { ObservationSchema, TargetSchema } from './target';

const issues = (raw: unknown) => {
  const r = TargetSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('TargetSchema: what each kind of target carries', () => {
  it('accepts every kind in its own shape, with strive and qualifier defaults', () => {
    expect(
      TargetSchema.parse({ metric: 'non_fossil_share', comparison: 'share', targetYear: 2025, value: 32, unit: '%', qualifier: 'at_least', strive: true }),
    ).toMatchObject({ strive: true, qualifier: 'at_least' });
    expect(TargetSchema.parse({ metric: 'co2_emissions', comparison: 'peak', targetYear: 2030, qualifier: 'before' })).toEqual({
      metric: 'co2_emissions',
      comparison: 'peak',
      targetYear: 2030,
      qualifier: 'before',
      strive: false,
    });
    expect(TargetSchema.parse({ metric: 'co2_emissions', comparison: 'neutrality', targetYear: 2060, qualifier: 'before' }).value).toBeUndefined();
    expect(TargetSchema.parse({ metric: 'energy_intensity', comparison: 'assigned', targetYear: 2025 })).toMatchObject({ qualifier: 'exact', strive: false });
    expect(
      TargetSchema.parse({ metric: 're_electricity_export', comparison: 'capacity', targetYear: 2030, value: 1e11, unit: 'kWh', cumulativeFrom: 2026 })
        .cumulativeFrom,
    ).toBe(2026);
  });

  it('requires a value for the five quantity kinds, on the value field', () => {
    for (const comparison of ['reduction', 'level', 'share', 'count', 'capacity']) {
      expect(issues({ metric: 'forest_coverage', comparison, targetYear: 2025, unit: '%' })).toEqual([
        ['value', `Give a value: a ${comparison} target states a number`],
      ]);
    }
  });

  it('refuses a value on peak, neutrality and assigned targets', () => {
    expect(issues({ metric: 'energy_intensity', comparison: 'assigned', targetYear: 2025, value: 13.5, unit: '%' })).toEqual([
      ['value', 'Leave the value empty: an "as assigned" target has no number of its own'],
    ]);
    expect(issues({ metric: 'co2_emissions', comparison: 'peak', targetYear: 2030, value: 1 })).toEqual([
      ['value', 'Leave the value empty: a peak target is a year, not a number'],
      ['unit', 'Give the unit of the value (the metric’s unit)'],
    ]);
    expect(issues({ metric: 'co2_emissions', comparison: 'neutrality', targetYear: 2060, valueMax: 2 })[0][0]).toBe('valueMax');
  });

  it('requires the unit with a value', () => {
    expect(issues({ metric: 'forest_coverage', comparison: 'level', targetYear: 2025, value: 31 })).toEqual([
      ['unit', 'Give the unit of the value (the metric’s unit)'],
    ]);
  });

  it('allows "before" only on peak and neutrality', () => {
    expect(issues({ metric: 'forest_coverage', comparison: 'level', targetYear: 2025, value: 31, unit: '%', qualifier: 'before' })).toEqual([
      ['qualifier', '"Before" applies only to peak and neutrality targets ("before 2030")'],
    ]);
    expect(
      ObservationSchema.safeParse({ metric: 'forest_coverage', jurisdiction: 'CN', year: 2020, value: 23, unit: '%', qualifier: 'before', sourceTitle: 'x' })
        .success,
    ).toBe(false);
  });

  it('checks a cumulative period', () => {
    expect(issues({ metric: 're_electricity_export', comparison: 'capacity', targetYear: 2030, value: 1, unit: 'kWh', cumulativeFrom: 2031 })).toEqual([
      ['cumulativeFrom', 'The period must start in or before the target year'],
    ]);
    expect(issues({ metric: 'co2_emissions', comparison: 'peak', targetYear: 2030, cumulativeFrom: 2026 })).toEqual([
      ['cumulativeFrom', 'Only a target with a value can be a total over a period'],
    ]);
  });

  it('gives observations a qualifier', () => {
    expect(
      ObservationSchema.parse({
        metric: 'ghg_emissions_total',
        jurisdiction: 'CN',
        year: 2017,
        value: 11550,
        unit: 'Mt CO₂e',
        qualifier: 'about',
        sourceTitle: 'NC4',
      }).qualifier,
    ).toBe('about');
    expect(
      ObservationSchema.parse({ metric: 'ghg_emissions_total', jurisdiction: 'CN', year: 2017, value: 11550, unit: 'Mt CO₂e', sourceTitle: 'NC4' }).qualifier,
    ).toBe('exact');
  });
});

describe('entries: document number and period', () => {
  const entry = (extra: object) => ({
    kind: 'policy',
    slug: 'guangdong-peaking-plan',
    title: { zh: '广东省碳达峰实施方案' },
    jurisdiction: '440000',
    level: 'provincial',
    ...extra,
  });

  it('keeps the 文号 as printed and the period', () => {
    const r = parseEntryInput(entry({ documentNumber: ' 粤府〔2022〕56号 ', periodFrom: 2023, periodTo: 2035 }));
    expect(r.ok && r.data).toMatchObject({ documentNumber: '粤府〔2022〕56号', periodFrom: 2023, periodTo: 2035 });
    const blank = parseEntryInput(entry({ documentNumber: '' }));
    expect(blank.ok && blank.data.documentNumber).toBeUndefined();
  });

  it('refuses a period that ends before it starts, and an over-long number', () => {
    const r = parseEntryInput(entry({ periodFrom: 2035, periodTo: 2023 }));
    expect(!r.ok && r.issues).toEqual([{ path: ['periodTo'], code: 'entry/period_out_of_order', message: 'The period must not end before it starts (2035)' }]);
    const long = parseEntryInput(entry({ documentNumber: '号'.repeat(101) }));
    expect(!long.ok && long.issues[0].path).toEqual(['documentNumber']);
  });

  it('validates valueless targets against the metric without a unit or value', () => {
    const r = parseEntryInput(
      entry({
        targets: [
          { metric: 'co2_emissions', comparison: 'peak', targetYear: 2030, qualifier: 'before' },
          { metric: 'energy_intensity', comparison: 'assigned', targetYear: 2025 },
        ],
      }),
    );
    expect(r.ok).toBe(true);
  });
});
