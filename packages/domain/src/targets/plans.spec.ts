/**
 * Target sentences shaped like those of provincial and city carbon-peaking plans (issue 14), in Chinese and
 * English: every kind (quantities, peak, neutrality, as assigned), combined qualifiers, ranges, Chinese
 * multiplier units, cumulative periods and the A、B分别…X、Y pairing. Each row lists every target the
 * sentence states, in order, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { parseTargets, type TargetSuggestion } from './index';

type Row = Partial<
  Pick<TargetSuggestion, 'metric' | 'comparison' | 'value' | 'valueMax' | 'unit' | 'baseYear' | 'targetYear' | 'qualifier' | 'strive' | 'cumulativeFrom'>
>;
const read = (s: string, defaultYear?: number): Row[] =>
  parseTargets(s, { defaultYear }).map(({ metric, comparison, value, valueMax, unit, baseYear, targetYear, qualifier, strive, cumulativeFrom }) => ({
    metric,
    comparison,
    ...(value !== undefined ? { value, unit } : {}),
    ...(valueMax !== undefined ? { valueMax } : {}),
    ...(baseYear !== undefined ? { baseYear } : {}),
    targetYear,
    qualifier,
    strive,
    ...(cumulativeFrom !== undefined ? { cumulativeFrom } : {}),
  }));

// Shorthands: q = quantity, m = milestone, a = as assigned.
const q = (metric: string, comparison: string, value: number, unit: string, targetYear: number, more: Row = {}): Row => ({
  metric,
  comparison: comparison as Row['comparison'],
  value,
  unit,
  targetYear,
  qualifier: 'exact',
  strive: false,
  ...more,
});
const m = (comparison: 'peak' | 'neutrality', targetYear: number, more: Row = {}): Row => ({
  metric: 'co2_emissions',
  comparison,
  targetYear,
  qualifier: 'exact',
  strive: false,
  ...more,
});
const a = (metric: string, targetYear: number): Row => ({ metric, comparison: 'assigned', targetYear, qualifier: 'exact', strive: false });

const TABLE: Array<[string, Row[], number?]> = [
  // The provincial plan, clause by clause.
  [
    '到2025年，非化石能源消费比重力争达到32%以上，单位地区生产总值能源消耗和二氧化碳排放确保完成国家下达指标。',
    [q('non_fossil_share', 'share', 32, '%', 2025, { qualifier: 'at_least', strive: true }), a('energy_intensity', 2025), a('carbon_intensity', 2025)],
  ],
  [
    '到2030年，非化石能源消费比重达到35%左右，风电和光伏发电装机容量达到7400万千瓦以上，确保2030年前实现碳达峰。',
    [
      q('non_fossil_share', 'share', 35, '%', 2030, { qualifier: 'about' }),
      q('wind_solar_capacity', 'capacity', 74, 'GW', 2030, { qualifier: 'at_least' }),
      m('peak', 2030, { qualifier: 'before' }),
    ],
  ],
  ['到2025年，新能源汽车累计保有量力争达到200万辆。', [q('nev_ownership', 'count', 2e6, 'vehicles', 2025, { strive: true })]],
  [
    '到2025年，单位地区生产总值能源消耗、二氧化碳排放分别比2020年下降14.5%、20.5%。',
    [q('energy_intensity', 'reduction', 14.5, '%', 2025, { baseYear: 2020 }), q('carbon_intensity', 'reduction', 20.5, '%', 2025, { baseYear: 2020 })],
  ],
  // Peak and neutrality.
  ['力争2025年前率先达峰。', [m('peak', 2025, { qualifier: 'before', strive: true })]],
  ['到2030年，二氧化碳排放量达到峰值并实现稳中有降。', [m('peak', 2030)]],
  [
    'China will strive to peak carbon dioxide emissions before 2030 and achieve carbon neutrality before 2060.',
    [m('peak', 2030, { qualifier: 'before', strive: true }), m('neutrality', 2060, { qualifier: 'before', strive: true })],
  ],
  ['确保2030年前实现碳达峰，2060年前实现碳中和。', [m('peak', 2030, { qualifier: 'before' }), m('neutrality', 2060, { qualifier: 'before' })]],
  ['The city will strive to peak carbon emissions by 2025.', [m('peak', 2025, { strive: true })]],
  ['Peak carbon emissions before 2030.', [m('peak', 2030, { qualifier: 'before' })]],
  // As assigned.
  [
    'By 2025, energy consumption per unit of GDP and CO₂ emissions per unit of GDP will meet the targets assigned by the state.',
    [a('energy_intensity', 2025), a('carbon_intensity', 2025)],
  ],
  [
    'The province will complete the targets assigned by the state for energy consumption and CO₂ emissions per unit of GDP by 2025.',
    [a('energy_intensity', 2025), a('carbon_intensity', 2025)],
  ],
  ['到2025年，全市单位地区生产总值能耗降低完成省下达目标任务。', [a('energy_intensity', 2025)]],
  // Ranges.
  ['到2020年，单位国内生产总值二氧化碳排放比2005年下降40%—45%。', [q('carbon_intensity', 'reduction', 40, '%', 2020, { valueMax: 45, baseYear: 2005 })]],
  ['到2020年，单位国内生产总值二氧化碳排放比2005年下降40%-45%。', [q('carbon_intensity', 'reduction', 40, '%', 2020, { valueMax: 45, baseYear: 2005 })]],
  [
    'By 2020, carbon dioxide emissions per unit of GDP will fall by 40–45% compared with 2005.',
    [q('carbon_intensity', 'reduction', 40, '%', 2020, { valueMax: 45, baseYear: 2005 })],
  ],
  ['By 2030, the share of non-fossil energy consumption will reach 25% to 30%.', [q('non_fossil_share', 'share', 25, '%', 2030, { valueMax: 30 })]],
  // Caps and the new metrics, with Chinese multiplier units converted.
  [
    '到2025年，能源消费总量控制在3.6亿吨标准煤以内，煤炭消费量控制在2.3亿吨左右，煤炭消费比重下降到55%以下。',
    [
      q('energy_consumption_total', 'level', 360, 'Mtce', 2025, { qualifier: 'at_most' }),
      q('coal_consumption_total', 'level', 230, 'Mt', 2025, { qualifier: 'about' }),
      q('coal_share', 'share', 55, '%', 2025, { qualifier: 'at_most' }),
    ],
  ],
  // 重庆市能源发展“十四五”规划: "降低至" sets the share's level, as "下降到" does; "降低15%" is still a cut.
  [
    '到2025年，可再生能源电力消纳总量责任权重达到国家下达计划指标，非化石能源消费比重提高到25%；煤炭消费比重降低至40%',
    [q('non_fossil_share', 'share', 25, '%', 2025), q('coal_share', 'share', 40, '%', 2025)],
  ],
  ['到2025年，单位地区生产总值能耗降低15%。', [q('energy_intensity', 'reduction', 15, '%', 2025)]],
  [
    'By 2030, total energy consumption will be kept within 400 million tonnes of standard coal.',
    [q('energy_consumption_total', 'level', 400, 'Mtce', 2030, { qualifier: 'at_most' })],
  ],
  ['By 2025, the share of coal in energy consumption will drop to below 50%.', [q('coal_share', 'share', 50, '%', 2025, { qualifier: 'at_most' })]],
  [
    '到2025年，城镇新建建筑中绿色建筑占比达到100%，新型储能装机规模达到300万千瓦以上，抽水蓄能装机容量达到1000万千瓦，可再生能源发电装机容量达到1亿千瓦。',
    [
      q('green_building_share_new', 'share', 100, '%', 2025),
      q('new_energy_storage_capacity', 'capacity', 3, 'GW', 2025, { qualifier: 'at_least' }),
      q('pumped_storage_capacity', 'capacity', 10, 'GW', 2025),
      q('renewable_capacity', 'capacity', 100, 'GW', 2025),
    ],
  ],
  [
    '到2030年，森林覆盖率达到25%左右，森林蓄积量达到190亿立方米。',
    [q('forest_coverage', 'level', 25, '%', 2030, { qualifier: 'about' }), q('forest_stock_volume', 'level', 19000, 'million m³', 2030)],
  ],
  [
    '到2025年，新能源汽车新车销售量占比达到20%左右，城市绿色出行比例不低于70%，可再生能源发电量占比超过50%。',
    [
      q('nev_share_new_vehicles', 'share', 20, '%', 2025, { qualifier: 'about' }),
      q('green_transport_share', 'share', 70, '%', 2025, { qualifier: 'no_less_than' }),
      q('renewable_generation_share', 'share', 50, '%', 2025, { qualifier: 'exceed' }),
    ],
  ],
  [
    '到2025年，风电、光伏发电装机容量分别达到2000万千瓦、3000万千瓦。',
    [q('wind_capacity', 'capacity', 20, 'GW', 2025), q('solar_capacity', 'capacity', 30, 'GW', 2025)],
  ],
  [
    'By 2025, the installed capacity of wind and solar power will reach 74 GW or more.',
    [q('wind_solar_capacity', 'capacity', 74, 'GW', 2025, { qualifier: 'at_least' })],
  ],
  [
    '到2025年，全省光伏发电装机容量达到3000万千瓦，风电装机达到1500万千瓦。',
    [q('solar_capacity', 'capacity', 30, 'GW', 2025), q('wind_capacity', 'capacity', 15, 'GW', 2025)],
  ],
  [
    'By 2030, NEV ownership will strive to reach 2 million and the forest stock volume will reach 350 million cubic meters.',
    [q('nev_ownership', 'count', 2e6, 'vehicles', 2030, { strive: true }), q('forest_stock_volume', 'level', 350, 'million m³', 2030)],
  ],
  ['力争到2030年，森林覆盖率达到26%。', [q('forest_coverage', 'level', 26, '%', 2030, { strive: true })]],
  // Totals over a plan period against annual figures.
  ['“十五五”期间，新能源外送电量累计达到1000亿千瓦时。', [q('re_electricity_export', 'capacity', 1e11, 'kWh', 2030, { cumulativeFrom: 2026 })]],
  [
    'During the 14th Five-Year Plan period, renewable electricity exports will reach 100 billion kWh in total.',
    [q('re_electricity_export', 'capacity', 1e11, 'kWh', 2025, { cumulativeFrom: 2021 })],
  ],
  ['2021—2025年，全市累计新增风电装机500万千瓦。', [q('wind_capacity', 'capacity', 5, 'GW', 2025, { cumulativeFrom: 2021 })]],
  ['到2025年，新能源外送电量年均增加100亿千瓦时。', [q('re_electricity_export', 'capacity', 1e10, 'kWh', 2025)]],
  // Not targets: no year for 率先达峰, supporting clauses, a sector's own peak.
  ['在全国率先达峰。', []],
  ['到2025年，单位地区生产总值能耗比2020年下降14%，为实现碳达峰奠定坚实基础。', [q('energy_intensity', 'reduction', 14, '%', 2025, { baseYear: 2020 })]],
  // A sector's peak is the sector's, never the place's.
  ['到2030年，工业领域二氧化碳排放达峰。', [m('peak', 2030, { metric: 'industry_co2_emissions' })]],
  ['到2030年，能源领域碳排放达峰。', []],
];

describe('parseTargets on carbon-peaking plan sentences', () => {
  it('has a table of at least 25 sentences in both languages', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(25);
    expect(TABLE.filter(([s]) => /[\u4e00-\u9fff]/.test(s)).length).toBeGreaterThan(10);
    expect(TABLE.filter(([s]) => !/[\u4e00-\u9fff]/.test(s)).length).toBeGreaterThan(8);
  });

  it.each(TABLE)('%s', (sentence, expected, defaultYear) => {
    expect(read(sentence, defaultYear)).toEqual(expected);
  });

  it('does not give peak or neutrality a default year, but gives one to "as assigned"', () => {
    expect(read('率先达峰', 2025)).toEqual([]);
    expect(read('单位地区生产总值能源消耗确保完成国家下达指标', 2025)).toEqual([a('energy_intensity', 2025)]);
  });

  it('explains a milestone and an assignment', () => {
    const [peak] = parseTargets('确保2030年前实现碳达峰');
    expect(peak.evidence).toEqual(expect.arrayContaining(['peak: "碳达峰"', 'year: "2030年前"']));
    expect(peak.value).toBeUndefined();
    const [assigned] = parseTargets('到2025年，单位地区生产总值能源消耗确保完成国家下达指标');
    expect(assigned.evidence).toEqual(expect.arrayContaining(['assigned: "确保完成国家下达指标"', 'metric: "单位地区生产总值能源消耗"']));
  });
});

describe('not peak targets', () => {
  it.each([
    '某省碳达峰实施方案（2022—2030年）',
    '按照《2030年前碳达峰行动方案》（国发〔2021〕23号）要求，结合我省实际，制定本方案。',
    '“十四五”期间，推进碳达峰试点建设。',
  ])('%s', (s) => {
    expect(read(s)).toEqual([]);
  });
});
