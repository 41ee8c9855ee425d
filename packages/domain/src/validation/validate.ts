import { levelsForRegion } from '../regions/levels';
import type { Region } from '../regions/types';
import { parseZoneCode } from '../regions/zone';
import type { EntryData } from '../schemas/entry';
import { LEVELS } from '../taxonomies/enums';
import { VALIDATION_CODES as C, type ValidationIssue } from './codes';
import { lookupFn, type ValidationContext } from './context';

type Path = (string | number)[];
const levelLabel = (code: string) => LEVELS.find((l) => l.code === code)?.en.toLowerCase() ?? code;
const KIND_TEXT: Record<Region['kind'], string> = { country: 'the country', province: 'a province', city: 'a city', zone: 'a zone' };

/**
 * Checks an entry beyond its shape: codes exist, the level fits the place, years and dates are in order,
 * ranges are ranges, reports name a publisher, slugs, sources and relations are not duplicated.
 * Returns [] when all is well; each issue names the form field it belongs to.
 */
export function validateEntry(data: EntryData, ctx: ValidationContext = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: Path, code: string, message: string) => issues.push({ path, code, message });
  const lookup = lookupFn(ctx.regions);
  const tax = ctx.taxonomy ?? {};

  /** A region, or for a zone code whose DB rows we were not given, a stand-in under its city. */
  const region = (code: string): Region | undefined => {
    const r = lookup(code);
    if (r || ctx.regions) return r;
    const z = parseZoneCode(code);
    const parent = z && lookup(z.parent);
    return parent && (parent.kind === 'city' || parent.kind === 'province')
      ? { code, parent: z.parent, kind: 'zone', zh: code, zhShort: code, en: code, enShort: code }
      : undefined;
  };
  const within = (inner: string, outer: string) => {
    for (let r = region(inner), guard = 0; r && guard < 10; r = r.parent ? region(r.parent) : undefined, guard++) if (r.code === outer) return true;
    return false;
  };

  // Place and level.
  const place = region(data.jurisdiction);
  if (!place) add(['jurisdiction'], C.unknownRegion, `Unknown region code "${data.jurisdiction}"`);
  else if (!levelsForRegion(place).includes(data.level as never)) {
    const fits = levelsForRegion(place).map(levelLabel).join(' or ');
    add(['level'], C.levelMismatch, `${place.en} is ${KIND_TEXT[place.kind]}: the level should be ${fits}, not ${levelLabel(data.level)}`);
  }

  // Vocabulary codes.
  const checkCodes = (field: 'sectors' | 'themes' | 'issuingBodies', known: ReadonlySet<string> | undefined, code: string, what: string) => {
    const seen = new Set<string>();
    data[field].forEach((c, i) => {
      if (seen.has(c)) add([field, i], C.duplicateCode, `"${c}" is listed twice`);
      else if (known && !known.has(c)) add([field, i], code, `Unknown ${what} "${c}"`);
      seen.add(c);
    });
  };
  checkCodes('sectors', tax.sectors, C.unknownSector, 'sector');
  checkCodes('themes', tax.themes, C.unknownTheme, 'theme');
  checkCodes('issuingBodies', tax.issuingBodies, C.unknownIssuingBody, 'issuing body');
  if (data.instrumentType && tax.instruments && !tax.instruments.has(data.instrumentType)) {
    add(['instrumentType'], C.unknownInstrument, `Unknown instrument type "${data.instrumentType}"`);
  }

  // Dates: issued ≤ effective ≤ expires.
  const dates = (['issuedOn', 'effectiveOn', 'expiresOn'] as const).filter((k) => data[k]);
  for (let i = 1; i < dates.length; i++) {
    const [before, after] = [dates[i - 1], dates[i]];
    if (data[after]! < data[before]!)
      add(
        [after],
        C.datesOutOfOrder,
        `${after === 'expiresOn' ? 'Expiry' : 'Effective'} date must not be before the ${before === 'issuedOn' ? 'issue' : 'effective'} date (${data[before]})`,
      );
  }

  if (data.periodFrom !== undefined && data.periodTo !== undefined && data.periodTo < data.periodFrom) {
    add(['periodTo'], C.periodOutOfOrder, `The period must not end before it starts (${data.periodFrom})`);
  }

  // Targets and observations.
  /** Unit and value are checked only when given: peak, neutrality and "as assigned" targets have neither. */
  const checkMetric = (path: Path, metric: string, unit: string | undefined, value: number | undefined) => {
    if (tax.metrics && !tax.metrics.has(metric)) return add([...path, 'metric'], C.unknownMetric, `Unknown metric "${metric}"`);
    const canonical = tax.metricUnits?.get(metric);
    if (canonical && unit !== undefined && canonical !== unit)
      add([...path, 'unit'], C.unitMismatch, `Record ${metric} in ${canonical} (convert the value), not ${unit}`);
    if (value !== undefined && (canonical ?? unit) === '%' && (value < 0 || value > 100))
      add([...path, 'value'], C.percentOutOfRange, 'A percentage is between 0 and 100');
  };
  const checkPlace = (path: Path, code: string | undefined) => {
    if (!code) return;
    if (!region(code)) add([...path, 'jurisdiction'], C.unknownRegion, `Unknown region code "${code}"`);
    else if (place && !within(code, place.code)) add([...path, 'jurisdiction'], C.targetOutsideJurisdiction, `${region(code)!.en} is not within ${place.en}`);
  };
  data.targets.forEach((t, i) => {
    checkMetric(['targets', i], t.metric, t.unit, t.value);
    if (t.baseYear !== undefined && t.targetYear <= t.baseYear)
      add(['targets', i, 'targetYear'], C.targetYearNotAfterBase, `Target year must be after the base year (${t.baseYear})`);
    if (t.valueMax !== undefined && t.value !== undefined && t.valueMax < t.value)
      add(['targets', i, 'valueMax'], C.valueMaxBelowValue, `Upper bound must be at least the value (${t.value})`);
    checkPlace(['targets', i], t.jurisdiction);
  });
  // The same metric, year and place twice (a merge that kept both, a sentence pasted twice): one is a
  // duplicate. A "strive" target beside a binding one (确保…力争…) is not.
  const seenTargets = new Map<string, number>();
  data.targets.forEach((t, i) => {
    const key = [t.metric, t.targetYear, t.jurisdiction ?? data.jurisdiction, (t as { strive?: boolean }).strive ? 'strive' : ''].join('|');
    const first = seenTargets.get(key);
    if (first === undefined) seenTargets.set(key, i);
    else add(['targets', i], C.duplicateTarget, `Same metric, year and place as target ${first + 1}: keep one of them`);
  });
  data.observations.forEach((o, i) => {
    checkMetric(['observations', i], o.metric, o.unit, o.value);
    if (o.baseYear !== undefined && o.year <= o.baseYear)
      add(['observations', i, 'year'], C.targetYearNotAfterBase, `Year must be after the base year (${o.baseYear})`);
    checkPlace(['observations', i], o.jurisdiction);
  });

  // Reports, slug, sources, relations.
  if (data.kind === 'report' && !data.publisher) add(['publisher'], C.publisherRequired, 'Name who published the report');
  if (ctx.slugTaken?.(data.slug)) add(['slug'], C.slugTaken, `Another entry already uses the slug "${data.slug}"`);
  const urls = new Map<string, number>();
  const files = new Map<string, number>();
  data.sources.forEach((s, i) => {
    if (s.url !== undefined) {
      const key = normalizeUrl(s.url);
      if (urls.has(key)) add(['sources', i, 'url'], C.duplicateSource, `Same source as number ${urls.get(key)! + 1}`);
      else urls.set(key, i);
    }
    if (s.file === undefined) return;
    if (files.has(s.file)) return add(['sources', i, 'file'], C.duplicateSource, `Same file as source number ${files.get(s.file)! + 1}`);
    files.set(s.file, i);
    const status = ctx.fileStatus?.(s.file);
    if (status === 'unknown') add(['sources', i, 'file'], C.unknownFile, 'No such file among this entry’s files or your uploads');
    else if (status === 'expired') add(['sources', i, 'file'], C.expiredFile, 'The upload has expired: upload the document again');
  });
  const relations = new Set<string>();
  data.relations.forEach((r, i) => {
    if (r.target === data.slug) add(['relations', i, 'target'], C.selfRelation, 'An entry cannot relate to itself');
    else if (relations.has(`${r.type} ${r.target}`)) add(['relations', i, 'target'], C.duplicateRelation, `Already ${r.type} "${r.target}"`);
    relations.add(`${r.type} ${r.target}`);
  });
  return issues;
}

/** Same page, written differently: scheme and host case, "www.", trailing slash, fragment. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    const host = u.host.toLowerCase().replace(/^www\./, '');
    return `${host}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url.trim().toLowerCase();
  }
}
