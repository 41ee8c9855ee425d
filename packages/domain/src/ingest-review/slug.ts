/**
 * A slug proposed for a new entry: from its English title when it has one ("Hubei 2030 Peaking Plan" →
 * "hubei-2030-peaking-plan"), else from its Chinese title read through a glossary of the words policy titles
 * are made of, after the place's English name ("广东省碳达峰实施方案" → "guangdong-carbon-peaking-implementation-plan").
 * The editor may change it; the API says when it is taken.
 */
import { regionByCode } from '../regions/lookup';

const MAX = 80;

/** Title words, longest first where one contains another. */
const GLOSSARY: ReadonlyArray<readonly [string, string]> = [
  ['碳达峰碳中和', 'carbon-peaking-neutrality'],
  ['减污降碳协同增效', 'pollution-carbon-synergy'],
  ['二氧化碳排放达峰', 'carbon-peaking'],
  ['碳达峰', 'carbon-peaking'],
  ['碳中和', 'carbon-neutrality'],
  ['实施方案', 'implementation-plan'],
  ['行动方案', 'action-plan'],
  ['工作方案', 'work-plan'],
  ['行动计划', 'action-plan'],
  ['实施意见', 'implementation-opinions'],
  ['指导意见', 'guiding-opinions'],
  ['若干措施', 'measures'],
  ['管理办法', 'management-measures'],
  ['实施细则', 'implementing-rules'],
  ['发展规划', 'development-plan'],
  ['专项规划', 'special-plan'],
  ['十四五', '14th-five-year'],
  ['十五五', '15th-five-year'],
  ['可再生能源', 'renewable-energy'],
  ['非化石能源', 'non-fossil-energy'],
  ['新能源汽车', 'new-energy-vehicles'],
  ['新型储能', 'new-energy-storage'],
  ['新能源', 'new-energy'],
  ['能源领域', 'energy'],
  ['能源', 'energy'],
  ['工业领域', 'industry'],
  ['工业', 'industry'],
  ['城乡建设', 'urban-rural-construction'],
  ['建筑', 'buildings'],
  ['交通运输', 'transport'],
  ['绿色交通', 'green-transport'],
  ['交通', 'transport'],
  ['农业农村', 'agriculture-rural'],
  ['农业', 'agriculture'],
  ['节能降碳', 'energy-saving-carbon-reduction'],
  ['节能减排', 'energy-saving-emission-reduction'],
  ['节能', 'energy-saving'],
  ['减排', 'emission-reduction'],
  ['降碳', 'carbon-reduction'],
  ['绿色低碳', 'green-low-carbon'],
  ['低碳', 'low-carbon'],
  ['绿色', 'green'],
  ['循环经济', 'circular-economy'],
  ['氢能', 'hydrogen'],
  ['储能', 'energy-storage'],
  ['光伏', 'solar'],
  ['风电', 'wind-power'],
  ['电力', 'power'],
  ['煤炭', 'coal'],
  ['碳排放权交易', 'emissions-trading'],
  ['碳市场', 'carbon-market'],
  ['碳汇', 'carbon-sinks'],
  ['林业', 'forestry'],
  ['气候变化', 'climate-change'],
  ['适应', 'adaptation'],
  ['试点', 'pilot'],
  ['示范', 'demonstration'],
  ['高质量发展', 'high-quality-development'],
  ['方案', 'plan'],
  ['规划', 'plan'],
  ['意见', 'opinions'],
  ['办法', 'measures'],
  ['措施', 'measures'],
  ['通知', 'notice'],
  ['条例', 'regulations'],
];

/** Lower-case words and digits joined by single hyphens, at most 80 characters, cut at a hyphen. */
export function slugify(s: string): string {
  const slug = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX) return slug;
  const cut = slug.slice(0, MAX + 1);
  return (cut.lastIndexOf('-') > 20 ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, MAX)).replace(/-+$/g, '');
}

/** The glossary's words found in a Chinese title, in title order, each once; years kept as digits. */
function glossaryWords(title: string): string[] {
  const words: string[] = [];
  for (let i = 0; i < title.length;) {
    const year = /^(?:19|20)\d{2}/.exec(title.slice(i));
    if (year) {
      words.push(year[0]);
      i += year[0].length;
      continue;
    }
    const hit = GLOSSARY.find(([zh]) => title.startsWith(zh, i));
    if (hit) {
      if (!words.includes(hit[1])) words.push(hit[1]);
      i += hit[0].length;
    } else i++;
  }
  return words;
}

export function proposeSlug(p: { titleEn?: string; titleZh?: string; jurisdiction?: string }): string {
  if (p.titleEn?.trim()) return slugify(p.titleEn);
  const region = p.jurisdiction ? regionByCode(p.jurisdiction) : undefined;
  const place = region && region.code !== 'CN' ? region.enShort || region.en : region?.code === 'CN' ? 'national' : '';
  return slugify([place, ...glossaryWords(p.titleZh ?? '')].join(' '));
}
