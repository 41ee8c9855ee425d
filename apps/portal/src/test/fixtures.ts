import type { EntryDetail, EntrySummary, Page } from '@/api/types';

export const guizhouSummary: EntrySummary = {
  slug: 'guizhou-pollution-carbon-synergy-implementation-plan',
  kind: 'policy',
  title: {
    en: 'Implementation Plan for the Synergistic Reduction of Pollution and Carbon Emissions in Guizhou',
    zh: '贵州省减污降碳协同增效实施方案',
  },
  summary: { en: 'Guizhou sets out how it will cut pollution and carbon together.' },
  jurisdiction: '520000',
  region: { code: '520000', parent: 'CN', kind: 'province', en: 'Guizhou Province', zh: '贵州省', enShort: 'Guizhou', zhShort: '贵州' },
  level: 'provincial',
  sectors: ['industry', 'energy'],
  instrumentType: 'implementation_plan',
  themes: ['pollution_carbon_synergy'],
  issuedOn: '2023-02-10',
  publishedAt: '2024-01-05T08:00:00.000Z',
};

export const guizhouDetail: EntryDetail = {
  ...guizhouSummary,
  keyPoints: [{ en: 'Carbon intensity falls 18% by 2025.' }, { zh: '仅有中文的要点。' }],
  issuingBodies: ['provincial_dept'],
  ghgs: ['co2'],
  status: 'in_force',
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
      sourceText: 'By 2025, CO₂ emissions per unit of GDP will fall by 18% compared with 2020.',
    },
    { metric: 'non_fossil_share', targetYear: 2025, value: 31, unit: '%', comparison: 'share', qualifier: 'at_least' },
  ],
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
