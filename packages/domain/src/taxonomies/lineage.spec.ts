import { describe, expect, it } from 'vitest';
import { parentMap, termLineage } from './lineage';
import { SECTORS } from './sectors';

describe('termLineage', () => {
  it('walks parents as admins nest them, whatever the codes look like', () => {
    const parents = parentMap([{ code: 'energy' }, { code: 'ccus', parent: 'energy' }, { code: 'ccus_pilots', parent: 'ccus' }]);
    expect(termLineage(parents, 'ccus_pilots')).toEqual(['ccus_pilots', 'ccus', 'energy']);
    expect(termLineage(parents, 'energy')).toEqual(['energy']);
  });

  it('gives an unknown code alone and stops at a cycle', () => {
    expect(termLineage(parentMap([]), 'industry.steel')).toEqual(['industry.steel']);
    const loop = parentMap([
      { code: 'a', parent: 'b' },
      { code: 'b', parent: 'a' },
    ]);
    expect(termLineage(loop, 'a')).toEqual(['a', 'b']);
  });

  it('follows the shipped sector tree', () => {
    const child = (SECTORS as readonly { code: string; parent?: string }[]).find((s) => s.parent)!;
    expect(termLineage(parentMap(SECTORS), child.code)).toEqual([child.code, child.parent]);
  });
});
