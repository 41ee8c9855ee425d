import { INSTRUMENT_TYPES, ISSUING_BODIES, METRICS, REGIONS, SECTORS, THEMES, type Term } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import type { Taxonomy } from '../database/entities';

const KIND_DEPTH = { country: 0, province: 1, city: 2, zone: 3 } as const;

/** Region rows from the domain's list, parents before children; `sort` keeps the list's order. */
export function regionRows() {
  return REGIONS.map((r, sort) => ({
    code: r.code,
    parent_code: r.parent,
    kind: r.kind,
    name_en: r.en,
    name_zh: r.zh,
    short_en: r.enShort,
    short_zh: r.zhShort,
    alt_names: [...(r.alt ?? [])],
    sort,
  })).sort((a, b) => KIND_DEPTH[a.kind] - KIND_DEPTH[b.kind] || a.sort - b.sort);
}

/** The open taxonomies admins can extend; closed vocabularies (levels, kinds, …) stay in code. */
const TAXONOMY_SOURCES: Record<Taxonomy, readonly Term[]> = {
  sector: SECTORS,
  instrument_type: INSTRUMENT_TYPES,
  theme: THEMES,
  metric: METRICS,
  issuing_body: ISSUING_BODIES,
};

export function taxonomyRows() {
  return Object.entries(TAXONOMY_SOURCES).flatMap(([taxonomy, terms]) =>
    terms.map((t, sort) => ({
      taxonomy,
      code: t.code,
      parent_code: t.parent ?? null,
      label_en: t.en,
      label_zh: t.zh,
      sort,
      keywords: [...(t.keywords ?? [])],
      unit: 'unit' in t ? (t.unit as string) : null,
      default_comparison: 'defaultComparison' in t ? (t.defaultComparison as string) : null,
    })),
  );
}

/**
 * Upserts both lists in two statements. Rows an admin took over (origin 'admin') keep their edits,
 * and unchanged rows are not rewritten, so updated_at means "changed".
 */
export async function upsertReferenceData(manager: EntityManager) {
  const regions = regionRows();
  await manager.query(
    `INSERT INTO regions (code, parent_code, kind, name_en, name_zh, short_en, short_zh, alt_names, sort)
     SELECT code, parent_code, kind, name_en, name_zh, short_en, short_zh, alt_names, sort
     FROM jsonb_to_recordset($1::jsonb) AS x(code text, parent_code text, kind text, name_en text, name_zh text,
                                              short_en text, short_zh text, alt_names text[], sort int)
     ON CONFLICT (code) DO UPDATE SET
       parent_code = EXCLUDED.parent_code, kind = EXCLUDED.kind, name_en = EXCLUDED.name_en, name_zh = EXCLUDED.name_zh,
       short_en = EXCLUDED.short_en, short_zh = EXCLUDED.short_zh, alt_names = EXCLUDED.alt_names, sort = EXCLUDED.sort,
       updated_at = now()
     WHERE regions.origin = 'seed'
       AND (regions.parent_code, regions.kind, regions.name_en, regions.name_zh, regions.short_en, regions.short_zh, regions.alt_names, regions.sort)
           IS DISTINCT FROM
           (EXCLUDED.parent_code, EXCLUDED.kind, EXCLUDED.name_en, EXCLUDED.name_zh, EXCLUDED.short_en, EXCLUDED.short_zh, EXCLUDED.alt_names, EXCLUDED.sort)`,
    [JSON.stringify(regions)],
  );
  const terms = taxonomyRows();
  await manager.query(
    `INSERT INTO taxonomy_terms (taxonomy, code, parent_code, label_en, label_zh, sort, keywords, unit, default_comparison)
     SELECT taxonomy, code, parent_code, label_en, label_zh, sort, keywords, unit, default_comparison
     FROM jsonb_to_recordset($1::jsonb) AS x(taxonomy text, code text, parent_code text, label_en text, label_zh text,
                                              sort int, keywords text[], unit text, default_comparison text)
     ON CONFLICT (taxonomy, code) DO UPDATE SET
       parent_code = EXCLUDED.parent_code, label_en = EXCLUDED.label_en, label_zh = EXCLUDED.label_zh, sort = EXCLUDED.sort,
       keywords = EXCLUDED.keywords, unit = EXCLUDED.unit, default_comparison = EXCLUDED.default_comparison, updated_at = now()
     WHERE taxonomy_terms.origin = 'seed'
       AND (taxonomy_terms.parent_code, taxonomy_terms.label_en, taxonomy_terms.label_zh, taxonomy_terms.sort,
            taxonomy_terms.keywords, taxonomy_terms.unit, taxonomy_terms.default_comparison)
           IS DISTINCT FROM
           (EXCLUDED.parent_code, EXCLUDED.label_en, EXCLUDED.label_zh, EXCLUDED.sort, EXCLUDED.keywords, EXCLUDED.unit, EXCLUDED.default_comparison)`,
    [JSON.stringify(terms)],
  );
  return { regions: regions.length, terms: terms.length };
}
