import { HEADLINE_METRICS, type ImplementerRow, type Implementation } from '@dualcarbon/domain';
import type { DataSource } from 'typeorm';
import { EntryTargetEntity } from '../database/entities';
import { hydrate } from '../database/hydrate';
import { readRows } from '../database/pg-pool';
import { toTarget } from './entry.mapper';

const PUBLIC = (e: string) => `${e}.workflow_status = 'published' AND ${e}.deleted_at IS NULL`;

/**
 * Who implements each document `targets` selects (a query giving `slug`): (target, id, jurisdiction, via)
 * once per implementing entry. Published entries naming it in an `implements` relation, and published
 * entries of the same province implementing one of those subnational entries (a city's plan
 * implementing its province's plan, which names the document), with `via` that entry's slug; an entry
 * found both ways counts as direct. Every step is published, so nothing unpublished is ever named. The
 * relations' to_slug index finds both steps; one sort keeps each entry once (no anti-join per row).
 */
const implementers = (targets: string) => `
  WITH target AS (${targets}),
  direct AS (
    SELECT r.to_slug AS target, e.id, e.slug, e.jurisdiction
    FROM target t
    JOIN entry_relations r ON r.to_slug = t.slug AND r.type = 'implements'
    JOIN entries e ON e.id = r.entry_id AND ${PUBLIC('e')} AND e.slug <> r.to_slug
  ),
  candidates AS (
    SELECT target, id, jurisdiction, NULL::text AS via FROM direct
    UNION ALL
    SELECT d.target, e.id, e.jurisdiction, d.slug
    FROM direct d
    JOIN entry_relations r ON r.to_slug = d.slug AND r.type = 'implements'
    JOIN entries e ON e.id = r.entry_id AND ${PUBLIC('e')} AND e.slug <> d.target AND left(e.jurisdiction, 2) = left(d.jurisdiction, 2)
    WHERE d.jurisdiction <> 'CN'
  )
  SELECT DISTINCT ON (target, id) target, id, jurisdiction, via FROM candidates ORDER BY target, id, via NULLS FIRST`;

/** The implementing entries of one published document, with their place and headline-metric targets. */
const ROWS_SQL = `
  SELECT i.via, e.slug, e.title_en, e.title_zh, e.level, to_char(e.issued_on, 'YYYY-MM-DD') AS issued_on,
         r.code, r.kind, r.name_en, r.name_zh, r.short_en, r.short_zh,
         (SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.position), '[]') FROM entry_targets t
           WHERE t.entry_id = e.id AND t.metric = ANY($2::text[])) AS targets
  FROM (${implementers(`SELECT $1::text AS slug`)}) i
  JOIN entries e ON e.id = i.id
  JOIN regions r ON r.code = e.jurisdiction`;

const DOCUMENT_SQL = `
  SELECT e.slug, e.title_en, e.title_zh, e.jurisdiction, e.level FROM entries e WHERE e.slug = $1 AND ${PUBLIC('e')}`;

/** Per document of a search page (by search key): the jurisdictions of the entries implementing it. */
const PLACES_BY_KEYS_SQL = `
  SELECT i.target, array_agg(i.jurisdiction) AS jurisdictions
  FROM (${implementers(`SELECT e.slug FROM entries e WHERE e.search_key = ANY($1::int[]) AND ${PUBLIC('e')}`)}) i
  GROUP BY i.target`;

interface Row {
  via: string | null;
  slug: string;
  title_en: string | null;
  title_zh: string | null;
  level: string;
  issued_on: string | null;
  code: string;
  kind: ImplementerRow['jurisdiction']['kind'];
  name_en: string;
  name_zh: string;
  short_en: string;
  short_zh: string;
  targets: Record<string, unknown>[];
}

const opt = (s: string | null) => s ?? undefined;

/** The published document and its implementing entries; null when no published entry has the slug. */
export async function findImplementation(db: DataSource, slug: string): Promise<{ entry: Implementation['entry']; rows: ImplementerRow[] } | null> {
  const [[doc], rows] = await Promise.all([
    readRows<{ slug: string; title_en: string | null; title_zh: string | null; jurisdiction: string; level: string }>(db, DOCUMENT_SQL, [slug], {
      prepared: true,
    }),
    readRows<Row>(db, ROWS_SQL, [slug, HEADLINE_METRICS], { prepared: true }),
  ]);
  if (!doc) return null;
  return {
    entry: { slug: doc.slug, title: { en: opt(doc.title_en), zh: opt(doc.title_zh) }, jurisdiction: doc.jurisdiction, level: doc.level },
    rows: rows.map((r) => ({
      slug: r.slug,
      title: { en: opt(r.title_en), zh: opt(r.title_zh) },
      jurisdiction: { code: r.code, kind: r.kind, en: r.name_en, zh: r.name_zh, enShort: r.short_en, zhShort: r.short_zh },
      level: r.level,
      issuedOn: r.issued_on,
      via: r.via,
      targets: r.targets.map((t) => toTarget(hydrate(db, EntryTargetEntity, t))),
    })),
  };
}

/** Slug → jurisdictions of its implementing entries, for the documents among these search keys that have any. */
export async function implementerPlaces(db: DataSource, keys: readonly number[]): Promise<Map<string, string[]>> {
  if (!keys.length) return new Map();
  const rows = await readRows<{ target: string; jurisdictions: string[] }>(db, PLACES_BY_KEYS_SQL, [keys], { prepared: true });
  return new Map(rows.map((r) => [r.target, r.jurisdictions]));
}
