import { describe, expect, it } from 'vitest';
import type { Target } from '@dualcarbon/domain';
import { formatObservationValue, formatTargetSummary, formatTargetValue } from './targets';

const target = (t: Partial<Target>): Target => ({
  metric: 'carbon_intensity',
  targetYear: 2025,
  value: 18,
  unit: '%',
  comparison: 'reduction',
  qualifier: 'exact',
  ...t,
});

describe('formatTargetValue', () => {
  it('writes a reduction with a real minus sign', () => {
    expect(formatTargetValue(target({}), 'en')).toBe('−18%');
  });

  it('writes “at least” as ≥ and “at most” as ≤', () => {
    expect(formatTargetValue(target({ comparison: 'share', value: 31, qualifier: 'at_least' }), 'en')).toBe('≥ 31%');
    expect(formatTargetValue(target({ comparison: 'share', value: 31, qualifier: 'no_less_than' }), 'zh')).toBe('≥ 31%');
    expect(formatTargetValue(target({ comparison: 'share', value: 20, qualifier: 'at_most' }), 'en')).toBe('≤ 20%');
    expect(formatTargetValue(target({ comparison: 'level', value: 62, qualifier: 'exceed' }), 'en')).toBe('> 62%');
  });

  it('writes “about” from the domain label, before the number in English and after it in Chinese', () => {
    expect(formatTargetValue(target({ comparison: 'share', value: 45, qualifier: 'about' }), 'en')).toBe('about 45%');
    expect(formatTargetValue(target({ comparison: 'share', value: 45, qualifier: 'about' }), 'zh')).toBe('45%左右');
  });

  it('groups thousands and translates word units', () => {
    const nev = target({ metric: 'nev_ownership', comparison: 'count', value: 1_300_000, unit: 'vehicles' });
    expect(formatTargetValue(nev, 'en')).toBe('1,300,000 vehicles');
    expect(formatTargetValue(nev, 'zh')).toBe('1,300,000 辆');
  });

  it('keeps symbol units as they are', () => {
    expect(formatTargetValue(target({ comparison: 'capacity', value: 2.5e6, unit: 'm²' }), 'en')).toBe('2,500,000 m²');
  });

  it('writes ranges with an en dash', () => {
    expect(formatTargetValue(target({ comparison: 'share', value: 40, valueMax: 45 }), 'en')).toBe('40–45%');
    expect(formatTargetValue(target({ value: 40, valueMax: 45 }), 'en')).toBe('−40–45%');
  });

  it('puts qualifier words, not a symbol, before a reduction', () => {
    expect(formatTargetValue(target({ qualifier: 'at_least' }), 'en')).toBe('at least −18%');
    expect(formatTargetValue(target({ qualifier: 'about' }), 'zh')).toBe('−18%左右');
  });

  it('shows a negative reduction as an increase', () => {
    expect(formatTargetValue(target({ value: -5 }), 'en')).toBe('+5%');
  });
});

describe('formatTargetSummary', () => {
  it('reads as one phrase with base and target years', () => {
    expect(formatTargetSummary(target({ baseYear: 2020 }), 'en')).toBe('−18% vs 2020 by 2025');
    expect(formatTargetSummary(target({ baseYear: 2020 }), 'zh')).toBe('到2025年较2020年 −18%');
  });

  it('leaves out the base year when there is none', () => {
    expect(formatTargetSummary(target({ comparison: 'share', value: 31, qualifier: 'at_least', targetYear: 2030 }), 'en')).toBe('≥ 31% by 2030');
  });
});

describe('formatObservationValue', () => {
  it('formats a level with its unit', () => {
    expect(
      formatObservationValue(
        { metric: 'ghg_emissions_total', jurisdiction: 'CN', year: 2017, value: 11_700, unit: 'Mt CO₂e', comparison: 'level', sourceTitle: 'BUR' },
        'en',
      ),
    ).toBe('11,700 Mt CO₂e');
  });
});
