import type { ObservationRow, TargetRow, TargetTable } from '@dualcarbon/domain';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { rowsOf, type Queryable } from '../database/sql';

type Metric = TargetTable['metric'];

/** Published, not deleted: the only entries the public sees. */
export const PUBLISHED_ENTRY = `e.workflow_status = 'published' AND e.deleted_at IS NULL`;
/** Tree order of regions: country, provinces, cities, zones, each in the list's order. */
const REGION_ORDER = `CASE r.kind WHEN 'country' THEN 0 WHEN 'province' THEN 1 WHEN 'city' THEN 2 ELSE 3 END, r.sort, r.code`;
const JURISDICTION = `json_build_object('code', r.code, 'kind', r.kind, 'en', r.name_en, 'zh', r.name_zh, 'enShort', r.short_en, 'zhShort', r.short_zh)`;

export interface TargetFilter {
  metric?: string;
  targetYear?: number;
  /** Jurisdiction codes (a region and its descendants); undefined for all. */
  jurisdictions?: string[];
  kind?: string;
  comparison?: string;
  limit: number;
  offset?: number;
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

interface TargetRecord extends Omit<TargetRow, 'value' | 'valueMax' | 'entry'> {
  value: string | null;
  valueMax: string | null;
  slug: string;
  titleEn: string | null;
  titleZh: string | null;
  issuedOn: string | null;
  documentNumber: string | null;
  total: number;
}

/** The WHERE clause of a target filter (its values added to `p`): published entries only. */
function targetWhere(f: Omit<TargetFilter, 'limit' | 'offset'>, p: Params): string {
  const where = [PUBLISHED_ENTRY];
  if (f.metric !== undefined) where.push(`t.metric = ${p.add(f.metric)}`);
  if (f.targetYear !== undefined) where.push(`t.target_year = ${p.add(f.targetYear)}`);
  if (f.kind !== undefined) where.push(`r.kind = ${p.add(f.kind)}`);
  if (f.comparison !== undefined) where.push(`t.comparison = ${p.add(f.comparison)}`);
  if (f.jurisdictions) {
    // The resolved jurisdiction is an expression over two tables: find the rows from either side's
    // index instead (the entry's jurisdiction, or the target's own), so a region is never a full scan.
    const j = p.add(f.jurisdictions);
    where.push(`t.id IN (
      SELECT t2.id FROM entries e2 JOIN entry_targets t2 ON t2.entry_id = e2.id
       WHERE e2.jurisdiction = ANY(${j}::varchar[]) AND (t2.jurisdiction IS NULL OR t2.jurisdiction = ANY(${j}::varchar[]))
      UNION ALL
      SELECT t3.id FROM entry_targets t3 WHERE t3.jurisdiction = ANY(${j}::varchar[]))`);
  }
  return where.join(' AND ');
}

/** A target's entry, its resolved jurisdiction (a target without one applies to its entry's) and its metric term. */
const TARGET_JOINS = `
       JOIN entries e ON e.id = t.entry_id
       JOIN regions r ON r.code = coalesce(t.jurisdiction, e.jurisdiction)
       LEFT JOIN taxonomy_terms m ON m.taxonomy = 'metric' AND m.code = t.metric`;
const TARGET_FROM = `FROM entry_targets t ${TARGET_JOINS}`;
/** By jurisdiction, metric (taxonomy order), year, newest entry first. */
const TARGET_ORDER = `${REGION_ORDER}, m.sort, t.metric, t.target_year, e.issued_on DESC NULLS LAST, e.slug, t.position`;

/**
 * Targets of published entries, one row per target, its jurisdiction resolved (a target without
 * one applies to its entry's jurisdiction). Ordered by jurisdiction, metric (taxonomy order), year, newest entry first.
 */
export async function findTargets(db: DataSource, f: TargetFilter): Promise<{ rows: TargetRow[]; total: number }> {
  const p = new Params();
  const where = targetWhere(f, p);
  const records = (await db.query(
    `SELECT t.metric, ${JURISDICTION} AS jurisdiction, t.value, t.value_max AS "valueMax", t.unit, t.comparison,
            t.base_year AS "baseYear", t.qualifier, t.strive, t.cumulative_from AS "cumulativeFrom", t.target_year AS "targetYear",
            t.source_text AS "sourceText", e.slug, e.title_en AS "titleEn", e.title_zh AS "titleZh",
            to_char(e.issued_on, 'YYYY-MM-DD') AS "issuedOn", e.document_number AS "documentNumber",
            count(*) OVER ()::int AS total
      ${TARGET_FROM}
      WHERE ${where}
      ORDER BY ${TARGET_ORDER}
      LIMIT ${p.add(f.limit)} OFFSET ${p.add(f.offset ?? 0)}`,
    p.values,
  )) as TargetRecord[];
  const rows = records.map(({ value, valueMax, slug, titleEn, titleZh, issuedOn, documentNumber, total: _total, ...rest }) => ({
    ...rest,
    value: value === null ? null : Number(value),
    valueMax: valueMax === null ? null : Number(valueMax),
    entry: { slug, title: { en: titleEn ?? undefined, zh: titleZh ?? undefined }, issuedOn, documentNumber },
  }));
  const total = records[0]?.total ?? (f.offset ? await countTargets(db, f) : 0);
  return { rows, total };
}

/** One exported target: its place, metric, value and the entry it comes from (see export/target-columns.ts). */
export interface TargetExportRow {
  jurisdiction: string;
  region_kind: string;
  region_en: string;
  region_zh: string;
  metric: string;
  metric_en: string | null;
  metric_zh: string | null;
  comparison: string;
  value: string | null;
  value_max: string | null;
  unit: string | null;
  qualifier: string;
  strive: boolean;
  base_year: number | null;
  cumulative_from: number | null;
  target_year: number;
  source_text: string | null;
  source_language: string | null;
  slug: string;
  title_en: string | null;
  title_zh: string | null;
  document_number: string | null;
  issued_on: string | null;
}

/**
 * The export's two statements: the ids of every target the filter selects, in the table's order; and
 * the rows of a list of those ids, in the list's order, their entry checked to be public again (one may
 * be unpublished between the two).
 */
export function targetExportQueries(f: Omit<TargetFilter, 'limit' | 'offset'>): { ids: string; rowsByIds: string; values: unknown[] } {
  const p = new Params();
  const where = targetWhere(f, p);
  return {
    ids: `SELECT t.id ${TARGET_FROM} WHERE ${where} ORDER BY ${TARGET_ORDER}`,
    rowsByIds: `
      SELECT coalesce(t.jurisdiction, e.jurisdiction) AS jurisdiction, r.kind AS region_kind, r.name_en AS region_en, r.name_zh AS region_zh,
             t.metric, m.label_en AS metric_en, m.label_zh AS metric_zh, t.comparison, t.value, t.value_max, t.unit, t.qualifier, t.strive,
             t.base_year, t.cumulative_from, t.target_year, t.source_text, t.source_language,
             e.slug, e.title_en, e.title_zh, e.document_number, to_char(e.issued_on, 'YYYY-MM-DD') AS issued_on
      FROM unnest($1::bigint[]) WITH ORDINALITY AS k(id, n)
      JOIN entry_targets t ON t.id = k.id
      ${TARGET_JOINS}
      WHERE ${PUBLISHED_ENTRY}
      ORDER BY k.n`,
    values: p.values,
  };
}

/** Only needed when a page past the end is asked for. */
async function countTargets(db: DataSource, f: TargetFilter): Promise<number> {
  const { total } = await findTargets(db, { ...f, limit: 1, offset: 0 });
  return total;
}

/**
 * Official statistics for a metric: standalone ones and those from published entries, by
 * jurisdiction then year.
 */
export async function findObservations(
  db: DataSource,
  f: { metric: string; jurisdictions?: string[]; kind?: string; comparison?: string; limit: number },
): Promise<ObservationRow[]> {
  const p = new Params();
  const where = [`o.metric = ${p.add(f.metric)}`, `(o.entry_id IS NULL OR (${PUBLISHED_ENTRY}))`];
  if (f.jurisdictions) where.push(`o.jurisdiction = ANY(${p.add(f.jurisdictions)}::varchar[])`);
  if (f.kind !== undefined) where.push(`r.kind = ${p.add(f.kind)}`);
  if (f.comparison !== undefined) where.push(`o.comparison = ${p.add(f.comparison)}`);
  const rows = (await db.query(
    `SELECT o.metric, ${JURISDICTION} AS jurisdiction, o.year, o.value, o.unit, o.comparison, o.base_year AS "baseYear", o.qualifier,
            o.source_title AS "sourceTitle", o.source_url AS "sourceUrl"
       FROM observations o
       LEFT JOIN entries e ON e.id = o.entry_id
       JOIN regions r ON r.code = o.jurisdiction
      WHERE ${where.join(' AND ')}
      ORDER BY ${REGION_ORDER}, o.year, o.id
      LIMIT ${p.add(f.limit)}`,
    p.values,
  )) as (Omit<ObservationRow, 'value'> & { value: string })[];
  return rows.map((o) => ({ ...o, value: Number(o.value) }));
}

/** Metric terms (admins may add some), in taxonomy order. */
export const metricTermRows = (db: Queryable) =>
  rowsOf<Metric>(
    db,
    `SELECT code, label_en AS en, label_zh AS zh, unit, default_comparison AS "defaultComparison"
           FROM taxonomy_terms WHERE taxonomy = 'metric' ORDER BY sort, code`,
  );

/** How many published targets and observations use each metric, and the target years; one scan. */
export const metricUsage = (db: Queryable) =>
  rowsOf<{ metric: string; targetCount: number; observationCount: number; targetYears: number[] }>(
    db,
    `SELECT metric, sum(targets)::int AS "targetCount", sum(observations)::int AS "observationCount",
                  coalesce(array_agg(DISTINCT target_year ORDER BY target_year) FILTER (WHERE target_year IS NOT NULL), '{}') AS "targetYears"
             FROM (SELECT t.metric, t.target_year, 1 AS targets, 0 AS observations
                     FROM entry_targets t JOIN entries e ON e.id = t.entry_id WHERE ${PUBLISHED_ENTRY}
                   UNION ALL
                   SELECT o.metric, NULL, 0, 1
                     FROM observations o LEFT JOIN entries e ON e.id = o.entry_id
                    WHERE o.entry_id IS NULL OR (${PUBLISHED_ENTRY})) u
            GROUP BY metric`,
  );

/** The targets export's reads on the export pool: the ids in the table's order, then their rows a chunk at a time. */
export function targetExportReader(pool: Pool, filter: Omit<TargetFilter, 'limit' | 'offset'>) {
  const sql = targetExportQueries(filter);
  return {
    ids: async () => (await pool.query<{ id: string }>(sql.ids, sql.values)).rows.map((r) => r.id),
    rowsByIds: async (ids: string[]) => (await pool.query<TargetExportRow>(sql.rowsByIds, [ids])).rows,
  };
}
