import { syntheticEntry, type EntryData } from '@dualcarbon/domain';
import type { Pool } from 'pg';
import { toRows } from '../entries/entry.mapper';

export interface LoadOptions {
  /** How many entries: slugs synthetic-<from> … synthetic-<from + count - 1>. */
  count: number;
  from?: number;
  /** PRNG seed of the domain's generator; the same (seed, index) always gives the same entry. */
  seed?: number;
  /** Entries per INSERT statement and transaction. */
  batchSize?: number;
  /** Connections loading at once (default 2). */
  workers?: number;
  onProgress?: (done: number, inserted: number) => void;
}

export interface LoadResult {
  inserted: number;
  skipped: number;
  ms: number;
}

/** Marks rows this loader wrote, so they can be told apart (and removed) later. */
export const SYNTHETIC_CHECKSUM = 'synthetic';

/**
 * One statement per batch: the batch travels as one JSON parameter, entries are inserted with
 * ON CONFLICT (slug) DO NOTHING (so a re-run over the same slug range adds nothing), and targets and
 * the first revision are written only for the rows actually inserted.
 */
const INSERT_BATCH = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
      slug text, kind text, title_en text, title_zh text, summary_en text, summary_zh text, issuing_bodies text[],
      jurisdiction text, level text, sectors text[], instrument_type text, themes text[], ghgs text[], policy_status text,
      issued_on date, document_number text, period_from smallint, period_to smallint, published_at timestamptz, targets jsonb, data jsonb)
  ), ins AS (
    INSERT INTO entries (slug, kind, title_en, title_zh, summary_en, summary_zh, issuing_bodies, jurisdiction, level, sectors,
                         instrument_type, themes, ghgs, policy_status, issued_on, document_number, period_from, period_to,
                         workflow_status, published_at, seed_checksum)
    SELECT slug, kind, title_en, title_zh, summary_en, summary_zh, issuing_bodies, jurisdiction, level, sectors,
           instrument_type, themes, ghgs, policy_status, issued_on, document_number, period_from, period_to,
           'published', published_at, '${SYNTHETIC_CHECKSUM}'
    FROM input
    ON CONFLICT (slug) DO NOTHING
    RETURNING id, slug
  ), targets AS (
    INSERT INTO entry_targets (entry_id, position, metric, target_year, value, unit, comparison, base_year, qualifier, strive, cumulative_from)
    SELECT ins.id, t.n - 1, t.j->>'metric', (t.j->>'targetYear')::smallint, (t.j->>'value')::numeric, t.j->>'unit',
           t.j->>'comparison', (t.j->>'baseYear')::smallint, t.j->>'qualifier', coalesce((t.j->>'strive')::boolean, false),
           (t.j->>'cumulativeFrom')::smallint
    FROM ins JOIN input USING (slug), jsonb_array_elements(input.targets) WITH ORDINALITY AS t(j, n)
  ), revisions AS (
    INSERT INTO entry_revisions (entry_id, version, workflow_status, data)
    SELECT ins.id, 1, 'published', input.data FROM ins JOIN input USING (slug)
  )
  SELECT count(*)::int AS inserted FROM ins`;

/** A field of the entry row under its column name (titleEn → title_en), as INSERT_BATCH reads the batch. */
const columnName = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The entry's columns as the editor's writer makes them (toRows); INSERT_BATCH takes the ones it names. */
function toRecord(e: EntryData) {
  const { entry } = toRows(e);
  return {
    ...Object.fromEntries(Object.entries(entry).map(([field, value]) => [columnName(field), value])),
    published_at: e.issuedOn ? `${e.issuedOn}T08:00:00Z` : new Date().toISOString(),
    targets: e.targets,
    data: e,
  };
}

/**
 * Loads synthetic entries in batches, each in its own transaction, on `workers` connections at once
 * (the database does the work: one per core). Returns how many were new.
 */
export async function loadSyntheticEntries(pool: Pool, opts: LoadOptions): Promise<LoadResult> {
  const started = Date.now();
  const from = opts.from ?? 0;
  const batchSize = Math.max(1, opts.batchSize ?? 1000);
  const batches = Math.ceil(opts.count / batchSize);
  let next = 0;
  let done = 0;
  let inserted = 0;

  const worker = async () => {
    const client = await pool.connect();
    try {
      for (let b = next++; b < batches; b = next++) {
        const first = b * batchSize;
        const size = Math.min(batchSize, opts.count - first);
        const batch = Array.from({ length: size }, (_, i) => toRecord(syntheticEntry(from + first + i, { seed: opts.seed })));
        await client.query('BEGIN');
        try {
          const { rows } = await client.query<{ inserted: number }>(INSERT_BATCH, [JSON.stringify(batch)]);
          await client.query('COMMIT');
          inserted += rows[0].inserted;
        } catch (err) {
          await client.query('ROLLBACK');
          throw err;
        }
        done += size;
        opts.onProgress?.(done, inserted);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.workers ?? 2) }, worker));
  // Fresh statistics and visibility map: the planner picks the right plans, facet counts scan the index only.
  await pool.query('VACUUM (ANALYZE) entries, entry_targets');
  return { inserted, skipped: opts.count - inserted, ms: Date.now() - started };
}
