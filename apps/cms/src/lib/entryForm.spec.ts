import { describe, expect, it } from 'vitest';
import { parseEntryInput } from '@dualcarbon/domain';
import { cleanEntry, emptyTarget, slugify, stableStringify, toForm } from './entryForm';

describe('entry form', () => {
  it('fills in every text and list so inputs can bind to them', () => {
    const f = toForm({ kind: 'report', slug: 'x-report', title: { zh: '报告' }, jurisdiction: 'CN', level: 'national' });
    expect(f.title).toEqual({ en: '', zh: '报告' });
    expect(f.summary).toEqual({ en: '', zh: '' });
    expect(f.targets).toEqual([]);
    expect(f.kind).toBe('report');
  });

  it('drops empty optional values (the schema would call "" a bad date or code) and blank texts', () => {
    const f = toForm({ kind: 'policy', slug: 'a-b-c', title: { en: 'A', zh: '  ' }, jurisdiction: 'CN', level: 'national' });
    f.issuedOn = '' as unknown as undefined;
    f.instrumentType = '';
    f.sources.push({ url: 'https://example.org', title: '', language: 'en' });
    f.targets.push({ ...emptyTarget(), baseYear: undefined, sourceText: '' });
    const clean = cleanEntry(f) as Record<string, unknown>;
    expect(clean.title).toEqual({ en: 'A' });
    expect('issuedOn' in clean).toBe(false);
    expect('instrumentType' in clean).toBe(false);
    expect((clean.sources as object[])[0]).toEqual({ url: 'https://example.org', language: 'en' });
    // An empty unit is "no unit": the schema asks for one only where there is a value.
    expect('unit' in (clean.targets as object[])[0]).toBe(false);
    expect('sourceText' in (clean.targets as object[])[0]).toBe(false);
    f.targets[0] = { ...f.targets[0], metric: 'carbon_intensity', baseYear: 2020, targetYear: 2025, value: 18 };
    const r = parseEntryInput(cleanEntry(f));
    expect(!r.ok && r.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['targets.0.unit', 'Give the unit of the value (the metric’s unit)']]);
  });

  it('keeps a peak target without value or unit, and drops an empty cumulative period', () => {
    const f = toForm({ kind: 'policy', slug: 'a-b-c', title: { en: 'A' }, jurisdiction: 'CN', level: 'national' });
    f.targets.push({
      ...emptyTarget(),
      metric: 'co2_emissions',
      comparison: 'peak',
      targetYear: 2030,
      qualifier: 'before',
      cumulativeFrom: '' as unknown as undefined,
    });
    const r = parseEntryInput(cleanEntry(f));
    expect(r.ok && r.data.targets).toEqual([{ metric: 'co2_emissions', comparison: 'peak', targetYear: 2030, qualifier: 'before', strive: false }]);
  });

  it('makes slugs from English titles', () => {
    expect(slugify('Hubei Province: 2030 Carbon-Peaking Plan!')).toBe('hubei-province-2030-carbon-peaking-plan');
    expect(slugify('Ürümqi  plan')).toBe('urumqi-plan');
  });

  it('compares regardless of key order', () => {
    expect(stableStringify({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(stableStringify({ a: [1, { c: 3, d: 2 }], b: 1 }));
  });
});
