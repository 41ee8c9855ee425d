import { describe, expect, it } from 'vitest';
import { parseTargets, type TargetSuggestion } from './index';

type Expect = Partial<
  Pick<TargetSuggestion, 'metric' | 'comparison' | 'value' | 'valueMax' | 'unit' | 'baseYear' | 'targetYear' | 'qualifier' | 'strive' | 'cumulativeFrom'>
>;
/** The target's fields; strive and cumulativeFrom only when set, so most expectations need not name them. */
const pick = (s: TargetSuggestion): Expect => {
  const { metric, comparison, value, valueMax, unit, baseYear, targetYear, qualifier, strive, cumulativeFrom } = s;
  return {
    metric,
    comparison,
    ...(value !== undefined ? { value, unit } : {}),
    targetYear,
    qualifier,
    ...(valueMax !== undefined ? { valueMax } : {}),
    ...(baseYear !== undefined ? { baseYear } : {}),
    ...(strive ? { strive } : {}),
    ...(cumulativeFrom !== undefined ? { cumulativeFrom } : {}),
  };
};
const parse = (s: string, opts?: Parameters<typeof parseTargets>[1]) => parseTargets(s, opts).map(pick);
/** A cut in percent against a base year, as pick() gives it. */
const reduction = (metric: string, value: number, baseYear: number, targetYear: number, qualifier: Expect['qualifier'] = 'exact'): Expect => ({
  metric,
  comparison: 'reduction',
  value,
  unit: '%',
  targetYear,
  qualifier,
  baseYear,
});

describe('parseTargets: English', () => {
  it.each<[string, string, Expect[]]>([
    [
      'reads a reduction against a base year',
      'By 2025, CO₂ emissions per unit of GDP will drop by 18% compared with 2020.',
      [reduction('carbon_intensity', 18, 2020, 2025)],
    ],
    [
      'pairs "A and B … by X and Y, respectively"',
      "By 2025, the province's energy consumption per unit of GDP and CO₂ emissions per unit of GDP will decrease by 14.5% and 18%, respectively, compared with 2020.",
      [reduction('energy_intensity', 14.5, 2020, 2025), reduction('carbon_intensity', 18, 2020, 2025)],
    ],
    [
      'reads "by over 70% compared to 2005"',
      'By 2030, CO₂ emissions per unit of GDP will decrease by over 70% compared to 2005.',
      [reduction('carbon_intensity', 70, 2005, 2030, 'exceed')],
    ],
  ])('%s', (_, sentence, targets) => {
    expect(parse(sentence)).toEqual(targets);
  });

  it('pairs longer lists of pollutants with tonnages', () => {
    const r = parse(
      'By 2025, nitrogen oxides, volatile organic compounds, chemical oxygen demand, and ammonia nitrogen will reduce by 12,000 tons, 4,600 tons, 31,400 tons, and 3,300 tons, respectively.',
    );
    expect(r.map((t) => [t.metric, t.value, t.unit, t.comparison])).toEqual([
      ['nox_reduction', 12000, 't', 'reduction'],
      ['voc_reduction', 4600, 't', 'reduction'],
      ['cod_reduction', 31400, 't', 'reduction'],
      ['ammonia_nitrogen_reduction', 3300, 't', 'reduction'],
    ]);
  });

  it('reads shares, levels and their qualifiers', () => {
    expect(
      parse('By 2025, the proportion of non-fossil energy consumption in the city will reach around 45% and the forest coverage rate will reach 56.5%.'),
    ).toEqual([
      { metric: 'non_fossil_share', comparison: 'share', value: 45, unit: '%', targetYear: 2025, qualifier: 'about' },
      { metric: 'forest_coverage', comparison: 'level', value: 56.5, unit: '%', targetYear: 2025, qualifier: 'exact' },
    ]);
    expect(parse('By 2025, the forest coverage rate will be no less than 31%, and wetland protection will reach 55%.')).toEqual([
      { metric: 'forest_coverage', comparison: 'level', value: 31, unit: '%', targetYear: 2025, qualifier: 'no_less_than' },
      { metric: 'wetland_protection_rate', comparison: 'level', value: 55, unit: '%', targetYear: 2025, qualifier: 'exact' },
    ]);
  });

  it.each([
    ['By 2030, the proportion of new energy and clean energy installed capacity exceeding 60%.', 'clean_energy_capacity_share', 60],
    [
      'By 2025, the proportion of clean energy installed capacity will reach 55%, with electricity generation accounting for over 48% of the total.',
      'clean_energy_generation_share',
      48,
    ],
    ['By 2025, the soil and water conservation rate will exceed 93%.', 'soil_water_conservation_rate', 93],
    [
      'By 2025, the city will build more than five hydrogen energy-related key laboratories, engineering research centers and other innovation carriers.',
      'hydrogen_innovation_carriers',
      5,
    ],
  ])('"exceeding", "over", "exceed", "more than" → exceed: %s', (s, metric, value) => {
    expect(parse(s)).toContainEqual(expect.objectContaining({ metric, value, qualifier: 'exceed', targetYear: s.includes('2030') ? 2030 : 2025 }));
  });

  it('converts million and billion to the canonical unit', () => {
    expect(parse("By 2025, the city's ownership of NEVs will reach 1.3 million.")).toEqual([
      { metric: 'nev_ownership', comparison: 'count', value: 1300000, unit: 'vehicles', targetYear: 2025, qualifier: 'exact' },
    ]);
    expect(parse('By the end of 2025, Inner Mongolia will achieve an annual increase of approximately 10 billion kWh of RE electricity export.')).toEqual([
      { metric: 're_electricity_export', comparison: 'capacity', value: 1e10, unit: 'kWh', targetYear: 2025, qualifier: 'about' },
    ]);
    expect(parse("In 2017, China's total GHG emissions (including LULUCF) amounted to about 11.55 billion tons of CO₂e.")).toEqual([
      { metric: 'ghg_emissions_total', comparison: 'level', value: 11550, unit: 'Mt CO₂e', targetYear: 2017, qualifier: 'about' },
    ]);
    expect(parse('By 2030, the total area of near-zero-energy and zero-carbon buildings will be no less than 10 million m².')).toEqual([
      { metric: 'low_carbon_building_area', comparison: 'capacity', value: 1e7, unit: 'm²', targetYear: 2030, qualifier: 'no_less_than' },
    ]);
  });

  it('gives each number its own year: "50% … by the end of 2025 … rising to 80% by the end of 2028"', () => {
    const r = parse(
      'By the end of 2025, 50% of cement clinker production capacity and large state-owned enterprise groups will complete the ultra-low emissions reform, rising to 80% by the end of 2028.',
    );
    expect(r.map((t) => [t.metric, t.value, t.targetYear])).toEqual([
      ['ule_capacity_share_cement', 50, 2025],
      ['ule_capacity_share_cement', 80, 2028],
    ]);
    expect(
      parse('The soil and water conservation rate will reach 86.77% by 2025 and will rise to 90.67% by 2030.').map((t) => [t.value, t.targetYear]),
    ).toEqual([
      [86.77, 2025],
      [90.67, 2030],
    ]);
  });

  it('assigns numbers to the nearest preceding year across sentences', () => {
    const r = parse(
      'By 2025, around 200 fuel cell vehicles will be promoted and about six hydrogen refueling stations will be deployed. The annual hydrogen supply from RE will reach 100,000 tons, reducing 1 million tons of CO₂ per year. By 2030, around 1000 fuel cell vehicles will be promoted and hydrogen refueling stations will increase to about 15.',
    );
    expect(r.map((t) => [t.metric, t.value, t.unit, t.qualifier, t.targetYear])).toEqual([
      ['fuel_cell_vehicles', 200, 'vehicles', 'about', 2025],
      ['hydrogen_refueling_stations', 6, 'stations', 'about', 2025],
      ['renewable_hydrogen_output', 100000, 't/yr', 'exact', 2025],
      ['co2_abatement_annual', 1000000, 't CO₂/yr', 'exact', 2025],
      ['fuel_cell_vehicles', 1000, 'vehicles', 'about', 2030],
      ['hydrogen_refueling_stations', 15, 'stations', 'about', 2030],
    ]);
  });

  it('reads counts of projects next to their metric', () => {
    const r = parse(
      'By 2025, there will be 50 projects for synergistic control of pollution and carbon reduction and 10 projects for synergistic control of air pollutants and GHG emissions.',
    );
    expect(r.map((t) => [t.metric, t.value])).toEqual([
      ['synergy_projects', 50],
      ['air_ghg_synergy_projects', 10],
    ]);
    expect(
      parse('By 2030, NEV ownership will reach 2 million and the total area of zero-carbon buildings will be no less than 10 million m².').map((t) => [
        t.metric,
        t.value,
      ]),
    ).toEqual([
      ['nev_ownership', 2e6],
      ['low_carbon_building_area', 1e7],
    ]);
  });

  it('reads ranges', () => {
    expect(
      parse(
        "In 2020, China's carbon intensity – CO₂ emissions per unit of GDP – was 48.4% less than that in 2005, outperforming its goal of a 40-45% reduction.",
      ),
    ).toEqual([
      reduction('carbon_intensity', 48.4, 2005, 2020),
      { metric: 'carbon_intensity', comparison: 'reduction', value: 40, valueMax: 45, unit: '%', baseYear: 2005, targetYear: 2020, qualifier: 'exact' },
    ]);
    expect(parse('By 2030, carbon intensity will fall by 65% to 70% compared with 2005.')[0]).toMatchObject({ value: 65, valueMax: 70, baseYear: 2005 });
  });

  it('reads a five-year plan period as a total over its years', () => {
    expect(parse('During the 15th FYP period, additional RE electricity exports are expected to reach 100 billion kWh.')).toEqual([
      { metric: 're_electricity_export', comparison: 'capacity', value: 1e11, unit: 'kWh', targetYear: 2030, cumulativeFrom: 2026, qualifier: 'exact' },
    ]);
    // The annual figure beside it stays annual.
    expect(
      parse('By the end of 2025, Inner Mongolia will achieve an annual increase of approximately 10 billion kWh of RE electricity export.')[0],
    ).not.toHaveProperty('cumulativeFrom');
    // The end of a plan period is a year, not a period.
    expect(parse('By the end of the 14th Five-Year Plan, the forest coverage rate will reach 31%.')).toEqual([
      { metric: 'forest_coverage', comparison: 'level', value: 31, unit: '%', targetYear: 2025, qualifier: 'exact' },
    ]);
  });

  it('uses the surrounding bullet for the year, or defaultYear', () => {
    const bullet =
      "By 2025, there will be 50 projects for synergistic control of pollution and carbon reduction. The city's ownership of NEVs will reach 1.3 million.";
    expect(parse("The city's ownership of NEVs will reach 1.3 million.")).toEqual([]);
    expect(parseTargets("The city's ownership of NEVs will reach 1.3 million.", { context: bullet })).toEqual([
      expect.objectContaining({ metric: 'nev_ownership', value: 1.3e6, targetYear: 2025, sourceText: "The city's ownership of NEVs will reach 1.3 million." }),
    ]);
    expect(parse('The forest coverage rate will reach 56.5%.', { defaultYear: 2025 })).toEqual([
      { metric: 'forest_coverage', comparison: 'level', value: 56.5, unit: '%', targetYear: 2025, qualifier: 'exact' },
    ]);
  });

  it('returns [] for sentences without targets', () => {
    for (const s of [
      '',
      'By 2030, demonstration zones will be built to help realize the goal of carbon peaking.',
      'By 2025, the carbon peaking pathways for districts with different resource endowments will be essentially clear.',
      'By 2030, carbon emissions in the energy sector will peak as planned.',
      'Develop an annual national greenhouse gas inventory.',
      'The First Batch of Pilot Cities and Industrial Zones includes 21 cities and 43 industrial zones.',
      'Hainan Province released Medium- and Long-Term Plan for the Development of Hydrogen Energy Industry in Hainan (2023-2035).',
      'During the 14th FYP period, a preliminary management mechanism will be formed.',
      'This report presents fourteen case studies on CO₂, N₂O and PM2.5 under the 1+N policy system.',
    ])
      expect(parse(s), s).toEqual([]);
  });

  it('explains itself', () => {
    const [t] = parseTargets('By 2025, CO₂ emissions per unit of GDP will drop by 18% compared with 2020.');
    expect(t.sourceText).toBe('By 2025, CO₂ emissions per unit of GDP will drop by 18% compared with 2020.');
    expect(t.sourceLanguage).toBe('en');
    expect(t.evidence).toEqual(expect.arrayContaining(['value: "18%"', 'year: "By 2025"', 'base year: "compared with 2020"']));
    expect(t.evidence.some((e) => e.startsWith('metric: "CO₂ emissions per unit of GDP"'))).toBe(true);
    expect(t.confidence).toBeGreaterThan(0.5);
    expect(t.confidence).toBeLessThanOrEqual(1);
  });
});

describe('parseTargets: Chinese', () => {
  it('reads 到2025年 … 比2020年下降18%', () => {
    expect(parse('到2025年，单位地区生产总值二氧化碳排放比2020年下降18%')).toEqual([reduction('carbon_intensity', 18, 2020, 2025)]);
    expect(parseTargets('到2025年，单位地区生产总值二氧化碳排放比2020年下降18%')[0].sourceLanguage).toBe('zh');
  });

  it('reads 左右 and 不低于', () => {
    expect(parse('非化石能源消费比重达到20%左右', { defaultYear: 2025 })).toEqual([
      { metric: 'non_fossil_share', comparison: 'share', value: 20, unit: '%', targetYear: 2025, qualifier: 'about' },
    ]);
    expect(parse('到2025年，森林覆盖率不低于31%。')).toEqual([
      { metric: 'forest_coverage', comparison: 'level', value: 31, unit: '%', targetYear: 2025, qualifier: 'no_less_than' },
    ]);
    expect(parse('森林覆盖率不低于31%', { defaultYear: 2025, lang: 'zh' })).toHaveLength(1);
  });

  it('reads 分别 lists with an elided shared part, and 以上 as at least', () => {
    expect(
      parse('到2025年，单位地区生产总值能耗和二氧化碳排放分别比2020年下降14.5%、18%。到2030年，单位国内生产总值二氧化碳排放比2005年下降65%以上。'),
    ).toEqual([
      reduction('energy_intensity', 14.5, 2020, 2025),
      reduction('carbon_intensity', 18, 2020, 2025),
      reduction('carbon_intensity', 65, 2005, 2030, 'at_least'),
    ]);
  });

  it('converts 万 and 亿, reads counts with measure words and 十四五', () => {
    expect(
      parse('到2025年，新能源汽车保有量达到130万辆，建成加氢站20座，推广燃料电池汽车约200辆，可再生能源制氢量达到10万吨/年。').map((t) => [
        t.metric,
        t.value,
        t.qualifier,
      ]),
    ).toEqual([
      ['nev_ownership', 1300000, 'exact'],
      ['hydrogen_refueling_stations', 20, 'exact'],
      ['fuel_cell_vehicles', 200, 'about'],
      ['renewable_hydrogen_output', 100000, 'exact'],
    ]);
    expect(parse('2017年，中国温室气体排放总量约为115.5亿吨二氧化碳当量。')).toEqual([
      { metric: 'ghg_emissions_total', comparison: 'level', value: 11550, unit: 'Mt CO₂e', targetYear: 2017, qualifier: 'about' },
    ]);
    expect(parse('“十四五”期间，新能源外送电量达到1000亿千瓦时。')[0]).toMatchObject({ value: 1e11, unit: 'kWh', targetYear: 2025, cumulativeFrom: 2021 });
    expect(parse('到2025年，建成氢能创新载体五个以上。')[0]).toMatchObject({ metric: 'hydrogen_innovation_carriers', value: 5, qualifier: 'at_least' });
  });

  it('reads peak and neutrality years, and returns [] without a target', () => {
    expect(parse('到2030年，碳排放达峰，到2060年实现碳中和。')).toEqual([
      { metric: 'co2_emissions', comparison: 'peak', targetYear: 2030, qualifier: 'exact' },
      { metric: 'co2_emissions', comparison: 'neutrality', targetYear: 2060, qualifier: 'exact' },
    ]);
    expect(parse('“十四五”时期，推动能耗双控逐步转向碳排放双控。')).toEqual([]);
    expect(parse('加快推进碳达峰碳中和工作，制定碳达峰行动方案。')).toEqual([]);
  });
});

/** Sentences from outside the seed newsletter (the national 2030 carbon peaking action plan, city plans). */
describe('parseTargets: held-out sentences', () => {
  it('reads the national action plan in English and Chinese alike', () => {
    const en = parse(
      'By 2025, the share of non-fossil energy consumption will reach around 20 percent, energy consumption per unit of GDP will drop by 13.5 percent from the 2020 level, and carbon dioxide emissions per unit of GDP will drop by 18 percent from the 2020 level.',
    );
    const zh = parse('到2025年，非化石能源消费比重达到20%左右，单位国内生产总值能源消耗比2020年下降13.5%，单位国内生产总值二氧化碳排放比2020年下降18%。');
    expect(en).toEqual([
      { metric: 'non_fossil_share', comparison: 'share', value: 20, unit: '%', targetYear: 2025, qualifier: 'about' },
      reduction('energy_intensity', 13.5, 2020, 2025),
      reduction('carbon_intensity', 18, 2020, 2025),
    ]);
    expect(zh).toEqual(en);
    expect(parse('By 2030, carbon dioxide emissions per unit of GDP will have dropped by 65 percent or more compared with the 2005 level.')).toEqual(
      parse('到2030年，单位国内生产总值二氧化碳排放比2005年下降65%以上。'),
    );
  });

  it('reads 突破 and 以上, strive only where it is said, and suggests a restated target once', () => {
    expect(parse('到2025年，全市新能源汽车保有量力争突破100万辆，建成加氢站30座以上。').map((t) => [t.metric, t.value, t.qualifier, !!t.strive])).toEqual([
      ['nev_ownership', 1e6, 'exceed', true],
      ['hydrogen_refueling_stations', 30, 'at_least', false],
    ]);
    expect(parse('By 2025, NEV ownership will exceed 300,000, that is, NEV ownership exceeding 300 thousand.')).toHaveLength(1);
  });

  it('skips quantities with no metric in the vocabulary', () => {
    expect(parse('到2030年，森林覆盖率达到25%左右，森林面积达到190亿亩。').map((t) => t.metric)).toEqual(['forest_coverage']);
  });
});

describe('suggestionToTarget', () => {
  it('gives a valid TargetInput', async () => {
    const { TargetSchema } = await import('../schemas/target');
    const { suggestionToTarget } = await import('./index');
    const [s] = parseTargets('By 2025, the forest coverage rate will be no less than 31%.');
    const t = suggestionToTarget(s);
    expect(t).not.toHaveProperty('evidence');
    expect(TargetSchema.parse(t)).toMatchObject({ metric: 'forest_coverage', value: 31, qualifier: 'no_less_than', sourceLanguage: 'en' });
  });
});
