import { describe, expect, it } from 'vitest';
import { formatObservationValue, formatQuantity, formatTarget, unitLabel } from './format';

const t = (x: object) => ({ comparison: 'share', targetYear: 2025, qualifier: 'exact', strive: false, ...x });

describe('formatTarget', () => {
  it('says peak and neutrality years', () => {
    expect(formatTarget(t({ comparison: 'peak', targetYear: 2030, qualifier: 'before' }), 'en')).toBe('Peak before 2030');
    expect(formatTarget(t({ comparison: 'peak', targetYear: 2030, qualifier: 'before' }), 'zh')).toBe('2030年前达峰');
    expect(formatTarget(t({ comparison: 'peak', targetYear: 2025, qualifier: 'before', strive: true }), 'zh')).toBe('力争2025年前达峰');
    expect(formatTarget(t({ comparison: 'peak', targetYear: 2025, strive: true }), 'en')).toBe('Strive to peak by 2025');
    expect(formatTarget(t({ comparison: 'neutrality', targetYear: 2060, qualifier: 'before' }), 'en')).toBe('Carbon neutrality before 2060');
    expect(formatTarget(t({ comparison: 'neutrality', targetYear: 2060, qualifier: 'before' }), 'zh')).toBe('2060年前实现碳中和');
  });

  it('says "as assigned" with who assigns it', () => {
    expect(formatTarget(t({ comparison: 'assigned', value: null }), 'en', { withYear: false })).toBe('As assigned by the state');
    expect(formatTarget(t({ comparison: 'assigned' }), 'zh', { withYear: false })).toBe('完成国家下达指标');
    expect(formatTarget(t({ comparison: 'assigned' }), 'zh')).toBe('到2025年完成国家下达指标');
    expect(formatTarget(t({ comparison: 'assigned' }), 'en', { assignedBy: 'province' })).toBe('As assigned by the province, by 2025');
  });

  it('combines strive with a qualifier', () => {
    const target = t({ value: 32, unit: '%', qualifier: 'at_least', strive: true });
    expect(formatTarget(target, 'en', { withYear: false })).toBe('strive to reach at least 32%');
    expect(formatTarget(target, 'zh', { withYear: false })).toBe('力争达到32%以上');
    expect(formatTarget(target, 'zh')).toBe('到2025年力争达到32%以上');
    expect(formatTarget(t({ value: 360, unit: 'Mtce', qualifier: 'at_most', strive: true }), 'en')).toBe('strive to keep to at most 360 Mtce by 2025');
  });

  it('says reductions against their base year, and a negative one as an increase', () => {
    const r = t({ comparison: 'reduction', value: 13.5, unit: '%', baseYear: 2020 });
    expect(formatTarget(r, 'en', { withYear: false })).toBe('a reduction of 13.5% vs 2020');
    expect(formatTarget(r, 'en')).toBe('a reduction of 13.5% vs 2020 by 2025');
    expect(formatTarget(r, 'zh')).toBe('到2025年比2020年下降13.5%');
    expect(formatTarget({ ...r, qualifier: 'at_least', baseYear: 2005, value: 65, targetYear: 2030 }, 'zh')).toBe('到2030年比2005年下降65%以上');
    expect(formatTarget({ ...r, value: -5 }, 'en', { withBase: false })).toBe('an increase of 5% by 2025');
  });

  it('says totals over a period', () => {
    const total = t({ comparison: 'capacity', value: 1e11, unit: 'kWh', cumulativeFrom: 2026, targetYear: 2030 });
    expect(formatTarget(total, 'en')).toBe('100 billion kWh cumulative 2026–2030');
    expect(formatTarget(total, 'zh')).toBe('2026—2030年累计达到1000亿千瓦时');
  });

  it('writes qualifiers, ranges and Chinese units the way each language does', () => {
    expect(formatTarget(t({ value: 35, unit: '%', qualifier: 'about', targetYear: 2030 }), 'zh')).toBe('到2030年达到35%左右');
    expect(formatTarget(t({ value: 35, unit: '%', qualifier: 'about', targetYear: 2030 }), 'en')).toBe('about 35% by 2030');
    expect(formatTarget(t({ comparison: 'capacity', value: 74, unit: 'GW', qualifier: 'at_least', targetYear: 2030 }), 'zh')).toBe(
      '到2030年达到7400万千瓦以上',
    );
    expect(formatTarget(t({ comparison: 'capacity', value: 74, unit: 'GW', qualifier: 'at_least', targetYear: 2030 }), 'en')).toBe('at least 74 GW by 2030');
    expect(formatTarget(t({ comparison: 'reduction', value: 40, valueMax: 45, unit: '%', baseYear: 2005, targetYear: 2020 }), 'en')).toBe(
      'a reduction of 40–45% vs 2005 by 2020',
    );
    expect(formatTarget(t({ comparison: 'reduction', value: 40, valueMax: 45, unit: '%', baseYear: 2005, targetYear: 2020 }), 'zh')).toBe(
      '到2020年比2005年下降40%—45%',
    );
    expect(formatTarget(t({ value: 70, unit: '%', qualifier: 'no_less_than' }), 'zh')).toBe('到2025年不低于70%');
    expect(formatTarget(t({ value: 50, unit: '%', qualifier: 'exceed' }), 'en')).toBe('more than 50% by 2025');
    expect(formatTarget(t({ comparison: 'count', value: undefined, unit: 'vehicles' }), 'en')).toBe('? by 2025');
  });
});

describe('formatTarget, compact (chart bars)', () => {
  it('gives the amount alone, a reduction as a minus sign', () => {
    expect(formatTarget(t({ comparison: 'reduction', value: 13.5, unit: '%', baseYear: 2020, strive: true }), 'en', { compact: true })).toBe('−13.5%');
    expect(formatTarget(t({ comparison: 'reduction', value: 65, unit: '%', qualifier: 'at_least' }), 'zh', { compact: true })).toBe('下降65%以上');
    // Mianyang's 2030 bar: "a reduction of more than 68%", never "more than −68%", in both languages (issue 19).
    expect(formatTarget(t({ comparison: 'reduction', value: 68, unit: '%', qualifier: 'exceed', baseYear: 2005 }), 'en', { compact: true })).toBe(
      'a reduction of more than 68%',
    );
    expect(formatTarget(t({ comparison: 'reduction', value: 68, unit: '%', qualifier: 'exceed', baseYear: 2005 }), 'zh', { compact: true })).toBe(
      '下降超过68%',
    );
    expect(formatTarget(t({ comparison: 'reduction', value: -5, unit: '%' }), 'en', { compact: true })).toBe('+5%');
    expect(formatTarget(t({ comparison: 'capacity', value: 74, unit: 'GW', qualifier: 'at_least', strive: true }), 'en', { compact: true })).toBe(
      'at least 74 GW',
    );
    expect(formatTarget(t({ comparison: 'peak', targetYear: 2030, qualifier: 'before' }), 'en', { compact: true })).toBe('Peak before 2030');
    expect(formatTarget(t({ comparison: 'assigned' }), 'en', { compact: true })).toBe('As assigned by the state');
  });
});

describe('formatQuantity and observations', () => {
  it('scales large numbers with million/billion in English and 万/亿 in Chinese', () => {
    expect(formatQuantity(2e6, 'vehicles', 'en')).toBe('2 million vehicles');
    expect(formatQuantity(2e6, 'vehicles', 'zh')).toBe('200万辆');
    expect(formatQuantity(1.3e6, 'vehicles', 'en')).toBe('1.3 million vehicles');
    expect(formatQuantity(200, 'vehicles', 'zh')).toBe('200辆');
    expect(formatQuantity(11550, 'Mt CO₂e', 'en')).toBe('11,550 Mt CO₂e');
    expect(formatQuantity(11550, 'Mt CO₂e', 'zh')).toBe('115.5亿吨二氧化碳当量');
    expect(formatQuantity(19000, 'million m³', 'zh')).toBe('190亿立方米');
    expect(formatQuantity(360, 'Mtce', 'zh')).toBe('3.6亿吨标准煤');
    expect(formatQuantity(12000, 't', 'zh')).toBe('1.2万吨');
    expect(formatQuantity(5, 'stations', 'en')).toBe('5 stations');
  });

  it('never says an already scaled unit in millions, and writes km2 as 平方公里 itself (not in m²)', () => {
    expect(formatQuantity(2e6, 'kt', 'en')).toBe('2,000,000 kt');
    expect(formatQuantity(2e6, 'km2', 'en')).toBe('2,000,000 km2');
    expect(formatQuantity(3e4, 'km2', 'zh')).toBe('3万平方公里');
    expect(unitLabel('km2', 'zh')).toBe('平方公里');
  });

  it('names units', () => {
    expect(unitLabel('vehicles', 'zh')).toBe('辆');
    expect(unitLabel('GW', 'zh')).toBe('GW');
    expect(unitLabel('kWh', 'en')).toBe('kWh');
  });

  it('says an observation with its qualifier', () => {
    expect(formatObservationValue({ value: 11550, unit: 'Mt CO₂e', qualifier: 'about' }, 'en')).toBe('about 11,550 Mt CO₂e');
    expect(formatObservationValue({ value: 11550, unit: 'Mt CO₂e', qualifier: 'about' }, 'zh')).toBe('约115.5亿吨二氧化碳当量');
    expect(formatObservationValue({ value: 48.4, unit: '%', comparison: 'reduction' }, 'en')).toBe('a reduction of 48.4%');
  });
});

describe('convertToUnit', () => {
  it('converts Chinese multiplier units to the metric’s unit', async () => {
    const { convertToUnit } = await import('./units');
    expect(convertToUnit(7400, '万千瓦', 'GW')).toBe(74);
    expect(convertToUnit(3.6, '亿吨标准煤', 'Mtce')).toBe(360);
    expect(convertToUnit(200, '万辆', 'vehicles')).toBe(2e6);
    expect(convertToUnit(1000, '亿千瓦时', 'kWh')).toBe(1e11);
    expect(convertToUnit(190, '亿立方米', 'million m³')).toBe(19000);
    expect(convertToUnit(2.3, '亿吨', 'Mt')).toBe(230);
    expect(convertToUnit(10, '万吨', 't/yr')).toBe(1e5);
    expect(convertToUnit(500, 'MW', 'GW')).toBe(0.5);
    expect(convertToUnit(74, 'GW', 'GW')).toBe(74);
    expect(convertToUnit(7400, '万千瓦时', 'GW')).toBeUndefined();
    expect(convertToUnit(1, 'bananas', 'GW')).toBeUndefined();
  });
});
