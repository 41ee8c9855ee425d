import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateRegionsSource, OUTPUT } from '../../scripts/generate-regions.mjs';
import {
  REGIONS,
  ancestorsOf,
  childrenOf,
  createRegionIndex,
  findRegions,
  isRegionCode,
  levelFitsRegion,
  levelForRegionKind,
  levelsForRegion,
  provinceOf,
  regionByCode,
  regionKindsForLevel,
  ZoneInputSchema,
  zoneRegion,
  parseZoneCode,
  isZoneCode,
} from './index';
import { RegionCode } from '../schemas/primitives';

describe('generated regions', () => {
  it('is up to date with the generator', async () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(await generateRegionsSource());
  });

  it('has the country, 34 provinces and the prefecture-level cities', () => {
    expect(REGIONS.filter((r) => r.kind === 'country').map((r) => r.code)).toEqual(['CN']);
    expect(REGIONS.filter((r) => r.kind === 'province')).toHaveLength(34);
    const cities = REGIONS.filter((r) => r.kind === 'city');
    // 337 rows in city.json, less 4 "directly administered county-level" groupings, plus the 21
    // county-level cities and forestry district those groupings hold.
    expect(cities).toHaveLength(337 - 4 + 21);
    expect(cities.some((c) => c.zh.includes('直辖县级'))).toBe(false);
  });

  it('has unique codes, valid RegionCodes, parents that exist, names in both languages', () => {
    const codes = REGIONS.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of REGIONS) {
      expect(RegionCode.safeParse(r.code).success, r.code).toBe(true);
      if (r.kind === 'country') expect(r.parent).toBeNull();
      else expect(regionByCode(r.parent!)?.kind, r.code).toBe(r.kind === 'province' ? 'country' : 'province');
      for (const k of ['zh', 'zhShort', 'en', 'enShort'] as const) expect(r[k].length, `${r.code}.${k}`).toBeGreaterThan(0);
      expect(r.enShort, r.code).toMatch(/^[A-Z]/);
      expect(r.en, r.code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each([
    ['440300', '深圳', 'Shenzhen', '440000'],
    ['441900', '东莞', 'Dongguan', '440000'],
    ['510700', '绵阳', 'Mianyang', '510000'],
    ['140600', '朔州', 'Shuozhou', '140000'],
    ['430200', '株洲', 'Zhuzhou', '430000'],
    ['610100', '西安', "Xi'an", '610000'],
    ['150100', '呼和浩特', 'Hohhot', '150000'],
    ['222400', '延边', 'Yanbian', '220000'],
  ])('%s is %s / %s in %s', (code, zhShort, enShort, parent) => {
    expect(regionByCode(code)).toMatchObject({ kind: 'city', zhShort, enShort, parent });
  });

  it('uses conventional province names', () => {
    const en = (code: string) => regionByCode(code)!.enShort;
    expect([en('150000'), en('810000'), en('820000'), en('540000'), en('510000'), en('610000'), en('140000')]).toEqual([
      'Inner Mongolia',
      'Hong Kong',
      'Macao',
      'Xizang',
      'Sichuan',
      'Shaanxi',
      'Shanxi',
    ]);
    expect(regionByCode('150000')!.en).toBe('Inner Mongolia Autonomous Region');
    expect(regionByCode('520000')!.en).toBe('Guizhou Province');
    expect(regionByCode('120000')!.en).toBe('Tianjin Municipality');
  });

  it('handles municipalities, which have no city rows', () => {
    expect(childrenOf('110000')).toEqual([]);
    expect(provinceOf('310000')?.code).toBe('310000');
    expect(childrenOf('520000').map((r) => r.zhShort)).toContain('贵阳');
  });
});

describe('look-ups', () => {
  it('walks the tree', () => {
    expect(ancestorsOf('440300').map((r) => r.code)).toEqual(['CN', '440000']);
    expect(ancestorsOf('CN')).toEqual([]);
    expect(ancestorsOf('999999')).toEqual([]);
    expect(provinceOf('441900')?.enShort).toBe('Guangdong');
    expect(provinceOf('CN')).toBeUndefined();
    expect(childrenOf('CN')).toHaveLength(34);
    expect(isRegionCode('440300')).toBe(true);
    expect(isRegionCode('440399')).toBe(false);
    expect(isRegionCode('CN')).toBe(true);
  });

  it.each([
    ['Guizhou', '520000'],
    ['贵州', '520000'],
    ['贵州省', '520000'],
    ['shenzhen city', '440300'],
    ['SHENZHEN', '440300'],
    ['Inner Mongolia Autonomous Region', '150000'],
    ['tibet', '540000'],
    ['Macau', '820000'],
    ['xian', '610100'],
    ['Lvliang', '141100'],
    ['hong kong', '810000'],
    ['440300', '440300'],
  ])('findRegions(%j) finds %s first', (q, code) => {
    expect(findRegions(q)[0]?.code).toBe(code);
  });

  it('ranks exact matches before prefixes and filters by kind', () => {
    expect(
      findRegions('jilin')
        .map((r) => r.code)
        .slice(0, 2),
    ).toEqual(['220000', '220200']);
    expect(findRegions('jilin', { kinds: ['city'] })[0].code).toBe('220200');
    expect(findRegions('tai', { limit: 3 })).toHaveLength(3);
    expect(findRegions('  ')).toEqual([]);
  });

  it('adds zones from the DB', () => {
    const zone = zoneRegion(
      ZoneInputSchema.parse({
        parent: '440300',
        slug: 'qianhai',
        zh: '前海深港现代服务业合作区',
        zhShort: '前海',
        en: 'Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone',
        enShort: 'Qianhai',
      }),
    );
    const idx = createRegionIndex([zone]);
    expect(idx.regionByCode('440300-qianhai')).toMatchObject({ kind: 'zone', parent: '440300' });
    expect(idx.ancestorsOf('440300-qianhai').map((r) => r.code)).toEqual(['CN', '440000', '440300']);
    expect(idx.provinceOf('440300-qianhai')?.code).toBe('440000');
    expect(idx.childrenOf('440300').map((r) => r.code)).toEqual(['440300-qianhai']);
    expect(idx.findRegions('前海')[0].code).toBe('440300-qianhai');
    expect(RegionCode.safeParse(zone.code).success).toBe(true);
    expect(regionByCode('440300-qianhai')).toBeUndefined();
  });
});

describe('zones', () => {
  const base = { slug: 'binhai', zh: '滨海新区', en: 'Binhai New Area' };
  it('accepts a city or municipality parent', () => {
    expect(ZoneInputSchema.safeParse({ ...base, parent: '120000' }).success).toBe(true);
    expect(ZoneInputSchema.safeParse({ ...base, parent: '440300' }).success).toBe(true);
  });
  it.each([
    [{ ...base, parent: '440000' }, 'parent'],
    [{ ...base, parent: 'CN' }, 'parent'],
    [{ ...base, parent: '440399' }, 'parent'],
    [{ ...base, parent: '440300', slug: 'Bin Hai' }, 'slug'],
    [{ ...base, parent: '440300', slug: 'b' }, 'slug'],
    [{ ...base, parent: '440300', zh: ' ' }, 'zh'],
    [{ parent: '440300', slug: 'x1', zh: '区' }, 'en'],
  ])('rejects %j at %s', (input, field) => {
    const r = ZoneInputSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0])).toContain(field);
  });
  it('parses zone codes', () => {
    expect(parseZoneCode('120000-binhai')).toEqual({ parent: '120000', slug: 'binhai' });
    expect(parseZoneCode('120000')).toBeUndefined();
    expect(isZoneCode('440300-qianhai-shekou')).toBe(true);
  });
});

describe('levels for regions', () => {
  const r = (code: string) => regionByCode(code)!;
  it('maps kinds to levels', () => {
    expect(levelForRegionKind('country')).toBe('national');
    expect(levelForRegionKind('province')).toBe('provincial');
    expect(levelForRegionKind('city')).toBe('city');
    expect(levelForRegionKind('zone')).toBe('zone');
    expect(regionKindsForLevel('county')).toEqual(['city', 'province']);
    expect(regionKindsForLevel('nonsense')).toEqual([]);
  });
  it.each([
    ['national', ['CN'], ['520000']],
    ['provincial', ['520000'], ['CN', '440300']],
    ['city', ['440300', '120000'], ['520000']],
    ['county', ['440300', '310000'], ['CN']],
    ['zone', [], ['440300']],
  ])('%s fits %j, not %j', (level, fits, misfits) => {
    expect([...fits, ...misfits].filter((code) => levelFitsRegion(level, r(code)))).toEqual(fits);
  });
  it('zones take zone entries only', () => {
    expect(levelsForRegion({ code: '440300-qianhai', kind: 'zone' })).toEqual(['zone']);
  });
});
