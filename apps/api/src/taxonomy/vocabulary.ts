import {
  isZoneCode,
  queryVocabularyOf,
  taxonomySetsOf,
  type LiveTerms,
  type QueryVocabulary,
  type Region,
  type TaxonomySets,
  type Term,
} from '@dualcarbon/domain';
import type { DataSource } from 'typeorm';
import { TAXONOMIES, type Taxonomy } from '../database/entities';

export type VocabularyTerm = Term & { unit: string | null };

/** One reading of what the database knows: the live terms of each open taxonomy (in their order) and every region. */
export interface Vocabulary {
  terms: Record<Taxonomy, VocabularyTerm[]>;
  regions: ReadonlyMap<string, Region>;
}

/** A taxonomy_terms row as the vocabularies read it. */
export type TermRow = {
  taxonomy: string;
  code: string;
  parent_code: string | null;
  label_en: string;
  label_zh: string;
  unit: string | null;
  keywords: string[] | null;
};
type RegionRow = { code: string; parent_code: string | null; kind: Region['kind']; name_en: string; name_zh: string; short_en: string; short_zh: string };

/** Deleted and merged terms (tombstones) are left out. */
const TERMS_SQL = `SELECT taxonomy, code, parent_code, label_en, label_zh, unit, keywords FROM taxonomy_terms WHERE deleted_at IS NULL ORDER BY taxonomy, sort, code`;
const REGIONS_SQL = `SELECT code, parent_code, kind, name_en, name_zh, short_en, short_zh FROM regions`;

/**
 * Reads the vocabulary. Editorial validation (EntryValidationService: the primary, checked on every
 * save) and the public filters (QueryVocabularyService: the read database, per public data version)
 * both build on this; only how long they keep a reading differs.
 */
export async function loadVocabulary(db: DataSource): Promise<Vocabulary> {
  const [termRows, regionRows] = (await Promise.all([db.query(TERMS_SQL), db.query(REGIONS_SQL)])) as [TermRow[], RegionRow[]];
  const terms = Object.fromEntries(TAXONOMIES.map((t) => [t, [] as VocabularyTerm[]])) as Record<Taxonomy, VocabularyTerm[]>;
  for (const r of termRows) {
    terms[r.taxonomy as Taxonomy]?.push({
      code: r.code,
      en: r.label_en,
      zh: r.label_zh,
      ...(r.parent_code ? { parent: r.parent_code } : {}),
      unit: r.unit,
      keywords: r.keywords ?? [],
    });
  }
  const regions = new Map<string, Region>(
    regionRows.map((r) => [
      r.code,
      { code: r.code, parent: r.parent_code ?? null, kind: r.kind, en: r.name_en, zh: r.name_zh, enShort: r.short_en, zhShort: r.short_zh },
    ]),
  );
  return { terms, regions };
}

/** The terms by the names the domain (and the public API) uses. */
const byName = ({ terms }: Vocabulary): Required<LiveTerms> => ({
  sectors: terms.sector,
  instruments: terms.instrument_type,
  themes: terms.theme,
  issuers: terms.issuing_body,
  metrics: terms.metric,
});

/** The domain's entry validation sets (editor saves, imports): every taxonomy checked. */
export function taxonomySets(v: Vocabulary): TaxonomySets {
  return taxonomySetsOf(byName(v));
}

/**
 * The public entry filters' vocabulary. Regions are the table's rows; a well-formed zone code is
 * accepted as before (zones are rows too, but a zone nobody uses simply matches nothing).
 */
export function queryVocabulary(v: Vocabulary): QueryVocabulary {
  return queryVocabularyOf(byName(v), (code) => v.regions.has(code) || isZoneCode(code));
}
