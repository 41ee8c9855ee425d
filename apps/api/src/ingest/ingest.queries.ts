import type { EntryRef, MetricTerm, Region, Term } from '@dualcarbon/domain';
import type { DataSource } from 'typeorm';
import type { TermRow } from '../taxonomy/vocabulary';
import type { IngestVocabulary } from './ingest-task';

/** Cited titles must match this well (pg_trgm word_similarity: the cited name inside an entry's title). */
export const CITED_TITLE_MIN = 0.8;
/** A near-same title: trigram similarity of the whole titles. */
export const DUPLICATE_TITLE_MIN = 0.5;

const ENTRY_REF = `json_build_object('id', e.id, 'slug', e.slug, 'title', json_strip_nulls(json_build_object('en', e.title_en, 'zh', e.title_zh)),
  'workflowStatus', coalesce(e.working_status, e.workflow_status))`;
/** Not deleted (trashed entries still count: an editor may restore one rather than ingest again). */
const LIVE = `e.deleted_at IS NULL`;

/** The ingest also reads a metric's default comparison. */
type IngestTermRow = TermRow & { default_comparison: string | null };
type ZoneRow = { code: string; parent_code: string; name_en: string; name_zh: string; short_en: string; short_zh: string };

/** The live taxonomy terms (keywords included: the classifier matches them) and the zones admins added. */
export async function loadIngestVocabulary(db: DataSource): Promise<IngestVocabulary> {
  const [terms, zones] = (await Promise.all([
    db.query(`SELECT taxonomy, code, parent_code, label_en, label_zh, keywords, unit, default_comparison
                FROM taxonomy_terms WHERE deleted_at IS NULL AND merged_into IS NULL ORDER BY taxonomy, sort, code`),
    db.query(`SELECT code, parent_code, name_en, name_zh, short_en, short_zh FROM regions WHERE kind = 'zone'`),
  ])) as [IngestTermRow[], ZoneRow[]];
  const of = (taxonomy: string): Term[] =>
    terms
      .filter((t) => t.taxonomy === taxonomy)
      .map((t) => ({ code: t.code, en: t.label_en, zh: t.label_zh, ...(t.parent_code ? { parent: t.parent_code } : {}), keywords: t.keywords ?? [] }));
  const metrics: MetricTerm[] = terms
    .filter((t) => t.taxonomy === 'metric' && t.unit)
    .map((t) => ({
      code: t.code,
      en: t.label_en,
      zh: t.label_zh,
      keywords: t.keywords ?? [],
      unit: t.unit!,
      defaultComparison: (t.default_comparison ?? 'level') as MetricTerm['defaultComparison'],
    }));
  return {
    sectors: of('sector'),
    themes: of('theme'),
    instruments: of('instrument_type'),
    issuers: of('issuing_body'),
    metrics,
    zones: zones.map((z): Region => ({
      code: z.code,
      parent: z.parent_code,
      kind: 'zone',
      en: z.name_en,
      zh: z.name_zh,
      enShort: z.short_en,
      zhShort: z.short_zh,
    })),
  };
}

export interface CitedMatch {
  /** Index of the cited title in the list asked about. */
  index: number;
  entry: EntryRef;
  score: number;
}

/**
 * For each cited title, the entry whose title contains it best (word_similarity ≥ CITED_TITLE_MIN:
 * 《2030年前碳达峰行动方案》 finds "国务院关于印发2030年前碳达峰行动方案的通知"), published ones first on a tie.
 * The `<%` operator lets the trigram indexes on the titles find the candidates.
 */
export async function findCitedEntries(db: DataSource, titles: string[]): Promise<CitedMatch[]> {
  if (!titles.length) return [];
  const rows = (await db.query(
    `SELECT c.i::int - 1 AS index, m.entry, m.score
       FROM unnest($1::text[]) WITH ORDINALITY AS c(t, i)
       CROSS JOIN LATERAL (
         SELECT ${ENTRY_REF} AS entry,
                greatest(word_similarity(c.t, coalesce(e.title_zh, '')), word_similarity(c.t, coalesce(e.title_en, ''))) AS score
           FROM entries e
          WHERE ${LIVE} AND (c.t <% e.title_zh OR c.t <% e.title_en)
          ORDER BY score DESC, (e.workflow_status = 'published') DESC, e.created_at
          LIMIT 1) m
      WHERE m.score >= $2`,
    [titles, CITED_TITLE_MIN],
  )) as Array<{ index: number; entry: EntryRef; score: number }>;
  return rows.map((r) => ({ index: r.index, entry: r.entry, score: Number(r.score) }));
}

/** Entries whose title is near-same as one of these (trigram similarity ≥ DUPLICATE_TITLE_MIN), best first. */
export async function findSimilarTitles(db: DataSource, titles: string[], limit = 5): Promise<Array<{ entry: EntryRef; similarity: number }>> {
  const ts = [...new Set(titles.filter((t) => t.trim().length >= 4))];
  if (!ts.length) return [];
  const rows = (await db.query(
    `SELECT ${ENTRY_REF} AS entry, max(greatest(similarity(coalesce(e.title_zh, ''), t), similarity(coalesce(e.title_en, ''), t))) AS similarity
       FROM entries e, unnest($1::text[]) AS t
      WHERE ${LIVE} AND (e.title_zh % t OR e.title_en % t)
      GROUP BY e.id
     HAVING max(greatest(similarity(coalesce(e.title_zh, ''), t), similarity(coalesce(e.title_en, ''), t))) >= $2
      ORDER BY similarity DESC, e.id
      LIMIT $3`,
    [ts, DUPLICATE_TITLE_MIN, limit],
  )) as Array<{ entry: EntryRef; similarity: number }>;
  return rows.map((r) => ({ entry: r.entry, similarity: Number(r.similarity) }));
}

/** Entries that print this document number in their title or summary (until entries carry the number itself). */
export async function findByDocumentNumber(db: DataSource, documentNumber: string, limit = 5): Promise<EntryRef[]> {
  const rows = (await db.query(
    `SELECT ${ENTRY_REF} AS entry FROM entries e WHERE ${LIVE} AND e.search_text ILIKE '%' || $1 || '%' ORDER BY e.created_at LIMIT $2`,
    [documentNumber.replace(/[\\%_]/g, (c) => '\\' + c), limit],
  )) as Array<{ entry: EntryRef }>;
  return rows.map((r) => r.entry);
}
