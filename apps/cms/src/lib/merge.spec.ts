import { describe, expect, it } from 'vitest';
import type { EntryInput } from '@dualcarbon/domain';
import { applyMerge, diffEntries, getField, sameEntry, threeWay, unionList } from './merge';
import { toForm } from './entryForm';
import { hubeiPlan } from './hubeiPlan.fixture';

const base: EntryInput = hubeiPlan({
  summary: { en: 'Old summary' },
  sectors: ['energy'],
  targets: [{ metric: 'carbon_intensity', comparison: 'reduction', value: 18, unit: '%', targetYear: 2025, baseYear: 2020 }],
});

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

describe('targets, one by one', () => {
  const t = (metric: string, targetYear: number, value: number, extra: Record<string, unknown> = {}) => ({
    metric,
    comparison: 'reduction' as const,
    value,
    unit: '%',
    targetYear,
    baseYear: 2020,
    ...extra,
  });
  const plan = {
    ...base,
    targets: [t('energy_intensity', 2025, 14.5, { sourceText: '单位地区生产总值能源消耗比2020年下降14.5%' }), t('carbon_intensity', 2025, 20.5)],
  };

  it('keeps their change to one target and mine to another, without duplicates', () => {
    const theirs = { ...plan, targets: [{ ...plan.targets[0], sourceText: '单位地区生产总值能源消耗比2020年下降14.5%左右' }, plan.targets[1]] };
    const mine = { ...plan, targets: [plan.targets[0], { ...plan.targets[1], value: 20 }] };
    const rows = threeWay(plan, mine, theirs);
    expect(rows.map((r) => [r.key, r.mineChanged, r.theirsChanged, r.conflict, r.choice])).toEqual([
      ['targets[energy_intensity|2025|reduction]', false, true, false, 'theirs'],
      ['targets[carbon_intensity|2025|reduction]', true, false, false, 'mine'],
    ]);
    const merged = applyMerge(theirs, rows).targets;
    expect(merged.map((x) => [x.metric, x.value, x.sourceText])).toEqual([
      ['energy_intensity', 14.5, '单位地区生产总值能源消耗比2020年下降14.5%左右'],
      ['carbon_intensity', 20, undefined],
    ]);
  });

  it('asks where both changed the same target, and keeps one of the two (never both)', () => {
    const theirs = { ...plan, targets: [{ ...plan.targets[0], value: 14.6 }, plan.targets[1]] };
    const mine = { ...plan, targets: [{ ...plan.targets[0], value: 14.5, qualifier: 'about' as const }, plan.targets[1]] };
    const rows = threeWay(plan, mine, theirs);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'targets[energy_intensity|2025|reduction]', conflict: true, choice: 'mine' });
    rows[0].choice = 'theirs';
    expect(applyMerge(theirs, rows).targets.map((x) => x.value)).toEqual([14.6, 20.5]);
  });

  it('takes targets one side added or removed', () => {
    const theirs = { ...plan, targets: [plan.targets[0]] }; // they removed carbon intensity
    const mine = { ...plan, targets: [...plan.targets, t('non_fossil_share', 2030, 20, { comparison: 'share' })] }; // I added one
    const merged = applyMerge(theirs, threeWay(plan, mine, theirs)).targets;
    expect(merged.map((x) => x.metric)).toEqual(['energy_intensity', 'non_fossil_share']);
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
