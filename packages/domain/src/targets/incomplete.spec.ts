import { describe, expect, it } from 'vitest';
import { findIncompleteTargets } from './incomplete';
import { parseTargets } from './parse';

describe('findIncompleteTargets', () => {
  it('says a clause lacks only its year, and what it found', () => {
    const clause = '单位地区生产总值二氧化碳排放比2020年下降20.5%。';
    expect(parseTargets(clause)).toEqual([]);
    expect(findIncompleteTargets(clause)).toEqual([
      { missing: 'targetYear', suggestion: expect.objectContaining({ metric: 'carbon_intensity', comparison: 'reduction', value: 20.5, baseYear: 2020 }) },
    ]);
  });

  it('is empty for a complete clause and for text without a target', () => {
    expect(findIncompleteTargets('到2025年，单位地区生产总值二氧化碳排放比2020年下降20.5%。')).toEqual([]);
    expect(findIncompleteTargets('加强组织领导，压实各方责任。')).toEqual([]);
  });
});
