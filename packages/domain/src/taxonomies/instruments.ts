import type { Term } from './types';

/** Instrument (document) types. Order is most-specific first so classification prefers "implementation plan" over "plan". */
export const INSTRUMENT_TYPES = [
  { code: 'law', en: 'Law', zh: '法律', keywords: ['law', '法律'] },
  { code: 'regulation', en: 'Regulation', zh: '法规规章', keywords: ['regulation', 'regulations', 'measures for the administration', '条例', '办法', '规定'] },
  { code: 'opinions', en: 'Opinions', zh: '意见', keywords: ['opinions', 'implementation opinions', 'guiding opinions', '意见', '实施意见', '指导意见'] },
  { code: 'implementation_plan', en: 'Implementation plan', zh: '实施方案', keywords: ['implementation plan', 'implementation plans', '实施方案'] },
  { code: 'action_plan', en: 'Action plan', zh: '行动方案', keywords: ['action plan', 'action plans', '行动方案', '行动计划'] },
  { code: 'work_plan', en: 'Work plan', zh: '工作方案', keywords: ['work plan', '工作方案'] },
  {
    code: 'plan',
    en: 'Plan',
    zh: '规划',
    keywords: ['plan', 'medium- and long-term plan', 'five-year plan', 'construction plan', 'adaptation plan', 'peaking plan', '规划', '方案'],
  },
  { code: 'notice', en: 'Notice', zh: '通知', keywords: ['notice', 'circular', '通知'] },
  { code: 'guidelines', en: 'Guidelines', zh: '指南', keywords: ['guidelines', 'guideline', 'guide', 'guidance', '指南', '指引'] },
  { code: 'standard', en: 'Standard', zh: '标准', keywords: ['standard', 'standards', '标准'] },
  { code: 'pilot_list', en: 'Pilot list', zh: '试点名单', keywords: ['pilot cities', 'first batch', 'pilot list', '试点名单', '第一批', '试点城市'] },
  {
    code: 'fiscal_financial',
    en: 'Fiscal or financial measure',
    zh: '财政金融措施',
    keywords: ['financial support', 'subsidy', 'fiscal', '财政', '补贴', '金融支持'],
  },
  {
    code: 'statistical_report',
    en: 'Official statistics or report',
    zh: '官方统计与报告',
    keywords: [
      'national communication',
      'national information communication',
      'communication on climate change',
      'biennial update report',
      'greenhouse gas inventory',
      'inventory',
      'statistical bulletin',
      '国家信息通报',
      '两年更新报告',
      '温室气体清单',
      '清单',
      '统计公报',
    ],
  },
  {
    code: 'research_report',
    en: 'Research report',
    zh: '研究报告',
    keywords: ['report', 'policy brief', 'fact sheet', 'technical note', 'case studies', 'research on', 'working paper', 'white paper', '报告', '研究'],
  },
] as const satisfies readonly Term[];

export type InstrumentCode = (typeof INSTRUMENT_TYPES)[number]['code'];
