import { describe, expect, it } from 'vitest';
import { qualifiersFor, withComparison } from './kind';

const unitOf = (m: string) => ({ non_fossil_share: '%', co2_emissions: 'Mt CO₂' })[m];

describe('target kinds', () => {
  it('drops the quantity fields for a kind without a value, and reads a milestone "before"', () => {
    const share = {
      metric: 'non_fossil_share',
      comparison: 'share' as const,
      targetYear: 2030,
      value: 25,
      unit: '%',
      baseYear: 2020,
      qualifier: 'about' as const,
      strive: true,
    };
    expect(withComparison(share, 'assigned', unitOf)).toEqual({
      metric: 'non_fossil_share',
      comparison: 'assigned',
      targetYear: 2030,
      qualifier: 'exact',
      strive: true,
    });
    expect(withComparison({ ...share, metric: '' }, 'peak', unitOf)).toMatchObject({ metric: 'co2_emissions', comparison: 'peak', qualifier: 'before' });
    expect(withComparison({ metric: 'co2_emissions', comparison: 'peak', targetYear: 2030, qualifier: 'exact' }, 'neutrality', unitOf).qualifier).toBe('exact');
  });

  it('gives a quantity its metric’s unit and no "before"', () => {
    expect(withComparison({ metric: 'non_fossil_share', comparison: 'assigned', targetYear: 2025, qualifier: 'before' }, 'share', unitOf)).toEqual({
      metric: 'non_fossil_share',
      comparison: 'share',
      targetYear: 2025,
      qualifier: 'exact',
      unit: '%',
    });
  });

  it('offers the qualifiers that fit the kind', () => {
    const codes = (c: string) => qualifiersFor(c).map((q) => q.code);
    expect(codes('peak')).toEqual(['exact', 'before']);
    expect(codes('assigned')).toEqual(['exact']);
    expect(codes('share')).not.toContain('before');
    expect(codes('share')).toContain('at_least');
  });
});
