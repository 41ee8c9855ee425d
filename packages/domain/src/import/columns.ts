import { TargetSchema } from '../schemas/target';

/** A column of the CSV import, with the help the CMS shows and the templates carry. */
export interface ImportColumn {
  name: string;
  required?: boolean;
  en: string;
  zh: string;
  example: string;
}

/**
 * The CSV import's columns, one entry per row; lists are separated by ";". Names are accepted for
 * codes (see createNameResolver). A row with only target_… cells (slug empty or the same) adds a
 * target to the entry above it, so a plan with four targets takes four rows.
 */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    name: 'slug',
    required: true,
    en: 'Address of the entry: lower-case words joined by hyphens',
    zh: '条目地址：小写英文单词以连字符连接',
    example: 'shandong-carbon-peaking-plan',
  },
  { name: 'kind', required: true, en: 'policy, action or report (or Policy / 政策 …)', zh: 'policy、action 或 report（也可写“政策”等）', example: 'policy' },
  { name: 'title_en', en: 'English title', zh: '英文标题', example: 'Shandong Province Carbon Peaking Implementation Plan' },
  { name: 'title_zh', en: 'Chinese title', zh: '中文标题', example: '山东省碳达峰实施方案' },
  { name: 'summary_en', en: 'English summary', zh: '英文摘要', example: 'Shandong will peak carbon emissions before 2030.' },
  { name: 'summary_zh', en: 'Chinese summary', zh: '中文摘要', example: '山东省力争2030年前实现碳达峰。' },
  {
    name: 'jurisdiction',
    required: true,
    en: 'Place: a code (370000) or a name (Shandong, 山东, 山东省)',
    zh: '地区：代码（370000）或名称（Shandong、山东、山东省）',
    example: 'Shandong',
  },
  {
    name: 'level',
    required: true,
    en: 'national, provincial, city, county, zone (or 省级 …)',
    zh: 'national、provincial、city、county、zone（也可写“省级”等）',
    example: 'provincial',
  },
  { name: 'status', en: 'in_force, draft_for_comment, superseded, expired', zh: '现行有效等', example: 'in_force' },
  { name: 'issued_on', en: 'Date issued, YYYY-MM-DD', zh: '发布日期，YYYY-MM-DD', example: '2022-12-18' },
  { name: 'effective_on', en: 'Date in force, YYYY-MM-DD', zh: '生效日期', example: '' },
  { name: 'expires_on', en: 'Date it expires, YYYY-MM-DD', zh: '失效日期', example: '' },
  { name: 'publisher', en: 'Who published it, as printed', zh: '发布机构（原文）', example: '山东省人民政府' },
  { name: 'issuing_bodies', en: 'Issuing bodies: codes or names, ";"-separated', zh: '发文机关：代码或名称，以“;”分隔', example: 'provincial_government' },
  {
    name: 'sectors',
    en: 'Sectors: codes or names (Buildings and construction, 建筑), ";"-separated',
    zh: '领域：代码或名称，以“;”分隔',
    example: 'energy; buildings',
  },
  { name: 'instrument_type', en: 'Document type: code or name', zh: '文件类型：代码或名称', example: 'action_plan' },
  { name: 'themes', en: 'Themes: codes or names, ";"-separated', zh: '主题：代码或名称，以“;”分隔', example: '' },
  { name: 'ghgs', en: 'Gases: co2, ch4, n2o, fgases, all_ghg', zh: '气体：co2、ch4、n2o、fgases、all_ghg', example: 'co2' },
  { name: 'source_urls', en: 'Links to the document, ";"-separated', zh: '原文链接，以“;”分隔', example: 'https://fgw.shandong.gov.cn/plan.html' },
  { name: 'key_points_en', en: 'Key points in English, ";"-separated', zh: '英文要点，以“;”分隔', example: '' },
  { name: 'key_points_zh', en: 'Key points in Chinese, ";"-separated', zh: '中文要点，以“;”分隔', example: '' },
  { name: 'document_number', en: 'Document number (文号) as printed', zh: '文号（原文）', example: '鲁政发〔2022〕19号' },
  { name: 'period_from', en: 'First year the document covers', zh: '文件适用期起始年', example: '2021' },
  { name: 'period_to', en: 'Last year the document covers', zh: '文件适用期截止年', example: '2030' },
  { name: 'relations', en: 'Related entries: type:slug (implements, supersedes, related), ";"-separated', zh: '相关条目：类型:slug，以“;”分隔', example: '' },
];

/** target_<field> for every field of a target; "target_year" is the target year. */
const TARGET_FIELDS = Object.keys(TargetSchema.shape);
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const TARGET_COLUMNS: readonly string[] = TARGET_FIELDS.map((f) => (f === 'targetYear' ? 'target_year' : `target_${snake(f)}`));

/** The target field a target_… column fills, or undefined. */
export function targetColumnField(column: string): string | undefined {
  const i = TARGET_COLUMNS.indexOf(column);
  return i < 0 ? undefined : TARGET_FIELDS[i];
}
