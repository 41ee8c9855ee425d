import type { Term } from './types';

export const THEMES = [
  { code: 'carbon_dual_control', en: 'Dual control of carbon emissions', zh: '碳排放双控', keywords: ['dual control', 'dual-control', '双控'] },
  {
    code: 'pollution_carbon_synergy',
    en: 'Pollution–carbon synergy',
    zh: '减污降碳协同增效',
    keywords: [
      'synergistic',
      'synergistic reduction',
      'pollution and carbon',
      'pollutant and carbon',
      'pollutants and carbon',
      'pollution reduction and carbon reduction',
      'collaborative innovation in pollution and carbon',
      '减污降碳',
      '协同增效',
      '协同',
    ],
  },
  { code: 'one_plus_n', en: '1+N policy system', zh: '“1+N”政策体系', keywords: ['1+N', 'carbon peaking', 'carbon peak', 'peaking', '碳达峰', '达峰'] },
  { code: 'carbon_neutrality', en: 'Carbon neutrality', zh: '碳中和', keywords: ['carbon neutrality', 'carbon-neutrality', 'dual-carbon', '碳中和', '双碳'] },
  { code: 'adaptation', en: 'Adaptation', zh: '适应气候变化', keywords: ['adaptation', 'climate-adaptive', '适应气候变化'] },
  { code: 'hydrogen', en: 'Hydrogen', zh: '氢能', keywords: ['hydrogen', '氢能', '氢'] },
  {
    code: 'methane_non_co2',
    en: 'Methane and non-CO₂ gases',
    zh: '甲烷及非二氧化碳温室气体',
    keywords: ['methane', 'non-CO₂', 'non-CO2', 'non-carbon dioxide', 'nitrous oxide', 'N₂O', '甲烷', '非二氧化碳', '氧化亚氮'],
  },
  { code: 'carbon_market', en: 'Carbon market', zh: '碳市场', keywords: ['carbon market', 'CCER', 'emissions trading', '碳市场', '碳交易'] },
  {
    code: 'green_finance',
    en: 'Green and transition finance',
    zh: '绿色与转型金融',
    keywords: ['finance', 'financial', 'transition finance', '金融', '转型金融', '绿色金融'],
  },
  { code: 'ultra_low_emissions', en: 'Ultra-low emissions', zh: '超低排放', keywords: ['ultra-low emission', 'ultra-low emissions', '超低排放'] },
  {
    code: 'renewable_consumption',
    en: 'Renewable energy deployment and consumption',
    zh: '可再生能源开发与消纳',
    keywords: ['new energy consumption', 'RE electricity', 'renewable', 'clean energy', '新能源消纳', '可再生能源', '清洁能源'],
  },
  {
    code: 'ghg_inventory',
    en: 'GHG inventory and statistics',
    zh: '温室气体清单与统计',
    keywords: ['inventory', 'greenhouse gas inventory', 'national communication', '清单', '国家信息通报'],
  },
  {
    code: 'ecological_civilization',
    en: 'Ecological civilisation / Beautiful China',
    zh: '生态文明与美丽中国',
    keywords: ['Beautiful China', 'ecological civilization', 'harmonious coexistence', '美丽中国', '生态文明'],
  },
  { code: 'low_carbon_pilots', en: 'Low-carbon pilots and demonstrations', zh: '低碳试点示范', keywords: ['pilot', 'demonstration', '试点', '示范'] },
  {
    code: 'industrial_decarbonisation',
    en: 'Industrial decarbonisation',
    zh: '工业脱碳',
    keywords: ['industrial growth', 'key industries', 'steel', 'cement', 'coking', '工业', '重点行业'],
  },
  {
    code: 'sustainable_food',
    en: 'Sustainable agri-food systems',
    zh: '可持续农业食品系统',
    keywords: ['agri-food', 'food system', 'fertilizer', '农业食品系统', '化肥'],
  },
] as const satisfies readonly Term[];

export type ThemeCode = (typeof THEMES)[number]['code'];
