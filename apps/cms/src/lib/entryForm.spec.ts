import { describe, expect, it } from 'vitest';
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
    // A required but empty unit stays, so the schema says "Unit is required".
    expect((clean.targets as Array<Record<string, unknown>>)[0].unit).toBe('');
    expect('sourceText' in (clean.targets as object[])[0]).toBe(false);
  });

  it('makes slugs from English titles', () => {
    expect(slugify('Hubei Province: 2030 Carbon-Peaking Plan!')).toBe('hubei-province-2030-carbon-peaking-plan');
    expect(slugify('Ürümqi  plan')).toBe('urumqi-plan');
  });

  it('compares regardless of key order', () => {
    expect(stableStringify({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(stableStringify({ a: [1, { c: 3, d: 2 }], b: 1 }));
  });
});
