import { describe, expect, it } from 'vitest';
import { changedFields, diffEntries } from './entry-diff';

describe('diffEntries', () => {
  const before = { slug: 'a-plan', title: { en: 'A plan', zh: undefined }, sectors: ['energy'], targets: [{ metric: 'm', value: 18 }] };

  it('lists changed paths with before and after', () => {
    const after = {
      slug: 'a-plan',
      title: { en: 'A better plan' },
      sectors: ['energy', 'industry'],
      targets: [{ metric: 'm', value: 20 }],
      issuedOn: '2024-01-01',
    };
    expect(diffEntries(before, after)).toEqual([
      { path: 'title.en', type: 'changed', before: 'A plan', after: 'A better plan' },
      { path: 'sectors.1', type: 'added', after: 'industry' },
      { path: 'targets.0.value', type: 'changed', before: 18, after: 20 },
      { path: 'issuedOn', type: 'added', after: '2024-01-01' },
    ]);
  });

  it('treats undefined keys as absent and null as empty', () => {
    expect(diffEntries(before, JSON.parse(JSON.stringify(before)))).toEqual([]);
    expect(diffEntries(null, { slug: 'x' })).toEqual([{ path: 'slug', type: 'added', after: 'x' }]);
    expect(diffEntries({ sectors: ['a', 'b'] }, { sectors: ['a'] })).toEqual([{ path: 'sectors.1', type: 'removed', before: 'b' }]);
  });

  it('summarises both sides for the audit log', () => {
    expect(changedFields({ a: 1, b: [1] }, { a: 2, b: [] })).toEqual({ before: { a: 1, 'b.0': 1 }, after: { a: 2, 'b.0': null } });
  });
});
