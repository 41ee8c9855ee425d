import { describe, expect, it } from 'vitest';
import { parseEntryInput } from '../validation';
import { syntheticEntries, syntheticEntry } from './generate';

describe('synthetic entries', () => {
  it('is deterministic for a seed and index', () => {
    expect(syntheticEntry(42)).toEqual(syntheticEntry(42));
    expect(syntheticEntry(42, { seed: 1 })).not.toEqual(syntheticEntry(42, { seed: 2 }));
  });

  it('produces entries that pass the same validation as analysts’ entries', () => {
    const failures: string[] = [];
    for (const e of syntheticEntries(2000)) {
      const r = parseEntryInput(e);
      if (!r.ok) failures.push(`${e.slug}: ${r.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('spreads over levels, provinces, years and languages like real policy data', () => {
    const all = [...syntheticEntries(5000)];
    const levels = new Set(all.map((e) => e.level));
    const provinces = new Set(all.filter((e) => e.level === 'provincial').map((e) => e.jurisdiction));
    const years = new Set(all.map((e) => e.issuedOn!.slice(0, 4)));
    expect([...levels].sort()).toEqual(['city', 'national', 'provincial']);
    expect(provinces.size).toBeGreaterThanOrEqual(30);
    expect(years.size).toBe(7);
    expect(all.some((e) => e.title.zh && !e.title.en)).toBe(true);
    expect(all.some((e) => e.title.en && !e.title.zh)).toBe(true);
    expect(all.filter((e) => e.targets.length > 0).length / all.length).toBeGreaterThan(0.3);
  });
});
