import { describe, expect, it } from 'vitest';
import { sentRegionName } from './sentRegionName';
import { loadRegionTable, regionLabel } from './regions';

const region = { code: '520000', parent: 'CN', kind: 'province', en: 'Guizhou Province', zh: '贵州省', enShort: 'Guizhou', zhShort: '贵州' } as const;

describe('region names', () => {
  it('uses the region the API sends: short English, full Chinese', () => {
    expect(sentRegionName({ jurisdiction: '520000', region }, 'en')).toBe('Guizhou');
    expect(sentRegionName({ jurisdiction: '520000', region }, 'zh')).toBe('贵州省');
  });

  it('shows the code when the API sent no name', () => {
    expect(sentRegionName({ jurisdiction: '520000', region: null }, 'en')).toBe('520000');
  });

  it('falls back to the domain region list once its chunk has loaded, to the sent name or the code before', async () => {
    expect(regionLabel('CN', 'en')).toBe('CN'); // this first look-up starts loading the table
    expect(regionLabel('520000', 'zh', { en: 'Guizhou', zh: '贵州省' })).toBe('贵州省');
    await loadRegionTable();
    expect(regionLabel('CN', 'en')).toBe('China');
    expect(regionLabel('440300', 'zh')).toBe('深圳市');
    expect(regionLabel('520000', 'en', { en: 'Guizhou', zh: '贵州省' })).toBe('Guizhou');
    expect(regionLabel('120100-binhai', 'en')).toBe('120100-binhai');
  });
});
