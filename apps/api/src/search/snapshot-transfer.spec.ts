import { blankEntryQuery } from '@dualcarbon/domain';
import { describe, expect, it } from 'vitest';

import { match } from './matcher';
import { postingIndex } from './postings';
import { buildSnapshot, NO_DAY, type Snapshot, type TermRow } from './snapshot';
import { packSnapshot, unpackSnapshot } from './snapshot-transfer';

const row = (key: number, jur: string, sectors: string, day = NO_DAY) =>
  [
    key,
    jur,
    'provincial',
    'policy',
    'in_force',
    'action_plan',
    day,
    1_700_000_000_000 + key,
    sectors,
    'hydrogen',
    'co2',
    'ndrc',
    key % 2 ? 'carbon_intensity:2025' : '',
  ].join('\u001f');
const terms: TermRow[] = [
  { taxonomy: 'sector', code: 'energy', parent_code: null, label_en: 'Energy', label_zh: '能源', keywords: [] },
  { taxonomy: 'sector', code: 'ccus', parent_code: 'energy', label_en: 'CCUS', label_zh: '碳捕集', keywords: ['carbon capture'] },
];

/** The same search on the original and on the copy: energy entries with a carbon-intensity target in Guangdong. */
const matchGuangdongEnergy = (snapshot: Snapshot) =>
  match(snapshot, { ...blankEntryQuery(), region: ['440000'], sector: ['energy'], targetMetric: ['carbon_intensity'] }, null, true);

describe('packSnapshot / unpackSnapshot', () => {
  it('moves a snapshot across threads intact: same fields, dictionaries, posting lists and matches', () => {
    const original = buildSnapshot('4:2', [row(3, '440000', 'energy', 19_000), row(5, '440100', 'ccus'), row(9, '130000', '', 19_500)], terms);
    const expected = {
      docs: Array.from(matchGuangdongEnergy(original).docs),
      newest: Array.from(original.order.newest),
      sectorPostings: Array.from(postingIndex(original).sector.docs),
    };
    const { packed, transfer } = packSnapshot(original);
    // What postMessage does with a transfer list: the buffers move, the sender's copies go empty.
    const copy = unpackSnapshot(structuredClone(packed, { transfer }));
    expect(original.key.length).toBe(0);

    expect(copy.version).toBe('4:2');
    expect(Array.from(copy.key)).toEqual([3, 5, 9]);
    expect(copy.dicts.region.find('440100')).toBeGreaterThan(0);
    expect(copy.dicts.sector.values).toEqual(['', 'energy', 'ccus']);
    expect(copy.terms.sectors.map((t) => [t.code, t.parent])).toEqual([
      ['energy', undefined],
      ['ccus', 'energy'],
    ]);
    expect(Array.from(copy.order.newest)).toEqual(expected.newest);
    expect(Array.from(postingIndex(copy).sector.docs)).toEqual(expected.sectorPostings);
    const again = matchGuangdongEnergy(copy);
    expect(Array.from(again.docs)).toEqual(expected.docs);
    expect(again.docs.length).toBe(2);
    expect(copy.dicts.targetMetric.values).toEqual(['', 'carbon_intensity']);
    expect(Array.from(copy.targetPairs.offsets)).toEqual([0, 1, 2, 3]);
  });
});
