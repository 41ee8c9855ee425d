import { describe, expect, it } from 'vitest';
import { proposeSlug, slugify } from './slug';

describe('proposeSlug', () => {
  it('takes the English title when there is one', () => {
    expect(proposeSlug({ titleEn: 'Hubei Province: 2030 Carbon-Peaking Plan!', titleZh: '湖北省碳达峰实施方案', jurisdiction: '420000' })).toBe(
      'hubei-province-2030-carbon-peaking-plan',
    );
  });

  it('reads a Chinese title through the glossary after the place’s English name', () => {
    expect(proposeSlug({ titleZh: '广东省碳达峰实施方案', jurisdiction: '440000' })).toBe('guangdong-carbon-peaking-implementation-plan');
    expect(proposeSlug({ titleZh: '江西省能源领域碳达峰实施方案', jurisdiction: '360000' })).toBe('jiangxi-energy-carbon-peaking-implementation-plan');
    expect(proposeSlug({ titleZh: '2030年前碳达峰行动方案', jurisdiction: 'CN' })).toBe('national-2030-carbon-peaking-action-plan');
    expect(proposeSlug({ titleZh: '“十四五”可再生能源发展规划', jurisdiction: '360100' })).toBe('nanchang-14th-five-year-renewable-energy-development-plan');
  });

  it('falls back to the place alone, or nothing, for words it does not know', () => {
    expect(proposeSlug({ titleZh: '关于某事的函', jurisdiction: '440000' })).toBe('guangdong');
    expect(proposeSlug({})).toBe('');
  });

  it('keeps slugs within 80 characters, cut at a hyphen', () => {
    const s = slugify('A very long title about carbon peaking and neutrality in every sector of the provincial economy until 2060');
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(s.endsWith('the')).toBe(true);
  });
});
