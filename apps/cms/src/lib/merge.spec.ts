import { describe, expect, it } from 'vitest';
import type { EntryInput } from '@dualcarbon/domain';
import { applyMerge, diffEntries, getField, sameEntry, threeWay, unionList } from './merge';
import { toForm } from './entryForm';

const base: EntryInput = {
  kind: 'policy', slug: 'hubei-plan', title: { en: 'Hubei plan' }, summary: { en: 'Old summary' }, jurisdiction: '420000', level: 'provincial',
  sectors: ['energy'], targets: [{ metric: 'carbon_intensity', comparison: 'reduction', value: 18, unit: '%', targetYear: 2025, baseYear: 2020 }],
};

describe('threeWay', () => {
  it('takes a change only they made, keeps one only I made, and asks where both changed a field', () => {
    const theirs = { ...base, summary: { en: 'Their summary' }, sectors: ['energy', 'industry'] };
    const mine = { ...base, title: { en: 'Hubei plan', zh: '湖北方案' }, sectors: ['energy', 'transport'] };
    const rows = threeWay(base, mine, theirs);
    expect(rows.map((r) => [r.key, r.mineChanged, r.theirsChanged, r.conflict, r.choice])).toEqual([
      ['title.zh', true, false, false, 'mine'],
      ['summary.en', false, true, false, 'theirs'],
      ['sectors', true, true, true, 'mine'],
    ]);
    const both = rows.find((r) => r.key === 'sectors')!;
    both.choice = 'both';
    const merged = applyMerge(theirs, rows);
    expect(merged.title).toEqual({ en: 'Hubei plan', zh: '湖北方案' });
    expect(merged.summary.en).toBe('Their summary');
    expect(merged.sectors).toEqual(['energy', 'industry', 'transport']);
  });

  it('does not see a difference in what the schema fills in by default', () => {
    const withDefault = { ...base, targets: [{ ...base.targets![0], qualifier: 'exact' as const }], status: 'in_force' as const };
    expect(sameEntry(base, withDefault)).toBe(true);
    expect(threeWay(base, base, withDefault)).toEqual([]);
  });

  it('treats every difference as a collision when the base is unknown', () => {
    const rows = threeWay(null, { ...base, slug: 'mine' }, { ...base, slug: 'theirs' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'slug', conflict: true, choice: 'mine' });
  });

  it('uses hand-merged text', () => {
    const rows = threeWay(base, { ...base, summary: { en: 'A' } }, { ...base, summary: { en: 'B' } });
    rows[0].choice = 'custom';
    rows[0].custom = 'A and B';
    expect(applyMerge({ ...base, summary: { en: 'B' } }, rows).summary.en).toBe('A and B');
  });
});

describe('helpers', () => {
  it('appends only the items theirs lacks', () => {
    expect(unionList([{ a: 1 }, { b: 2 }], [{ b: 2 }, { c: 3 }])).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
  });

  it('lists changed fields with before and after, per language for texts', () => {
    const after = { ...base, title: { en: 'Hubei plan', zh: '湖北' }, level: 'provincial' };
    expect(diffEntries(base, after)).toEqual([{ key: 'title.zh', before: undefined, after: '湖北' }]);
    expect(diffEntries(null, base).map((c) => c.key)).toContain('targets');
  });

  it('reads a field as cleaned and normalised', () => {
    const form = toForm({ ...base, publisher: '   ' });
    expect(getField(form, 'publisher')).toBeUndefined();
    expect(getField(form, 'title.zh')).toBeUndefined();
  });
});
