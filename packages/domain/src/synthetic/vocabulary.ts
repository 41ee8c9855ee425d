import type { InstrumentCode } from '../taxonomies/instruments';
import type { MetricCode } from '../taxonomies/metrics';
import type { SectorCode } from '../taxonomies/sectors';
import type { ThemeCode } from '../taxonomies/themes';

/** Policy topics as they appear in real titles, with the classification they imply. */
export interface Topic {
  en: string;
  zh: string;
  sectors: SectorCode[];
  themes: ThemeCode[];
  metrics: MetricCode[];
}

export const TOPICS: readonly Topic[] = [
  {
    en: 'Carbon Peaking',
    zh: '碳达峰',
    sectors: ['cross_cutting'],
    themes: ['one_plus_n'],
    metrics: ['carbon_intensity', 'energy_intensity', 'non_fossil_share', 'forest_coverage'],
  },
  {
    en: 'the Synergistic Reduction of Pollution and Carbon Emissions',
    zh: '减污降碳协同增效',
    sectors: ['environment'],
    themes: ['pollution_carbon_synergy'],
    metrics: ['carbon_intensity', 'synergy_projects', 'nox_reduction', 'voc_reduction'],
  },
  {
    en: 'the Development of the Hydrogen Energy Industry',
    zh: '氢能产业发展',
    sectors: ['energy.hydrogen'],
    themes: ['hydrogen'],
    metrics: ['fuel_cell_vehicles', 'hydrogen_refueling_stations', 'renewable_hydrogen_output'],
  },
  {
    en: 'Carbon Peaking in the Industrial Sector',
    zh: '工业领域碳达峰',
    sectors: ['industry'],
    themes: ['one_plus_n', 'industrial_decarbonisation'],
    metrics: ['energy_intensity', 'carbon_intensity'],
  },
  {
    en: 'Ultra-low Emissions in the Iron and Steel Industry',
    zh: '钢铁行业超低排放改造',
    sectors: ['industry.steel'],
    themes: ['ultra_low_emissions'],
    metrics: [],
  },
  {
    en: 'Ultra-low Emissions in the Cement Industry',
    zh: '水泥行业超低排放改造',
    sectors: ['industry.cement'],
    themes: ['ultra_low_emissions'],
    metrics: ['ule_capacity_share_cement'],
  },
  {
    en: 'Green and Low-Carbon Development of Urban and Rural Construction',
    zh: '城乡建设绿色低碳发展',
    sectors: ['buildings'],
    themes: ['one_plus_n'],
    metrics: ['low_carbon_building_area'],
  },
  { en: 'the Promotion of New Energy Vehicles', zh: '新能源汽车推广应用', sectors: ['transport.nev'], themes: [], metrics: ['nev_ownership'] },
  { en: 'Green and Low-Carbon Transport', zh: '绿色低碳交通', sectors: ['transport'], themes: ['one_plus_n'], metrics: ['nev_ownership'] },
  {
    en: 'Climate Change Adaptation',
    zh: '适应气候变化',
    sectors: ['adaptation'],
    themes: ['adaptation'],
    metrics: ['forest_coverage', 'wetland_protection_rate', 'soil_water_conservation_rate', 'natural_coastline_retention'],
  },
  {
    en: 'Financial Support for Carbon Peaking and Carbon Neutrality',
    zh: '金融支持碳达峰碳中和',
    sectors: ['finance'],
    themes: ['green_finance', 'carbon_neutrality'],
    metrics: [],
  },
  {
    en: 'Renewable Energy Development',
    zh: '可再生能源发展',
    sectors: ['energy.renewables'],
    themes: ['renewable_consumption'],
    metrics: ['clean_energy_capacity_share', 'clean_energy_generation_share', 'non_fossil_share'],
  },
  {
    en: 'Promoting New Energy Consumption',
    zh: '促进新能源消纳',
    sectors: ['energy.renewables', 'energy.power'],
    themes: ['renewable_consumption'],
    metrics: ['re_electricity_export', 'clean_energy_capacity_share'],
  },
  { en: 'Methane Emission Control', zh: '甲烷排放控制', sectors: ['energy.fossil', 'agriculture', 'waste'], themes: ['methane_non_co2'], metrics: [] },
  { en: 'Carbon Emissions Trading', zh: '碳排放权交易', sectors: ['carbon_markets'], themes: ['carbon_market'], metrics: [] },
  {
    en: 'the Transition from Dual Control of Energy Consumption to Dual Control of Carbon Emissions',
    zh: '能耗双控向碳排放双控转变',
    sectors: ['cross_cutting'],
    themes: ['carbon_dual_control'],
    metrics: ['carbon_intensity'],
  },
  {
    en: 'Emission Reduction and Carbon Sequestration in Agriculture and Rural Areas',
    zh: '农业农村减排固碳',
    sectors: ['agriculture'],
    themes: ['sustainable_food'],
    metrics: [],
  },
  { en: 'Circular Economy Development', zh: '循环经济发展', sectors: ['waste'], themes: [], metrics: [] },
  {
    en: 'Consolidating and Enhancing Forest Carbon Sinks',
    zh: '巩固提升林业碳汇',
    sectors: ['forestry'],
    themes: ['carbon_neutrality'],
    metrics: ['forest_coverage'],
  },
  {
    en: 'Energy Conservation and Carbon Reduction in the Power Sector',
    zh: '电力行业节能降碳',
    sectors: ['energy.power'],
    themes: ['one_plus_n'],
    metrics: ['clean_energy_generation_share', 'electricity_share_final_energy'],
  },
  {
    en: 'Building a Beautiful China',
    zh: '美丽中国建设',
    sectors: ['environment', 'cross_cutting'],
    themes: ['ecological_civilization'],
    metrics: ['forest_coverage'],
  },
];

/** How often each instrument type occurs, roughly as in provincial policy databases. */
export const INSTRUMENT_WEIGHTS: readonly (readonly [InstrumentCode, number])[] = [
  ['implementation_plan', 26],
  ['action_plan', 14],
  ['work_plan', 10],
  ['plan', 14],
  ['opinions', 10],
  ['notice', 12],
  ['guidelines', 5],
  ['regulation', 3],
  ['standard', 2],
  ['fiscal_financial', 2],
  ['pilot_list', 2],
];

/** Plausible target values by metric: [min, max, decimals, comparison base year or undefined]. */
export const METRIC_RANGES: Partial<Record<MetricCode, readonly [number, number, number, number?]>> = {
  carbon_intensity: [13, 22, 1, 2020],
  energy_intensity: [12, 16, 1, 2020],
  non_fossil_share: [12, 45, 0],
  forest_coverage: [8, 68, 1],
  clean_energy_capacity_share: [30, 70, 0],
  clean_energy_generation_share: [25, 60, 0],
  electricity_share_final_energy: [20, 35, 0],
  wetland_protection_rate: [40, 70, 0],
  soil_water_conservation_rate: [70, 95, 1],
  natural_coastline_retention: [30, 45, 0],
  nev_ownership: [50_000, 3_000_000, -4],
  fuel_cell_vehicles: [100, 10_000, -2],
  hydrogen_refueling_stations: [3, 100, 0],
  renewable_hydrogen_output: [10_000, 500_000, -4],
  synergy_projects: [10, 300, 0],
  nox_reduction: [1_000, 50_000, -2],
  voc_reduction: [1_000, 30_000, -2],
  ule_capacity_share_cement: [40, 90, 0],
  low_carbon_building_area: [100_000, 20_000_000, -5],
  re_electricity_export: [1e9, 1e11, -9],
};

/** Provinces' one-character abbreviations (简称) as document numbers use them: 粤府〔2022〕56号. */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  '110000': '京',
  '120000': '津',
  '130000': '冀',
  '140000': '晋',
  '150000': '内蒙古',
  '210000': '辽',
  '220000': '吉',
  '230000': '黑',
  '310000': '沪',
  '320000': '苏',
  '330000': '浙',
  '340000': '皖',
  '350000': '闽',
  '360000': '赣',
  '370000': '鲁',
  '410000': '豫',
  '420000': '鄂',
  '430000': '湘',
  '440000': '粤',
  '450000': '桂',
  '460000': '琼',
  '500000': '渝',
  '510000': '川',
  '520000': '黔',
  '530000': '云',
  '540000': '藏',
  '610000': '陕',
  '620000': '甘',
  '630000': '青',
  '640000': '宁',
  '650000': '新',
};
