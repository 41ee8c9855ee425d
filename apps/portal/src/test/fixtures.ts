import { EntrySummarySchema, SearchItemSchema, TargetRowSchema } from '@dualcarbon/domain';
import type { MetricSummary, PublicIssue, RegionRef, SearchItem, TargetRow, TargetTable } from '@dualcarbon/domain';
import type { EntryDetail, EntrySummary, Page } from '@/api/types';
import answers from './answers.json';

/** Answers as the API sends them (`answers.json`), read through the domain's answer schemas so a fixture cannot drift from the contract. */
export const guizhouSummary: EntrySummary = EntrySummarySchema.parse(answers.guizhouSummary);
export const hainanHit: SearchItem = SearchItemSchema.parse(answers.hainanHit);
export const dongguanHit: SearchItem = SearchItemSchema.parse(answers.dongguanHit);
const targetRow = TargetRowSchema.omit({ jurisdiction: true, entry: true }).parse(answers.targetRow);

export const guizhouDetail: EntryDetail = {
  ...guizhouSummary,
  title: { en: guizhouSummary.title.en, zh: guizhouSummary.title.zh },
  summary: { en: guizhouSummary.summary.en, zh: undefined },
  keyPoints: [
    { en: 'Carbon intensity falls 18% by 2025.', zh: undefined },
    { en: undefined, zh: '仅有中文的要点。' },
  ],
  issuingBodies: ['provincial_dept'],
  newsletter: [],
  sources: [{ url: 'https://example.gov.cn/plan.html', title: '贵州省减污降碳协同增效实施方案', language: 'zh', official: true }],
  targets: [
    {
      metric: 'carbon_intensity',
      targetYear: 2025,
      value: 18,
      unit: '%',
      comparison: 'reduction',
      baseYear: 2020,
      qualifier: 'exact',
      strive: false,
      sourceText: 'By 2025, CO₂ emissions per unit of GDP will fall by 18% compared with 2020.',
    },
    { metric: 'non_fossil_share', targetYear: 2025, value: 31, unit: '%', comparison: 'share', qualifier: 'at_least', strive: true },
    {
      metric: 'energy_intensity',
      targetYear: 2025,
      comparison: 'assigned',
      qualifier: 'exact',
      strive: false,
      sourceText: '单位地区生产总值能源消耗确保完成国家下达指标',
      sourceLanguage: 'zh',
    },
    { metric: 'co2_emissions', targetYear: 2030, comparison: 'peak', qualifier: 'before', strive: false },
    {
      metric: 're_electricity_export',
      targetYear: 2030,
      value: 1e11,
      unit: 'kWh',
      comparison: 'capacity',
      qualifier: 'exact',
      strive: false,
      cumulativeFrom: 2026,
    },
  ],
  documentNumber: '黔府发〔2023〕5号',
  periodFrom: 2023,
  periodTo: 2030,
  observations: [],
  relations: [{ type: 'implements', target: 'national-synergy-plan' }],
  updatedAt: '2024-01-06T08:00:00.000Z',
};

export function pageOf(items: EntrySummary[], total = items.length, page = 1, pageSize = 20): Page<EntrySummary> {
  return { items, total, page, pageSize };
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A facet's counts as the API sends them, from `[value, count]` pairs (in the order given). */
export const facet = (...counts: [value: string, count: number][]) => counts.map(([value, count]) => ({ value, count }));

/** A `GET /api/entries` answer with facets, as the API contract describes it. */
export function searchAnswer(items: readonly unknown[], total = items.length, page = 1, pageSize = 20) {
  return {
    items,
    total,
    page,
    pageSize,
    facets: {
      region: facet(['460000', 1], ['441900', 1], ['440000', 0]),
      level: facet(['provincial', 1], ['city', 1]),
      sector: facet(['energy', 2], ['energy.hydrogen', 2], ['transport', 2], ['transport.nev', 2]),
      instrument: facet(),
      theme: facet(),
      ghg: facet(),
      status: facet(['in_force', 2]),
      kind: facet(['policy', 2]),
      issuer: facet(),
      year: facet(['2023', 2]),
    },
  };
}

/** A place as answers name it (English and Chinese names; short names the same). */
export const place = (code: string, kind: RegionRef['kind'], en: string, zh: string): RegionRef => ({ code, kind, en, zh, enShort: en, zhShort: zh });

/** One row of `GET /api/targets`, a reduction by 2025 unless told otherwise. */
export function targetAnswer(jurisdiction: RegionRef, patch: Partial<TargetRow> = {}): TargetRow {
  return {
    ...targetRow,
    jurisdiction,
    entry: { slug: `plan-${jurisdiction.code}`, title: { en: 'A plan' }, issuedOn: null, documentNumber: null },
    ...patch,
  };
}

export function targetTable(rows: TargetRow[], metric = rows[0]?.metric ?? 'carbon_intensity'): TargetTable {
  return {
    metric: { code: metric, en: metric, zh: metric, unit: '%', defaultComparison: 'reduction' },
    targetYear: null,
    total: rows.length,
    page: 1,
    pageSize: 1000,
    rows,
    observations: [],
  };
}

export const metricSummary = (code: string, targetYears: number[], targetCount: number): MetricSummary => ({
  code,
  en: code,
  zh: code,
  unit: '%',
  defaultComparison: 'reduction',
  targetCount,
  observationCount: 0,
  targetYears,
});

/** A published issue presenting the given entries. */
export function issueAnswer(number: number, slugs: string[]): PublicIssue {
  return {
    number,
    title: { en: 'China Carbon Neutrality Tracker' },
    periodFrom: '2024-01-01',
    periodTo: '2024-03-31',
    intro: { en: 'This quarter.' },
    sections: [
      {
        code: 'top_news',
        title: { en: 'Top News' },
        lead: {},
        groups: [{ heading: {}, items: slugs.map((entry) => ({ entry, title: {}, blurb: {}, bullets: [] })) }],
      },
    ],
    publishedAt: '2024-04-01T00:00:00.000Z',
    updatedAt: '2024-04-01T00:00:00.000Z',
    url: `/briefings/${number}`,
    links: { markdown: `/api/newsletters/${number}.md`, emailHtml: `/api/newsletters/${number}/email.html`, feed: '/api/feeds/newsletters.atom' },
  };
}
