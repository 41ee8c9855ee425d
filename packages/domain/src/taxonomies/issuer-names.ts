import { isMunicipality } from '../regions/levels';
import type { RegionIndex } from '../regions/lookup';
import type { Region } from '../regions/types';
import { parseZoneCode } from '../regions/zone';

/**
 * The issuing-body taxonomy has generic codes for local bodies ("provincial_government"); an entry's
 * jurisdiction says which one it is. `issuerName` names the actual body — 山东省人民政府 / Shandong
 * Provincial People's Government — or returns undefined when the code is not a local body or the
 * jurisdiction does not say which (then show the term's own label).
 */
export type IssuerLang = 'en' | 'zh';

type Body = 'government' | 'department' | 'party_committee';
/** Local issuing-body codes: which level of place, which body. */
const LOCAL_BODIES: Record<string, { level: 'province' | 'city'; body: Body }> = {
  provincial_government: { level: 'province', body: 'government' },
  provincial_dept: { level: 'province', body: 'department' },
  provincial_party_committee: { level: 'province', body: 'party_committee' },
  municipal_government: { level: 'city', body: 'government' },
  municipal_dept: { level: 'city', body: 'department' },
  municipal_party_committee: { level: 'city', body: 'party_committee' },
};

export const isLocalIssuer = (code: string): boolean => Object.hasOwn(LOCAL_BODIES, code);

type Lookup = Pick<RegionIndex, 'regionByCode' | 'provinceOf'>;

/** The province, or the city (a municipality counts as both), whose body issued it; a zone belongs to its city. */
function placeOf(level: 'province' | 'city', jurisdiction: string, regions: Lookup): Region | undefined {
  const code = parseZoneCode(jurisdiction)?.parent ?? jurisdiction;
  if (level === 'province') return regions.provinceOf(code);
  const r = regions.regionByCode(code);
  if (r?.kind === 'city' || (r?.kind === 'province' && isMunicipality(r.code))) return r;
  return undefined;
}

/** What kind of government a place has, from its official name. */
type Form = 'province' | 'municipality' | 'autonomous_region' | 'sar' | 'city' | 'autonomous_prefecture' | 'prefecture' | 'league' | 'other';

function formOf(r: Region): Form | undefined {
  if (r.kind === 'province') {
    if (isMunicipality(r.code)) return 'municipality';
    if (r.zh.endsWith('自治区')) return 'autonomous_region';
    if (r.zh.endsWith('特别行政区')) return 'sar';
    // Taiwan: no body to name.
    return r.code === '710000' ? undefined : 'province';
  }
  if (r.zh.endsWith('自治州')) return 'autonomous_prefecture';
  if (r.zh.endsWith('地区')) return 'prefecture';
  if (r.zh.endsWith('盟')) return 'league';
  return r.zh.endsWith('市') ? 'city' : 'other';
}

/** 人民政府, or 行政公署 (an administrative office) for prefectures and leagues, 政府 for the SARs. */
function governmentName(r: Region, form: Form, lang: IssuerLang): string {
  if (lang === 'zh') {
    if (form === 'sar') return `${r.zh}政府`;
    if (form === 'prefecture' || form === 'league') return `${r.zh}行政公署`;
    return `${r.zh}人民政府`;
  }
  switch (form) {
    case 'province':
      return `${r.enShort} Provincial People's Government`;
    case 'municipality':
    case 'city':
      return `${r.enShort} Municipal People's Government`;
    case 'sar':
      return `Government of the ${r.en}`;
    case 'prefecture':
    case 'league':
      return `${r.en} Administrative Office`;
    default:
      return `${r.en} People's Government`;
  }
}

function partyCommitteeName(r: Region, form: Form, lang: IssuerLang): string | undefined {
  if (form === 'sar') return undefined;
  if (lang === 'zh') return form === 'province' || form === 'municipality' || form === 'city' ? `中共${r.zh}委` : `中共${r.zh}委员会`;
  switch (form) {
    case 'province':
      return `CPC ${r.enShort} Provincial Committee`;
    case 'municipality':
    case 'city':
      return `CPC ${r.enShort} Municipal Committee`;
    case 'autonomous_region':
      return `CPC ${r.en.replace(/ Autonomous Region$/, ' Autonomous Regional Committee')}`;
    default:
      return `CPC ${r.en} Committee`;
  }
}

/**
 * The name of the body behind a local issuing-body code for an entry of `jurisdiction`, e.g.
 * ('provincial_government', '370000', 'zh') → 山东省人民政府; undefined when `issuer` is not a local
 * body or the jurisdiction does not identify one (a municipal body for a whole province, a national entry).
 * `regions`: the static `regionIndex`, or one with the database's zones (createRegionIndex), or a client's own
 * look-up (the region table is not imported here, so a client loading it lazily does not bundle it).
 */
export function issuerName(issuer: string, jurisdiction: string, lang: IssuerLang, regions: Lookup): string | undefined {
  const local = LOCAL_BODIES[issuer];
  if (!local) return undefined;
  const place = placeOf(local.level, jurisdiction, regions);
  const form = place && formOf(place);
  if (!place || !form) return undefined;
  switch (local.body) {
    case 'government':
      return governmentName(place, form, lang);
    case 'department':
      return lang === 'zh' ? `${governmentName(place, form, lang)}部门` : `Department of the ${governmentName(place, form, lang)}`;
    case 'party_committee':
      return partyCommitteeName(place, form, lang);
  }
}
