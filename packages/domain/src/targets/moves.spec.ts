import { describe, expect, it } from 'vitest';
import { entryTargetMoves, mapTargetPositions, moveTargetField, targetIdentity, targetsMoved } from './moves';

const intensity = { metric: 'carbon_intensity', comparison: 'reduction', value: 18, unit: '%', baseYear: 2020, targetYear: 2025 };
const peak = { metric: 'co2_emissions', comparison: 'peak', qualifier: 'before', targetYear: 2030 };
const share = { metric: 'non_fossil_share', comparison: 'share', value: 25, unit: '%', targetYear: 2030 };
const energy = { metric: 'energy_intensity', comparison: 'assigned', targetYear: 2025 };

describe('mapTargetPositions', () => {
  it('maps an unchanged list onto itself', () => {
    const map = mapTargetPositions([intensity, peak, share], [intensity, peak, share]);
    expect(map).toEqual([0, 1, 2]);
    expect(targetsMoved(map)).toBe(false);
  });

  it('follows targets moved up or down', () => {
    const map = mapTargetPositions([intensity, peak, share], [share, intensity, peak]);
    expect(map).toEqual([1, 2, 0]);
    expect(targetsMoved(map)).toBe(true);
  });

  it('gives a removed target null and the ones after it their new index', () => {
    expect(mapTargetPositions([intensity, peak, share], [intensity, share])).toEqual([0, null, 1]);
  });

  it('ignores key order and fields left undefined when comparing targets', () => {
    const reordered = {
      targetYear: 2025,
      baseYear: 2020,
      unit: '%',
      value: 18,
      comparison: 'reduction',
      metric: 'carbon_intensity',
      cumulativeFrom: undefined,
    };
    expect(mapTargetPositions([peak, intensity], [reordered, peak])).toEqual([1, 0]);
  });

  it('follows a target whose value was edited by its identity (metric, year, kind, place)', () => {
    expect(mapTargetPositions([intensity, peak], [peak, { ...intensity, value: 19.5 }])).toEqual([1, 0]);
  });

  it('prefers an exact copy to a target of the same identity, each matched once', () => {
    const edited = { ...intensity, value: 17 };
    // Both after-targets have the first one's identity; the exact one is its match, the other takes the edited one.
    expect(mapTargetPositions([edited, intensity], [intensity, { ...edited, value: 16 }])).toEqual([1, 0]);
    // Two identical targets: matched in order.
    expect(mapTargetPositions([intensity, intensity], [peak, intensity, intensity])).toEqual([1, 2]);
    expect(mapTargetPositions([intensity, intensity], [intensity])).toEqual([0, null]);
  });

  it('tells targets of the same metric and year apart by kind and place', () => {
    const guangdong = { ...intensity, jurisdiction: '440000' };
    const level = { ...intensity, comparison: 'level', value: 0.5, unit: 't/万元' };
    expect(
      mapTargetPositions(
        [intensity, guangdong, level],
        [
          { ...level, value: 0.4 },
          { ...guangdong, value: 20 },
        ],
      ),
    ).toEqual([null, 1, 0]);
  });

  it('counts a target without a place as the entry’s own when the entry’s place is given', () => {
    const explicit = { ...intensity, jurisdiction: 'CN', value: 20 };
    expect(mapTargetPositions([peak, intensity], [explicit, peak], { before: 'CN', after: 'CN' })).toEqual([1, 0]);
    expect(mapTargetPositions([peak, intensity], [explicit, peak])).toEqual([1, null]);
  });

  it('reads an entry’s own place on each side of a save (entryTargetMoves)', () => {
    const explicit = { ...intensity, jurisdiction: 'CN', value: 20 };
    expect(entryTargetMoves({ jurisdiction: 'CN', targets: [peak, intensity] }, { jurisdiction: 'CN', targets: [explicit, peak] })).toEqual([1, 0]);
    expect(entryTargetMoves({ jurisdiction: 'CN', targets: [peak] }, { jurisdiction: 'CN' })).toEqual([null]);
  });

  it('keeps a target edited in place (its metric or year changed) on its position when nothing else moved', () => {
    expect(mapTargetPositions([intensity, peak, share], [intensity, { ...peak, targetYear: 2028 }, share])).toEqual([0, 1, 2]);
    expect(mapTargetPositions([intensity, peak], [intensity, energy])).toEqual([0, 1]);
  });

  it('does not guess by position when the list also moved or shrank', () => {
    // The peak target removed and the share target edited: neither left-over pair sits at one position.
    expect(mapTargetPositions([intensity, peak, share], [intensity, { ...share, targetYear: 2035 }])).toEqual([0, null, null]);
    expect(mapTargetPositions([intensity, peak], [energy, intensity])).toEqual([1, null]);
  });

  it('maps an emptied list to nothing and an empty one to an empty map', () => {
    expect(mapTargetPositions([intensity, peak], [])).toEqual([null, null]);
    expect(mapTargetPositions([], [intensity])).toEqual([]);
  });
});

describe('moveTargetField', () => {
  const map = [1, null, 0];

  it('moves a field of a target, or the target itself, to its new index', () => {
    expect(moveTargetField('targets.0.value', map)).toBe('targets.1.value');
    expect(moveTargetField('targets.2', map)).toBe('targets.0');
    expect(moveTargetField('targets.2.jurisdiction', map)).toBe('targets.0.jurisdiction');
  });

  it('puts a comment on a removed target on the targets section', () => {
    expect(moveTargetField('targets.1.targetYear', map)).toBe('targets');
    expect(moveTargetField('targets.1', map)).toBe('targets');
  });

  it('leaves other fields, the section itself and positions the map does not know alone', () => {
    expect(moveTargetField('title.en', map)).toBe('title.en');
    expect(moveTargetField('observations.0.value', map)).toBe('observations.0.value');
    expect(moveTargetField('targets', map)).toBe('targets');
    expect(moveTargetField('targetsX.0', map)).toBe('targetsX.0');
    expect(moveTargetField('targets.7.value', map)).toBe('targets.7.value');
  });
});

describe('targetIdentity', () => {
  it('is metric, target year, kind and place, not the value', () => {
    expect(targetIdentity(intensity)).toBe(targetIdentity({ ...intensity, value: 12, baseYear: 2015 }));
    expect(targetIdentity(intensity)).not.toBe(targetIdentity({ ...intensity, targetYear: 2030 }));
    expect(targetIdentity(intensity, 'CN')).toBe(targetIdentity({ ...intensity, jurisdiction: 'CN' }));
  });
});
