import type { EntryData } from '../schemas/entry';
import type { Target } from '../schemas/target';
import { INSTRUMENT_TYPES } from '../taxonomies/instruments';
import { METRICS } from '../taxonomies/metrics';
import { REGIONS, type Region } from '../regions';
import { createRandom, type Random } from './random';
import { INSTRUMENT_WEIGHTS, METRIC_RANGES, PROVINCE_ABBREVIATIONS, TOPICS } from './vocabulary';

export interface SyntheticOptions {
  /** Seed of the PRNG: the same seed and index always give the same entry. */
  seed?: number;
}

const provinces = REGIONS.filter((r) => r.kind === 'province');
const cities = REGIONS.filter((r) => r.kind === 'city');
const instrumentLabel = new Map(INSTRUMENT_TYPES.map((t) => [t.code as string, t]));
const metricByCode = new Map(METRICS.map((m) => [m.code as string, m]));

function jurisdictionFor(rnd: Random): { region: Region | null; level: EntryData['level'] } {
  const level = rnd.weighted([
    ['national', 8],
    ['provincial', 42],
    ['city', 44],
    ['county', 4],
    ['zone', 2],
  ] as const);
  if (level === 'national') return { region: null, level };
  if (level === 'provincial') return { region: rnd.pick(provinces), level };
  // Zones need a zone region row; synthetic data files them on their city instead.
  return { region: rnd.pick(cities), level: 'city' };
}

function targetFor(rnd: Random, metric: string, issuedYear: number): Target | null {
  const range = METRIC_RANGES[metric as keyof typeof METRIC_RANGES];
  const def = metricByCode.get(metric);
  if (!range || !def) return null;
  const [min, max, decimals, baseYear] = range;
  const raw = min + rnd.next() * (max - min);
  const value = decimals >= 0 ? Number(raw.toFixed(decimals)) : Math.round(raw / 10 ** -decimals) * 10 ** -decimals;
  const targetYear = rnd.weighted([
    [2025, 50],
    [2030, 35],
    [2035, 10],
    [2060, 5],
  ] as const);
  if (targetYear <= issuedYear - 1) return null;
  return {
    metric,
    targetYear,
    value,
    unit: def.unit,
    comparison: def.defaultComparison,
    baseYear: def.defaultComparison === 'reduction' ? (baseYear ?? 2020) : undefined,
    qualifier: rnd.weighted([
      ['exact', 60],
      ['about', 20],
      ['no_less_than', 10],
      ['exceed', 10],
    ] as const),
    strive: false,
  };
}

/**
 * What carbon-peaking plans add (issue 14): a peak year, "as assigned" intensity targets, strive, a cumulative
 * total. Drawn from their own PRNG so the older fields of every entry stay as they were.
 */
function planExtras(rnd: Random, level: EntryData['level'], topic: (typeof TOPICS)[number], targets: Target[]): Target[] {
  const out = targets.map((t) =>
    t.comparison !== 'reduction' && rnd.next() < 0.15 ? { ...t, strive: true, qualifier: t.qualifier === 'exact' ? ('at_least' as const) : t.qualifier } : t,
  );
  const total = out.find((t) => t.metric === 're_electricity_export');
  if (total && rnd.next() < 0.5) total.cumulativeFrom = total.targetYear - 4;
  if (!topic.themes.includes('one_plus_n') || level === 'national') return out;
  if (rnd.next() < 0.7)
    out.push({
      metric: 'co2_emissions',
      comparison: 'peak',
      targetYear: rnd.weighted([
        [2030, 80],
        [2028, 10],
        [2025, 10],
      ] as const),
      qualifier: 'before',
      strive: rnd.next() < 0.2,
    });
  if (rnd.next() < 0.3) {
    for (const metric of ['energy_intensity', 'carbon_intensity']) {
      if (!out.some((t) => t.metric === metric && t.targetYear === 2025))
        out.push({ metric, comparison: 'assigned', targetYear: 2025, qualifier: 'exact', strive: false });
    }
  }
  return out;
}

/** 文号 as a government prints it: "粤政发〔2022〕12号", "国发〔2021〕23号", "成府发〔2023〕4号". */
function documentNumberFor(rnd: Random, region: Region | null, year: number): string {
  const n = rnd.int(1, 80);
  if (!region) return `${rnd.pick(['国发', '国办发', '发改环资', '环综合'] as const)}〔${year}〕${n}号`;
  if (region.kind === 'province') return `${PROVINCE_ABBREVIATIONS[region.code] ?? region.zhShort}政发〔${year}〕${n}号`;
  return `${region.zhShort.slice(0, 1)}府发〔${year}〕${n}号`;
}

/** One realistic entry, built from the domain's vocabularies; deterministic in (seed, index). */
export function syntheticEntry(index: number, options: SyntheticOptions = {}): EntryData {
  const rnd = createRandom((options.seed ?? 2060) * 1_000_003 + index);
  const topic = rnd.pick(TOPICS);
  const instrument = instrumentLabel.get(rnd.weighted(INSTRUMENT_WEIGHTS))!;
  const { region, level } = jurisdictionFor(rnd);
  const year = rnd.weighted([
    [2020, 6],
    [2021, 14],
    [2022, 26],
    [2023, 24],
    [2024, 16],
    [2025, 10],
    [2026, 4],
  ] as const);
  const issuedOn = `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
  const placeEn = region ? region.enShort : 'China';
  const placeZh = region ? region.zh : '';
  const languages = rnd.weighted([
    ['both', 70],
    ['zh', 20],
    ['en', 10],
  ] as const);
  const titleEn = `${instrument.en} for ${topic.en} in ${placeEn}`;
  const titleZh = `${placeZh}${topic.zh}${instrument.zh}`;
  const targets = topic.metrics.length
    ? rnd
        .some(topic.metrics, 0, 3)
        .map((m) => targetFor(rnd, m, year))
        .filter((t): t is Target => t !== null)
    : [];
  const extra = createRandom((options.seed ?? 2060) * 1_000_003 + index + 0x5eed);
  const periodTo = extra.weighted([
    [2025, 50],
    [2030, 40],
    [2035, 10],
  ] as const);
  return {
    kind: 'policy',
    slug: `synthetic-${index}`,
    title: { en: languages !== 'zh' ? titleEn : undefined, zh: languages !== 'en' ? titleZh : undefined },
    summary: {
      en:
        languages !== 'zh'
          ? `${placeEn} sets out measures on ${topic.en.replace(/^the /, '')}, with targets for the 14th and 15th Five-Year Plan periods.`
          : undefined,
      zh: languages !== 'en' ? `${placeZh || '国家'}围绕${topic.zh}提出“十四五”“十五五”时期的主要目标和重点任务。` : undefined,
    },
    keyPoints: [],
    issuingBodies: [
      level === 'national'
        ? rnd.pick(['state_council', 'ndrc', 'mee', 'miit', 'nea'] as const)
        : level === 'provincial'
          ? 'provincial_government'
          : 'municipal_government',
    ],
    jurisdiction: region ? region.code : 'CN',
    level,
    sectors: [...topic.sectors],
    instrumentType: instrument.code,
    themes: [...topic.themes],
    ghgs: ['co2'],
    status: rnd.weighted([
      ['in_force', 88],
      ['draft_for_comment', 5],
      ['superseded', 4],
      ['expired', 3],
    ] as const),
    issuedOn,
    ...(extra.next() < 0.8 ? { documentNumber: documentNumberFor(extra, region, year) } : {}),
    ...(extra.next() < 0.6 ? { periodFrom: Math.min(year, periodTo), periodTo } : {}),
    sources: [],
    targets: planExtras(extra, level, topic, targets),
    observations: [],
    relations: [],
    newsletter: [],
  };
}

/** Yields `count` synthetic entries lazily, so 100k never sit in memory at once. */
export function* syntheticEntries(count: number, options: SyntheticOptions = {}): Generator<EntryData> {
  for (let i = 0; i < count; i++) yield syntheticEntry(i, options);
}
