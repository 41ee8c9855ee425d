import type { Term } from './types';

/** Small closed vocabularies. Their codes are part of the public API and never change. */
export const ENTRY_KINDS = [
  { code: 'policy', en: 'Policy', zh: '政策' },
  { code: 'action', en: 'Action', zh: '行动' },
  { code: 'report', en: 'Report', zh: '报告' },
] as const satisfies readonly Term[];

/** Administrative level of the jurisdiction an entry applies to. */
export const LEVELS = [
  { code: 'national', en: 'National', zh: '国家' },
  { code: 'provincial', en: 'Provincial', zh: '省级' },
  { code: 'city', en: 'Prefectural city', zh: '地市级' },
  { code: 'county', en: 'County / district', zh: '区县级' },
  { code: 'zone', en: 'Industrial zone or pilot area', zh: '园区或试点区域' },
] as const satisfies readonly Term[];

export const POLICY_STATUSES = [
  { code: 'in_force', en: 'In force', zh: '现行有效' },
  { code: 'draft_for_comment', en: 'Draft for comment', zh: '征求意见稿' },
  { code: 'superseded', en: 'Superseded', zh: '已被替代' },
  { code: 'expired', en: 'Expired', zh: '已失效' },
] as const satisfies readonly Term[];

export const GHGS = [
  {
    code: 'co2',
    en: 'Carbon dioxide (CO₂)',
    zh: '二氧化碳',
    keywords: [
      'CO₂',
      'CO2',
      'carbon dioxide',
      'carbon emissions',
      'carbon emission',
      'carbon intensity',
      'carbon peaking',
      'carbon peak',
      'carbon reduction',
      '二氧化碳',
      '碳排放',
      '碳达峰',
      '碳减排',
    ],
  },
  { code: 'ch4', en: 'Methane (CH₄)', zh: '甲烷', keywords: ['methane', 'CH₄', 'CH4', '甲烷'] },
  { code: 'n2o', en: 'Nitrous oxide (N₂O)', zh: '氧化亚氮', keywords: ['nitrous oxide', 'N₂O', 'N2O', '氧化亚氮'] },
  { code: 'fgases', en: 'Fluorinated gases', zh: '含氟气体', keywords: ['F-gases', 'HFCs', 'fluorinated', '含氟气体'] },
  { code: 'all_ghg', en: 'All greenhouse gases', zh: '全部温室气体', keywords: ['greenhouse gas', 'GHG', 'GHGs', '温室气体'] },
] as const satisfies readonly Term[];

export const TARGET_COMPARISONS = [
  { code: 'reduction', en: 'Reduction versus base year', zh: '较基准年下降' },
  { code: 'level', en: 'Level', zh: '水平' },
  { code: 'share', en: 'Share', zh: '比重' },
  { code: 'count', en: 'Count', zh: '数量' },
  { code: 'capacity', en: 'Capacity or volume', zh: '规模' },
  { code: 'peak', en: 'Emissions peak', zh: '达峰' },
  { code: 'neutrality', en: 'Carbon neutrality', zh: '碳中和' },
  { code: 'assigned', en: 'As assigned', zh: '完成下达指标' },
] as const satisfies readonly Term[];

/** Comparisons that state a quantity: a target of these kinds has a value and a unit. */
export const QUANTITY_COMPARISONS = ['reduction', 'level', 'share', 'count', 'capacity'] as const;
/** A year by (or before) which emissions peak or reach neutrality: no value. */
export const MILESTONE_COMPARISONS = ['peak', 'neutrality'] as const;
/** Comparisons without a value: milestones, and "complete the target assigned by the state/province". */
export const VALUELESS_COMPARISONS = [...MILESTONE_COMPARISONS, 'assigned'] as const;

export const isQuantityComparison = (c: string): boolean => (QUANTITY_COMPARISONS as readonly string[]).includes(c);
export const isMilestoneComparison = (c: string): boolean => (MILESTONE_COMPARISONS as readonly string[]).includes(c);

export const TARGET_QUALIFIERS = [
  { code: 'exact', en: '', zh: '' },
  { code: 'about', en: 'about', zh: '左右' },
  { code: 'at_least', en: 'at least', zh: '至少' },
  { code: 'no_less_than', en: 'no less than', zh: '不低于' },
  { code: 'exceed', en: 'more than', zh: '超过' },
  { code: 'at_most', en: 'at most', zh: '不超过' },
  /** Only for peak and neutrality: "2030年前" / "before 2030". */
  { code: 'before', en: 'before', zh: '前' },
] as const satisfies readonly Term[];

/** 力争 / "strive to": a target the document aims for rather than commits to (TargetSchema.strive). */
export const TARGET_STRIVE = {
  code: 'strive',
  en: 'strive to',
  zh: '力争',
  keywords: ['strive to', 'strive for', 'endeavour to', 'endeavor to', '力争', '争取'],
} as const satisfies Term;

export const RELATION_TYPES = [
  { code: 'implements', en: 'Implements', zh: '落实' },
  { code: 'supersedes', en: 'Supersedes', zh: '替代' },
  { code: 'related', en: 'Related', zh: '相关' },
] as const satisfies readonly Term[];

export const LANGUAGES = [
  { code: 'en', en: 'English', zh: '英文' },
  { code: 'zh', en: 'Chinese', zh: '中文' },
] as const satisfies readonly Term[];

/** Issuing bodies seen in the seed and common at national level; admins add more. */
export const ISSUING_BODIES = [
  { code: 'cpc_central_committee', en: 'Central Committee of the CPC', zh: '中共中央' },
  { code: 'state_council', en: 'State Council', zh: '国务院' },
  { code: 'mee', en: 'Ministry of Ecology and Environment', zh: '生态环境部' },
  { code: 'ndrc', en: 'National Development and Reform Commission', zh: '国家发展和改革委员会' },
  { code: 'miit', en: 'Ministry of Industry and Information Technology', zh: '工业和信息化部' },
  { code: 'mof', en: 'Ministry of Finance', zh: '财政部' },
  { code: 'nea', en: 'National Energy Administration', zh: '国家能源局' },
  { code: 'mot', en: 'Ministry of Transport', zh: '交通运输部' },
  { code: 'mohurd', en: 'Ministry of Housing and Urban-Rural Development', zh: '住房和城乡建设部' },
  { code: 'moa', en: 'Ministry of Agriculture and Rural Affairs', zh: '农业农村部' },
  { code: 'pboc', en: "People's Bank of China", zh: '中国人民银行' },
  { code: 'provincial_party_committee', en: 'Provincial CPC committee', zh: '中共省委（自治区、直辖市党委）' },
  { code: 'state_council_general_office', en: 'General Office of the State Council', zh: '国务院办公厅' },
  { code: 'most', en: 'Ministry of Science and Technology', zh: '科学技术部' },
  { code: 'nbs', en: 'National Bureau of Statistics', zh: '国家统计局' },
  { code: 'samr', en: 'State Administration for Market Regulation', zh: '国家市场监督管理总局' },
  { code: 'mnr', en: 'Ministry of Natural Resources', zh: '自然资源部' },
  { code: 'mofcom', en: 'Ministry of Commerce', zh: '商务部' },
  { code: 'cma', en: 'China Meteorological Administration', zh: '中国气象局' },
  { code: 'nfga', en: 'National Forestry and Grassland Administration', zh: '国家林业和草原局' },
  { code: 'cac', en: 'Cyberspace Administration of China', zh: '中央网络安全和信息化委员会办公室' },
  { code: 'nra', en: 'National Railway Administration', zh: '国家铁路局' },
  { code: 'caac', en: 'Civil Aviation Administration of China', zh: '中国民用航空局' },
  { code: 'spb', en: 'State Post Bureau', zh: '国家邮政局' },
  { code: 'ngoa', en: 'National Government Offices Administration', zh: '国家机关事务管理局' },
  { code: 'cpc_central_organs_admin', en: 'Administration of Organs Directly under the CPC Central Committee', zh: '中共中央直属机关事务管理局' },
  { code: 'provincial_government', en: 'Provincial people’s government', zh: '省级人民政府' },
  { code: 'provincial_dept', en: 'Provincial government department', zh: '省级政府部门' },
  { code: 'municipal_government', en: 'Municipal people’s government', zh: '市人民政府' },
  { code: 'municipal_dept', en: 'Municipal government department', zh: '市级政府部门' },
  { code: 'igdp', en: 'Institute for Global Decarbonization Progress', zh: '北京绿色伙伴咨询有限公司（iGDP）' },
  { code: 'wri', en: 'World Resources Institute', zh: '世界资源研究所' },
  { code: 'nrdc', en: 'Natural Resources Defense Council', zh: '自然资源保护协会' },
  { code: 'edf', en: 'Environmental Defense Fund', zh: '美国环保协会' },
] as const satisfies readonly Term[];
