/** Issuing bodies as printed ("某省人民政府", "国家发展改革委", "People's Government of X Province") → ISSUING_BODIES codes. */
import { levelForRegionKind } from '../regions/levels';
import type { RegionIndex } from '../regions/lookup';
import type { Region } from '../regions/types';
import { ISSUING_BODIES } from '../taxonomies/enums';
import type { Term } from '../taxonomies/types';

/** Short forms and translations the labels do not cover. */
const ALIASES: Record<string, readonly string[]> = {
  cpc_central_committee: ['中共中央', '中国共产党中央委员会', 'CPC Central Committee', 'Central Committee of the Communist Party of China'],
  state_council: ['国务院办公厅', '国务院', 'State Council', 'General Office of the State Council'],
  ndrc: ['国家发展改革委', '国家发展和改革委员会', '国家发改委', 'NDRC'],
  mee: ['生态环境部', 'MEE'],
  miit: ['工业和信息化部', '工信部', 'MIIT'],
  mof: ['财政部'],
  nea: ['国家能源局', 'NEA'],
  mot: ['交通运输部'],
  mohurd: ['住房和城乡建设部', '住房城乡建设部'],
  moa: ['农业农村部'],
  pboc: ['中国人民银行', "People's Bank of China"],
};

export interface IssuerMatch {
  code: string;
  /** The region named in the body, when there is one. */
  region?: Region;
  /** Level the body implies: national for central bodies, the region's level, or a generic 某省/某市. */
  level?: string;
}

const GOVERNMENT_ZH = /(?:人民政府|政府)(?:办公厅|办公室)?$/;
const GOVERNMENT_EN = /\bPeople['’]s Government\b|\bGovernment of\b|\bGeneral Office of the\b.*\bGovernment\b/i;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The code for one body name: a central body by its label or alias; a local one by the region it
 * names (a province's or municipality's government or department, a city's). "某省…" and "某市…" (the
 * unnamed places of examples) give the level without a region.
 */
export function issuerFor(name: string, regions: RegionIndex, terms: readonly Term[] = ISSUING_BODIES): IssuerMatch | undefined {
  const n = name.trim().replace(/\s+/g, ' ');
  for (const t of terms) {
    const names = [t.zh, t.en, ...(t.keywords ?? []), ...(ALIASES[t.code] ?? [])].filter((x) => x && x.length >= 2);
    if (names.some((x) => n === x || (x.length >= 3 && (n.startsWith(x) || new RegExp(`(?:^|\\b|the )${escape(x)}(?:$|\\b)`, 'i').test(n))))) {
      if (['provincial_government', 'provincial_dept', 'municipal_government', 'municipal_dept'].includes(t.code)) continue;
      return { code: t.code, level: 'national' };
    }
  }
  const region = regionIn(n, regions);
  const government = GOVERNMENT_ZH.test(n) || GOVERNMENT_EN.test(n);
  const kind = region?.kind ?? (/^某(?:省|自治区)|\bX Province\b/.test(n) ? 'province' : /^某市|\bX City\b/.test(n) ? 'city' : undefined);
  if (kind === 'province') return { code: government ? 'provincial_government' : 'provincial_dept', region, level: 'provincial' };
  if (kind === 'city') return { code: government ? 'municipal_government' : 'municipal_dept', region, level: 'city' };
  if (kind === 'zone' && region) return { code: 'municipal_dept', region, level: levelForRegionKind('zone') };
  return undefined;
}

/** The region a body name starts with (Chinese) or names (English), longest name first. */
function regionIn(name: string, regions: RegionIndex): Region | undefined {
  let best: { r: Region; len: number } | undefined;
  for (const r of regions.regions) {
    if (r.kind === 'country') continue;
    const zh = [r.zh, r.kind === 'province' || r.kind === 'zone' ? r.zhShort : ''].filter((x) => x.length >= 2);
    for (const z of zh) if (name.startsWith(z) && (!best || z.length > best.len)) best = { r, len: z.length };
    for (const e of [r.en, r.enShort]) {
      if (e.length >= 4 && new RegExp(`\\b${escape(e)}\\b`).test(name) && (!best || e.length > best.len)) best = { r, len: e.length };
    }
  }
  return best?.r;
}

/** A line that is nothing but a body's name (the 落款 signature, a banner). */
export const BODY_LINE_ZH = /^[\u4e00-\u9fa5（）()、·\s]{2,60}?(?:人民政府|政府|委员会|改革委|办公厅|办公室|中央|国务院|厅|局|部|署|委|院|会|行|中心|集团)$/;
export const BODY_LINE_EN =
  /^(?:The\s+)?(?:(?:General Office of the\s+)?(?:State Council|People['’]s Government of [A-Z][\w\s'’-]{1,60}|[A-Z][\w\s,'’&-]{2,80}\b(?:Commission|Ministry|Administration|Bureau|Department|Office|Committee|Government))|Ministry of [A-Z][\w\s,'’&-]{2,80})$/;
