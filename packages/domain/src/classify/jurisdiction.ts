/** Which place an entry is about, from region names in its text (EN and ZH). */
import { levelForRegionKind } from '../regions/levels';
import { regionIndex, type RegionIndex } from '../regions/lookup';
import type { Region } from '../regions/types';
import { bump, FIELD_WEIGHT, ranked, type FieldText, type Suggestion } from './types';

interface NamePattern {
  re: RegExp;
  regions: Region[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new WeakMap<RegionIndex, NamePattern[]>();

/** English names match case-sensitively as words ("Jiangsu's" counts); Chinese short names only for provinces. */
function namePatterns(index: RegionIndex): NamePattern[] {
  let out = cache.get(index);
  if (out) return out;
  const byName = new Map<string, Region[]>();
  const add = (name: string, r: Region) => {
    if (!name || name.length < 2) return;
    byName.set(
      name,
      [...(byName.get(name) ?? []), r].filter((x, i, a) => a.indexOf(x) === i),
    );
  };
  for (const r of index.regions) {
    if (r.kind === 'country') continue;
    for (const n of [r.en, r.enShort, ...(r.alt ?? [])]) if (!/[\u3400-\u9fff]/.test(n)) add(n, r);
    add(r.zh, r);
    if (r.kind === 'province' || r.kind === 'zone') add(r.zhShort, r);
  }
  out = [...byName].map(([name, regions]) => ({
    re: /[\u3400-\u9fff]/.test(name) ? new RegExp(escape(name), 'g') : new RegExp(`(?<![A-Za-z])${escape(name)}(?![a-z])`, 'g'),
    regions,
  }));
  cache.set(index, out);
  return out;
}

/** Words that point to the central government or the whole country. */
const NATIONAL_STRONG =
  /\b(?:State Council|Central Committee|Ministry of [A-Z][A-Za-z ]+|National (?:Development and Reform Commission|Energy Administration|People's Congress)|MEE|NDRC|MIIT|NEA|PBOC|People's Bank of China)\b|中共中央|国务院|生态环境部|国家发展和改革委员会|国家发展改革委|工业和信息化部|国家能源局|财政部|中国人民银行/g;
const NATIONAL_WEAK = /\b(?:China|Chinese|[Nn]ational|nationwide)\b|全国|我国|中国|中华人民共和国|国家/g;
/** "<Region> issued", "<Region> (… Province) released", "X省人民政府印发". */
const ISSUED_AFTER = /^(?:\s*\([^)]{0,40}\))?\s*(?:issued|released|announced|published|launched|印发|发布|出台)/;
const SUBNATIONAL_CUE = /\bprovincial[- ]level\b|\bmunicipal\b|省级|市级/;

interface Mention {
  region: Region;
  text: string;
  weight: number;
}

/**
 * Scores regions by mentions (title 3, summary 1.5, key points 1, +1 when followed by "issued"/"released"),
 * and the country by central bodies (full weight) and "China"/"national" (half weight). A name shared by a
 * province and a city means the province ("Jilin") unless written as the city ("Jilin City"); a name shared
 * by two cities goes to the one whose province is also named. `evidence` adds scores found another way.
 */
export function suggestJurisdiction(
  texts: FieldText[],
  index: RegionIndex = regionIndex,
  evidence: ReadonlyArray<{ code: string; score: number; text: string }> = [],
): { best?: Suggestion; level?: Suggestion; ranked: Suggestion[] } {
  const mentions: Mention[] = [];
  const table = new Map<string, Suggestion>();
  // Evidence from elsewhere, e.g. the issuer in the document's signature block ("广东省人民政府" → 440000).
  for (const e of evidence) bump(table, e.code, e.score, e.text);
  for (const { field, text } of texts) {
    const norm = text.normalize('NFKC');
    const hits: Array<{ start: number; end: number; regions: Region[] }> = [];
    for (const { re, regions } of namePatterns(index)) for (const m of norm.matchAll(re)) hits.push({ start: m.index!, end: m.index! + m[0].length, regions });
    hits.sort((a, b) => b.end - b.start - (a.end - a.start));
    const kept = hits.filter((h, i) => !hits.slice(0, i).some((k) => h.start < k.end && h.end > k.start && k.end - k.start > h.end - h.start));
    for (const h of kept) {
      const issued = ISSUED_AFTER.test(norm.slice(h.end, h.end + 60)) ? 1 : 0;
      for (const region of h.regions) mentions.push({ region, text: norm.slice(h.start, h.end), weight: FIELD_WEIGHT[field] + issued });
    }
    for (const m of norm.matchAll(NATIONAL_STRONG)) bump(table, 'CN', FIELD_WEIGHT[field], m[0]);
    for (const m of norm.matchAll(NATIONAL_WEAK)) bump(table, 'CN', FIELD_WEIGHT[field] / 2, m[0]);
    const cue = SUBNATIONAL_CUE.exec(norm);
    if (cue) for (const h of kept) for (const region of h.regions) mentions.push({ region, text: cue[0], weight: 0.5 });
  }
  const named = new Set(mentions.map((m) => m.region.code));
  for (const m of mentions) {
    const rivals = mentions.filter((o) => o.text === m.text && o.region !== m.region).map((o) => o.region);
    if (rivals.length) {
      const provinceRival = rivals.some((r) => r.kind === 'province');
      if (m.region.kind !== 'province' && provinceRival) continue;
      const parentNamed = m.region.parent && named.has(m.region.parent);
      if (m.region.kind === 'city' && !parentNamed && rivals.some((r) => r.parent && named.has(r.parent))) continue;
      if (m.region.kind === 'city' && !parentNamed) {
        bump(table, m.region.code, m.weight / (rivals.length + 1), `${m.text} (ambiguous)`);
        continue;
      }
    }
    bump(table, m.region.code, m.weight, m.text);
  }
  const all = ranked(table);
  const best = all[0] ?? { code: 'CN', score: 0.1, evidence: ['no place named'] };
  const region = index.regionByCode(best.code);
  const level = region ? { code: levelForRegionKind(region.kind), score: best.score, evidence: [`${region.en} is a ${region.kind}`] } : undefined;
  return { best, level, ranked: all };
}
