import { LEVELS } from '@dualcarbon/domain';
import type { Lang } from '@/i18n';

/**
 * The domain writes its validation messages in English (the API answers with the same ones). The
 * Chinese interface shows them translated where the message is known, and as sent otherwise.
 */
const EXACT: Record<string, string> = {
  'Choose policy, action or report': '请选择政策、行动或报告',
  'Choose a level: national, provincial, city, county or zone': '请选择级别：国家、省级、地市级、区县级或园区',
  'Choose a status': '请选择状态',
  'Unknown greenhouse gas': '未知的温室气体',
  'Choose how the target is compared': '请选择目标的比较方式',
  'Unknown qualifier': '未知的限定词',
  'Choose implements, supersedes or related': '请选择落实、替代或相关',
  'Language is en or zh': '语言须为 en 或 zh',
  'Expected a code': '请选择一项',
  'Codes are lower-case letters, digits and underscores, dot-separated': '代码由小写字母、数字和下划线组成，以点分隔',
  'Expected a region code': '请选择地区',
  'Region codes are CN, a six-digit GB/T 2260 code, or a zone code such as 120100-binhai': '地区代码应为 CN、六位 GB/T 2260 代码或园区代码（如 120100-binhai）',
  'Expected a slug': '请输入网址标识',
  'Slug must be at least 3 characters': '网址标识至少 3 个字符',
  'Slug must be at most 120 characters': '网址标识最多 120 个字符',
  'Slug may contain lower-case letters, digits and single hyphens': '网址标识只能包含小写字母、数字和单个连字符',
  'Expected a date': '请输入日期',
  'Dates are written YYYY-MM-DD': '日期格式为 YYYY-MM-DD',
  'Not a real calendar date': '不是有效的日期',
  'Expected a year': '请输入年份',
  'Year must be a whole number': '年份须为整数',
  'Year must be 1950 or later': '年份不能早于 1950 年',
  'Year must be 2100 or earlier': '年份不能晚于 2100 年',
  'Expected a URL': '请输入网址',
  'URL is too long': '网址过长',
  'Sources must be http(s) URLs': '来源须为 http(s) 网址',
  'Give a title in English or Chinese': '请填写英文或中文标题',
  'At most 50 key points': '最多 50 个要点',
  'Expected a number': '请输入数字',
  'Expected a finite number': '请输入有效数字',
  'Expected a unit': '请输入单位',
  'Unit is required': '请输入单位',
  'Name the source': '请填写来源名称',
  'A percentage is between 0 and 100': '百分比须在 0 到 100 之间',
  'Name who published the report': '请填写报告的发布机构',
  'An entry cannot relate to itself': '条目不能与自身关联',
  'Say what should change': '请说明需要修改的内容',
  'Give the web address, or attach the document as a file': '请填写网址，或附加文件',
  'Expected the id of an uploaded file': '应为上传文件的编号',
  'No such file among this entry’s files or your uploads': '本条目的文件和你上传的文件中都没有此文件',
  'The upload has expired: upload the document again': '上传的文件已过期，请重新上传',
  'The upload has expired or was taken by another entry: upload the document again': '上传的文件已过期或已归入其他条目，请重新上传',
};

const WHAT: Record<string, string> = { sector: '领域', theme: '主题', 'issuing body': '发布机构', 'instrument type': '文件类型', metric: '指标' };
const levelZh = (en: string) => LEVELS.find((l) => l.en.toLowerCase() === en.trim())?.zh ?? en;

const PATTERNS: Array<[RegExp, (...m: string[]) => string]> = [
  [/^At most (\d+) characters$/, (n) => `最多 ${n} 个字符`],
  [/^Same metric, year and place as target (\d+): keep one of them$/, (n) => `与目标 ${n} 的指标、年份和地区相同：请只保留一个`],
  [/^Unknown region code "(.+)"$/, (c) => `未知的地区代码“${c}”`],
  [/^"(.+)" is listed twice$/, (c) => `“${c}”重复列出`],
  [/^Unknown (sector|theme|issuing body|instrument type|metric) "(.+)"$/, (w, c) => `未知的${WHAT[w] ?? w}“${c}”`],
  [
    /^(.+) is (?:the country|a province|a city|a zone): the level should be (.+), not (.+)$/,
    (place, fits, got) => `${place} 的级别应为${fits.split(' or ').map(levelZh).join('或')}，而不是${levelZh(got)}`,
  ],
  [
    /^(Expiry|Effective) date must not be before the (issue|effective) date \((.+)\)$/,
    (a, b, d) => `${a === 'Expiry' ? '失效' : '生效'}日期不能早于${b === 'issue' ? '发布' : '生效'}日期（${d}）`,
  ],
  [/^Record (\S+) in (.+) \(convert the value\), not (.+)$/, (_m, unit, got) => `该指标应以 ${unit} 记录（请换算数值），而不是 ${got}`],
  [/^(.+) is not within (.+)$/, (a, b) => `${a} 不在 ${b} 范围内`],
  [/^Target year must be after the base year \((\d+)\)$/, (y) => `目标年份须晚于基准年（${y}）`],
  [/^Year must be after the base year \((\d+)\)$/, (y) => `年份须晚于基准年（${y}）`],
  [/^Upper bound must be at least the value \((.+)\)$/, (v) => `上限不能小于数值（${v}）`],
  [/^Another entry already uses the slug "(.+)"$/, (s) => `另一条目已使用网址标识“${s}”`],
  [/^Same source as number (\d+)$/, (n) => `与第 ${n} 个来源相同`],
  [/^Same file as source number (\d+)$/, (n) => `与第 ${n} 个来源的文件相同`],
  [/^Already (\w+) "(.+)"$/, (_t, s) => `已存在与“${s}”的相同关联`],
  [/^Invalid input/, () => '输入无效'],
];

export function localizeIssue(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  if (EXACT[message]) return EXACT[message];
  for (const [re, fn] of PATTERNS) {
    const m = re.exec(message);
    if (m) return fn(...m.slice(1));
  }
  return message;
}
