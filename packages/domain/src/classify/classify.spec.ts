import { describe, expect, it } from 'vitest';
import { createRegionIndex } from '../regions';
import { METRICS } from '../taxonomies/metrics';
import { classify, METRIC_TAGS } from './index';

const codes = (s: Array<{ code: string }>) => s.map((x) => x.code);
/** Document type, place and level suggested for a title. */
const typePlaceLevel = (title: { en?: string; zh?: string }) => {
  const c = classify({ title });
  return [c.instrumentType?.code, c.jurisdiction?.code, c.level?.code];
};

describe('classify', () => {
  it('reads the Guizhou synergy plan', () => {
    const c = classify({ title: { en: 'Implementation Plan for the Synergistic Reduction of Pollution and Carbon Emissions in Guizhou' } });
    expect(c.instrumentType?.code).toBe('implementation_plan');
    expect(c.jurisdiction?.code).toBe('520000');
    expect(c.level?.code).toBe('provincial');
    expect(codes(c.themes)).toContain('pollution_carbon_synergy');
    expect(c.instrumentType?.evidence).toContain('Implementation Plan (title head)');
    expect(c.jurisdiction?.evidence).toContain('Guizhou');
    expect(c.themes.find((t) => t.code === 'pollution_carbon_synergy')?.evidence.join(' ')).toMatch(/synergistic/i);
  });

  it('reads Chinese titles: the last document word is the type', () => {
    const c = classify({ title: { zh: '贵州省减污降碳协同增效实施方案' } });
    expect([c.instrumentType?.code, c.jurisdiction?.code, c.level?.code]).toEqual(['implementation_plan', '520000', 'provincial']);
    expect(codes(c.themes)).toContain('pollution_carbon_synergy');
    expect(typePlaceLevel({ zh: '深圳市氢能产业发展行动方案' })).toEqual(['action_plan', '440300', 'city']);
    expect(typePlaceLevel({ zh: '中共中央 国务院关于全面推进美丽中国建设的意见' })).toEqual(['opinions', 'CN', 'national']);
  });

  it.each([
    ['Shenzhen City issued a plan on NEVs.', '440300', 'city'],
    ['Inner Mongolia Autonomous Region released the first provincial-level work plan.', '150000', 'provincial'],
    ['Tianjin Municipality issued Carbon Peaking Pilot Construction Plan in Tianjin.', '120000', 'provincial'],
    ['Dongguan City (Guangdong Province) released an action plan.', '441900', 'city'],
    ['Jilin Province issued a notice.', '220000', 'provincial'],
    ['Jilin City issued a notice.', '220200', 'city'],
    ['Suzhou City (Anhui Province) issued a notice.', '341300', 'city'],
    ['Suzhou City (Jiangsu Province) issued a notice.', '320500', 'city'],
    ['The State Council issued guidelines for the national carbon market.', 'CN', 'national'],
    ['This report maps GHG emissions from China’s agri-food system.', 'CN', 'national'],
    ['A brief with no place in it.', 'CN', 'national'],
  ])('%s → %s (%s)', (summary, code, level) => {
    const c = classify({ title: {}, summary: { en: summary } });
    expect(c.jurisdiction?.code).toBe(code);
    expect(c.level?.code).toBe(level);
  });

  it('prefers the most specific instrument phrase', () => {
    const type = (en: string) => classify({ title: { en } }).instrumentType?.code;
    expect(type('Action Plan for the Development of Hydrogen Energy Industry in Dongguan (2023-2025)')).toBe('action_plan');
    expect(type('Work Plan for the Pilot Transformation from Dual Control of Energy Consumption to Dual Control of Carbon Emissions')).toBe('work_plan');
    expect(type('Medium- and Long-Term Plan for the Development of Hydrogen Energy Industry in Hainan (2023-2035)')).toBe('plan');
    expect(type('Implementation Opinions on Financial Support for Carbon Peaking and Carbon Neutrality in Shanghai Municipality')).toBe('opinions');
    expect(type('Notice on Several Measures to Promote New Energy Consumption in Inner Mongolia')).toBe('notice');
    expect(type('Guidelines on Financial Transition of Iron and Steel Industry in Hebei Province (2023-2024 Edition)')).toBe('guidelines');
    expect(type('Third Biennial Update Report on Climate Change')).toBe('statistical_report');
    expect(type('The First Batch of Pilot Cities and Industrial Zones for Collaborative Innovation in Pollution and Carbon Reduction')).toBe('pilot_list');
  });

  it('reads cover notices as the document they transmit', () => {
    const c = classify({ title: { zh: '国务院关于印发2030年前碳达峰行动方案的通知' } });
    expect([c.instrumentType?.code, c.jurisdiction?.code, c.level?.code]).toEqual(['action_plan', 'CN', 'national']);
    expect(codes(c.themes)).toContain('one_plus_n');
    expect(
      classify({ title: { en: 'Notice of the State Council on Issuing the Action Plan for Carbon Dioxide Peaking Before 2030' } }).instrumentType?.code,
    ).toBe('action_plan');
    expect(classify({ title: { zh: '浙江省人民政府关于印发浙江省碳达峰实施方案的通知' } })).toMatchObject({
      instrumentType: { code: 'implementation_plan' },
      jurisdiction: { code: '330000' },
    });
    expect(typePlaceLevel({ zh: '广州市发展和改革委员会关于印发广州市氢能产业发展规划（2019-2030年）的通知' })).toEqual(['plan', '440100', 'city']);
    expect(classify({ title: { en: 'Notice on Several Measures to Promote New Energy Consumption' } }).instrumentType?.code).toBe('notice');
  });

  it('recognises reports that call themselves so, and publishers', () => {
    const c = classify({
      title: { en: 'Observations and Prospects on Fertilizer Reduction' },
      summary: { en: 'This policy brief focuses on nitrous oxide (N₂O) and reviews action plans.' },
    });
    expect(c.instrumentType?.code).toBe('research_report');
    expect(codes(c.themes)).toContain('methane_non_co2');
    expect(codes(c.ghgs)).toContain('n2o');
    expect(classify({ title: { en: 'Green Growth' }, publisher: 'iGDP' }).instrumentType?.code).toBe('research_report');
  });

  it('suggests specific sectors over their parents, with metric evidence', () => {
    const c = classify({
      title: { en: 'Guidelines on Financial Transition of Iron and Steel Industry in Hebei Province' },
      keyPoints: [{ en: 'By 2025, the forest coverage rate will be no less than 31%.' }],
    });
    expect(codes(c.sectors)).toEqual(expect.arrayContaining(['industry.steel', 'finance', 'forestry']));
    expect(codes(c.sectors)).not.toContain('industry');
    expect(c.sectors.find((s) => s.code === 'forestry')?.evidence.join('; ')).toMatch(/metric: forest coverage/);
    expect(codes(c.themes)).toContain('green_finance');
  });

  it('finds zones passed in from the DB', () => {
    const regions = createRegionIndex([
      {
        code: '440300-qianhai',
        parent: '440300',
        kind: 'zone',
        zh: '前海深港现代服务业合作区',
        zhShort: '前海',
        en: 'Qianhai Cooperation Zone',
        enShort: 'Qianhai',
      },
    ]);
    const c = classify(
      { title: { en: 'Carbon Neutrality Action Plan for the Qianhai Cooperation Zone' }, summary: { en: 'Shenzhen City issued it.' } },
      { regions },
    );
    expect([c.jurisdiction?.code, c.level?.code]).toEqual(['440300-qianhai', 'zone']);
    expect(codes(c.alternatives.jurisdiction)).toContain('440300');
  });

  it('gives every metric its tags (or none)', () => {
    expect(Object.keys(METRIC_TAGS).sort()).toEqual(METRICS.map((m) => m.code).sort());
  });

  it('returns empty suggestions for empty text', () => {
    const c = classify({ title: {} });
    expect(c.sectors).toEqual([]);
    expect(c.themes).toEqual([]);
    expect(c.instrumentType).toBeUndefined();
    expect(c.jurisdiction?.code).toBe('CN');
  });
});

describe('place and sector from a title alone (the new-entry form)', () => {
  it('proposes Shandong, provincial, for a Shandong plan', () => {
    const r = classify({ title: { en: 'Shandong Province Carbon Peaking Implementation Plan', zh: '山东省碳达峰实施方案' } });
    expect(r.jurisdiction?.code).toBe('370000');
    expect(r.level?.code).toBe('provincial');
  });

  it('reads 城乡建设 / "urban and rural construction" as buildings', () => {
    expect(classify({ title: { zh: '城乡建设领域碳达峰实施方案' } }).sectors.map((s) => s.code)).toContain('buildings');
    expect(classify({ title: { en: 'Implementation Plan for Carbon Peaking in Urban and Rural Construction' } }).sectors.map((s) => s.code)).toContain(
      'buildings',
    );
  });
});
