import { toPublicSource, type EntryData, type PublicEntryAnswer, type RegionView, type Target } from '@dualcarbon/domain';
import type {
  EntryEntity,
  EntryRelationEntity,
  EntrySourceEntity,
  EntryTargetEntity,
  NewsletterPlacementEntity,
  ObservationEntity,
  RegionEntity,
} from '../database/entities';
import type { EntryChildren } from './entry-children';

export type { EntryChildren } from './entry-children';

type Row<T> = Omit<T, 'id' | 'entryId' | 'entry'>;

// Optional fields are absent rather than null in the API, as in the domain's schemas.
const opt = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/** Splits validated EntryData into the entry row's content columns and its child rows. */
export function toRows(data: EntryData) {
  const entry = {
    slug: data.slug,
    kind: data.kind,
    titleEn: data.title.en ?? null,
    titleZh: data.title.zh ?? null,
    summaryEn: data.summary.en ?? null,
    summaryZh: data.summary.zh ?? null,
    keyPoints: data.keyPoints,
    publisher: data.publisher ?? null,
    issuingBodies: data.issuingBodies,
    jurisdiction: data.jurisdiction,
    level: data.level,
    sectors: data.sectors,
    instrumentType: data.instrumentType ?? null,
    themes: data.themes,
    ghgs: data.ghgs,
    policyStatus: data.status,
    issuedOn: data.issuedOn ?? null,
    effectiveOn: data.effectiveOn ?? null,
    expiresOn: data.expiresOn ?? null,
    documentNumber: data.documentNumber ?? null,
    periodFrom: data.periodFrom ?? null,
    periodTo: data.periodTo ?? null,
  } satisfies Partial<EntryEntity>;
  const targets = data.targets.map((t, position): Row<EntryTargetEntity> => ({
    position,
    metric: t.metric,
    jurisdiction: t.jurisdiction ?? null,
    targetYear: t.targetYear,
    value: t.value ?? null,
    valueMax: t.valueMax ?? null,
    unit: t.unit ?? null,
    comparison: t.comparison,
    baseYear: t.baseYear ?? null,
    qualifier: t.qualifier,
    strive: t.strive,
    cumulativeFrom: t.cumulativeFrom ?? null,
    sourceText: t.sourceText ?? null,
    sourceLanguage: t.sourceLanguage ?? null,
  }));
  const observations = data.observations.map((o, position): Row<ObservationEntity> => ({
    position,
    metric: o.metric,
    jurisdiction: o.jurisdiction,
    year: o.year,
    value: o.value,
    unit: o.unit,
    comparison: o.comparison,
    baseYear: o.baseYear ?? null,
    qualifier: o.qualifier,
    sourceTitle: o.sourceTitle,
    sourceUrl: o.sourceUrl ?? null,
    sourceText: o.sourceText ?? null,
  }));
  const sources = data.sources.map((s, position): Row<EntrySourceEntity> => ({
    position,
    url: s.url ?? null,
    fileId: s.file ?? null,
    title: s.title ?? null,
    language: s.language,
    publisher: s.publisher ?? null,
    official: s.official,
  }));
  const relations = data.relations.map((r, position): Row<EntryRelationEntity> => ({ position, type: r.type, toSlug: r.target }));
  const placements = data.newsletter.map((n): Row<NewsletterPlacementEntity> => ({
    issue: n.issue,
    section: n.section,
    groupLabel: n.group ?? null,
    position: n.order,
  }));
  return { entry, targets, observations, sources, relations, placements };
}

const localized = (en: string | null, zh: string | null) => ({ en: opt(en), zh: opt(zh) });

/** A target row as the domain's Target (also for answers that list targets of several entries). */
export function toTarget(t: EntryTargetEntity): Target {
  return {
    metric: t.metric,
    jurisdiction: opt(t.jurisdiction),
    targetYear: t.targetYear,
    value: opt(t.value),
    valueMax: opt(t.valueMax),
    unit: opt(t.unit),
    comparison: t.comparison as Target['comparison'],
    baseYear: opt(t.baseYear),
    qualifier: t.qualifier as Target['qualifier'],
    strive: t.strive,
    cumulativeFrom: opt(t.cumulativeFrom),
    sourceText: opt(t.sourceText),
    sourceLanguage: opt(t.sourceLanguage) as Target['sourceLanguage'],
  };
}

/** Rebuilds the domain's EntryData from rows; the inverse of toRows. */
export function toEntryData(e: EntryEntity, c: EntryChildren): EntryData {
  return {
    kind: e.kind as EntryData['kind'],
    slug: e.slug,
    title: localized(e.titleEn, e.titleZh),
    summary: localized(e.summaryEn, e.summaryZh),
    keyPoints: e.keyPoints.map((k) => ({ en: opt(k.en), zh: opt(k.zh) })),
    publisher: opt(e.publisher),
    issuingBodies: e.issuingBodies,
    jurisdiction: e.jurisdiction,
    level: e.level as EntryData['level'],
    sectors: e.sectors,
    instrumentType: opt(e.instrumentType),
    themes: e.themes,
    ghgs: e.ghgs as EntryData['ghgs'],
    status: e.policyStatus as EntryData['status'],
    issuedOn: opt(e.issuedOn),
    effectiveOn: opt(e.effectiveOn),
    expiresOn: opt(e.expiresOn),
    documentNumber: opt(e.documentNumber),
    periodFrom: opt(e.periodFrom),
    periodTo: opt(e.periodTo),
    sources: c.sources.map((s) => ({
      url: opt(s.url),
      file: opt(s.fileId),
      title: opt(s.title),
      language: s.language as 'en' | 'zh',
      publisher: opt(s.publisher),
      official: s.official,
    })),
    targets: c.targets.map(toTarget),
    observations: c.observations.map((o) => ({
      metric: o.metric,
      jurisdiction: o.jurisdiction,
      year: o.year,
      value: o.value,
      unit: o.unit,
      comparison: o.comparison as EntryData['observations'][number]['comparison'],
      baseYear: opt(o.baseYear),
      qualifier: o.qualifier as EntryData['observations'][number]['qualifier'],
      sourceTitle: o.sourceTitle,
      sourceUrl: opt(o.sourceUrl),
      sourceText: opt(o.sourceText),
    })),
    relations: c.relations.map((r) => ({ type: r.type as EntryData['relations'][number]['type'], target: r.toSlug })),
    newsletter: c.placements.map((p) => ({
      issue: p.issue,
      section: p.section as EntryData['newsletter'][number]['section'],
      group: opt(p.groupLabel),
      order: p.position,
    })),
  };
}

export function toRegionView(r: RegionEntity | null | undefined): RegionView | null {
  if (!r) return null;
  return { code: r.code, parent: r.parentCode, kind: r.kind, en: r.nameEn, zh: r.nameZh, enShort: r.shortEn, zhShort: r.shortZh };
}

export function toPublicEntry(e: EntryEntity, c: EntryChildren, region: RegionEntity | null | undefined): PublicEntryAnswer {
  const data = toEntryData(e, c);
  return {
    id: e.id,
    ...data,
    // The editorial copy of a source document is never public: a source without a web address is named only.
    sources: data.sources.map(toPublicSource),
    region: toRegionView(region),
    publishedAt: (e.publishedAt ?? e.updatedAt).toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
