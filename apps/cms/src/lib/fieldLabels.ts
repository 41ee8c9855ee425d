type T = (key: string, named?: Record<string, unknown>) => string;

const TOP: Record<string, string> = {
  title: 'field.title',
  slug: 'field.slug',
  kind: 'field.kind',
  summary: 'field.summary',
  keyPoints: 'field.keyPoints',
  jurisdiction: 'field.jurisdiction',
  level: 'field.level',
  issuingBodies: 'field.issuingBodies',
  publisher: 'field.publisher',
  instrumentType: 'field.instrumentType',
  status: 'field.status',
  issuedOn: 'field.issuedOn',
  effectiveOn: 'field.effectiveOn',
  expiresOn: 'field.expiresOn',
  documentNumber: 'field.documentNumber',
  periodFrom: 'field.periodFrom',
  periodTo: 'field.periodTo',
  sectors: 'field.sectors',
  themes: 'field.themes',
  ghgs: 'field.ghgs',
  targets: 'field.targets',
  observations: 'field.observations',
  sources: 'field.sources',
  relations: 'field.relations',
  newsletter: 'field.newsletter',
};

const ROW: Record<string, string> = {
  targets: 'targets.row',
  observations: 'observations.row',
  sources: 'sources.row',
  relations: 'relations.row',
  newsletter: 'newsletter.row',
  keyPoints: 'field.keyPoint',
};

const SUB: Record<string, string> = {
  metric: 'targets.metric',
  comparison: 'targets.comparison',
  baseYear: 'targets.baseYear',
  targetYear: 'targets.targetYear',
  value: 'targets.value',
  valueMax: 'targets.valueMax',
  unit: 'targets.unit',
  qualifier: 'targets.qualifier',
  sourceText: 'targets.sourceText',
  jurisdiction: 'targets.jurisdiction',
  strive: 'targets.strive',
  cumulativeFrom: 'targets.cumulativeFrom',
  year: 'observations.year',
  sourceTitle: 'observations.sourceTitle',
  sourceUrl: 'observations.sourceUrl',
  url: 'sources.url',
  file: 'sources.file',
  title: 'sources.title',
  publisher: 'sources.publisher',
  language: 'sources.language',
  official: 'sources.official',
  type: 'relations.type',
  target: 'relations.target',
  issue: 'newsletter.issue',
  section: 'newsletter.section',
  group: 'newsletter.group',
  order: 'newsletter.order',
  en: 'field.en',
  zh: 'field.zh',
};

/** "Targets › Target 1 › Base year" for "targets.0.baseYear"; "Title (Chinese)" for "title.zh". */
export function fieldLabel(path: string, t: T): string {
  if (path === 'title.en') return t('field.titleEn');
  if (path === 'title.zh') return t('field.titleZh');
  if (path === 'summary.en') return t('field.summaryEn');
  if (path === 'summary.zh') return t('field.summaryZh');
  const [head, ...rest] = path.split('.');
  const parts = [TOP[head] ? t(TOP[head]) : head];
  let i = 0;
  if (rest.length && /^\d+$/.test(rest[0]) && ROW[head]) {
    parts.push(t(ROW[head], { n: Number(rest[0]) + 1 }));
    i = 1;
  }
  for (const r of rest.slice(i)) parts.push(SUB[r] ? t(SUB[r]) : /^\d+$/.test(r) ? String(Number(r) + 1) : r);
  return parts.join(' › ');
}
