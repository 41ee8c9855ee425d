import { describe, expect, it } from 'vitest';
import { RegionDirectory, publicTree, type RegionInfo } from './region-tree';
import { tallySectorsAndYears } from './region-facets';

const r = (code: string, parent: string | null, kind: RegionInfo['kind'], sort = 0): RegionInfo => ({
  code,
  parent,
  kind,
  en: code,
  zh: code,
  enShort: code,
  zhShort: code,
  sort,
});
const regions = [
  r('440300', '440000', 'city', 3),
  r('CN', null, 'country'),
  r('440000', 'CN', 'province', 1),
  r('440100', '440000', 'city', 2),
  r('440300-qianhai', '440300', 'zone', 9),
  r('110000', 'CN', 'province', 0),
  r('110000-zgc', '110000', 'zone', 9),
  r('orphan', 'nowhere', 'city'),
];

describe('RegionDirectory', () => {
  const dir = new RegionDirectory(
    regions,
    new Map([
      ['440300-qianhai', 2],
      ['440300', 1],
      ['CN', 4],
      ['110000-zgc', 1],
      ['orphan', 7],
    ]),
  );

  it('sums counts up the tree and keeps the list order', () => {
    expect(dir.root).toMatchObject({ code: 'CN', count: 8, ownCount: 4 });
    expect(dir.root!.children.map((c) => c.code)).toEqual(['110000', '440000']);
    expect(dir.get('440000')).toMatchObject({ count: 3, ownCount: 0 });
    expect(dir.get('440300')).toMatchObject({ count: 3, ownCount: 1 });
    expect(dir.get('110000')).toMatchObject({ count: 1 }); // a municipality holds zones directly
  });

  it('finds descendants and ancestors', () => {
    expect(dir.descendantCodes('440000')).toEqual(['440000', '440100', '440300', '440300-qianhai']);
    expect(dir.descendantCodes('nope')).toEqual([]);
    expect(dir.ancestorsOf('440300-qianhai').map((a) => a.code)).toEqual(['CN', '440000', '440300']);
  });

  it('leaves out empty cities and zones unless asked, never provinces', () => {
    const tree = publicTree(dir.root!, { all: false });
    expect(tree.children.map((c) => [c.code, c.children.map((x) => x.code)])).toEqual([
      ['110000', ['110000-zgc']],
      ['440000', ['440300']],
    ]);
    expect(publicTree(dir.get('440000')!, { all: true }).children.map((c) => c.code)).toEqual(['440100', '440300']);
    expect(publicTree(dir.root!, { all: true, depth: 1 }).children.every((c) => c.children.length === 0)).toBe(true);
    expect(tree).not.toHaveProperty('parent');
  });
});

describe('tallySectorsAndYears', () => {
  const sectors = [
    { code: 'industry', parent: null, en: 'Industry', zh: '工业' },
    { code: 'industry.steel', parent: 'industry', en: 'Steel', zh: '钢铁' },
    { code: 'energy', parent: null, en: 'Energy', zh: '能源' },
  ];

  it('counts an entry once per sector, parents included, and orders years newest first with undated last', () => {
    const out = tallySectorsAndYears(
      [
        { sectors: ['industry', 'industry.steel'], year: 2023, n: 2 },
        { sectors: ['industry.steel'], year: null, n: 1 },
        { sectors: ['unknown'], year: 2024, n: 5 },
      ],
      sectors,
    );
    expect(out.bySector.map((s) => [s.code, s.count])).toEqual([
      ['industry', 3],
      ['industry.steel', 3],
    ]);
    expect(out.byYear).toEqual([
      { year: 2024, count: 5 },
      { year: 2023, count: 2 },
      { year: null, count: 1 },
    ]);
  });
});
