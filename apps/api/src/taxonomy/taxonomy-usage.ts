import type { EntryData } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import type { Taxonomy } from '../database/entities';

/** Array columns of entries and their EntryData keys, per taxonomy stored that way. */
const ARRAYS: Partial<Record<Taxonomy, { column: string; key: 'sectors' | 'themes' | 'issuingBodies' }>> = {
  sector: { column: 'sectors', key: 'sectors' },
  theme: { column: 'themes', key: 'themes' },
  issuing_body: { column: 'issuing_bodies', key: 'issuingBodies' },
};

/**
 * (id, code) pairs: every use of a term of the taxonomy by a non-deleted entry's public columns or
 * working revision; for metrics also targets and observations, stand-alone observations as 'obs:<id>'.
 */
function usesSql(taxonomy: Taxonomy): string {
  const live = `FROM entries e WHERE e.deleted_at IS NULL`;
  const arr = ARRAYS[taxonomy];
  if (arr) {
    return `SELECT e.id::text AS id, unnest(e.${arr.column}) AS code ${live}
            UNION ALL
            SELECT e.id::text, jsonb_array_elements_text(e.working_data->'${arr.key}') ${live} AND jsonb_typeof(e.working_data->'${arr.key}') = 'array'`;
  }
  if (taxonomy === 'instrument_type') {
    return `SELECT e.id::text AS id, e.instrument_type AS code ${live} AND e.instrument_type IS NOT NULL
            UNION ALL
            SELECT e.id::text, e.working_data->>'instrumentType' ${live} AND e.working_data ? 'instrumentType'`;
  }
  return `SELECT t.entry_id::text AS id, t.metric AS code FROM entry_targets t JOIN entries e ON e.id = t.entry_id AND e.deleted_at IS NULL
          UNION ALL
          SELECT coalesce(o.entry_id::text, 'obs:' || o.id), o.metric FROM observations o LEFT JOIN entries e ON e.id = o.entry_id
           WHERE o.entry_id IS NULL OR e.deleted_at IS NULL
          UNION ALL
          SELECT e.id::text, x->>'metric'
            FROM entries e, jsonb_array_elements(coalesce(e.working_data->'targets', '[]') || coalesce(e.working_data->'observations', '[]')) x
           WHERE e.deleted_at IS NULL AND e.working_data IS NOT NULL`;
}

/** Uses of every term of a taxonomy: entries (counted once however often they use it) and stand-alone observations. */
export async function usageByCode(m: EntityManager, taxonomy: Taxonomy): Promise<Map<string, number>> {
  const rows: Array<{ code: string; n: number }> = await m.query(`SELECT code, count(DISTINCT id)::int AS n FROM (${usesSql(taxonomy)}) u GROUP BY code`);
  return new Map(rows.map((r) => [r.code, r.n]));
}

export async function usageOf(m: EntityManager, taxonomy: Taxonomy, code: string): Promise<number> {
  const [{ n }] = await m.query(`SELECT count(DISTINCT id)::int AS n FROM (${usesSql(taxonomy)}) u WHERE code = $1`, [code]);
  return n;
}

/** Entries using the term (not stand-alone observations). */
export async function entriesUsing(m: EntityManager, taxonomy: Taxonomy, code: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await m.query(`SELECT DISTINCT id FROM (${usesSql(taxonomy)}) u WHERE code = $1 AND id NOT LIKE 'obs:%' ORDER BY id`, [
    code,
  ]);
  return rows.map((r) => r.id);
}

const swap = (list: string[], from: string, into: string) => [...new Set(list.map((c) => (c === from ? into : c)))];

/** The entry with `from` replaced by `into` (lists keep their order and lose duplicates). */
export function retag(data: EntryData, taxonomy: Taxonomy, from: string, into: string): EntryData {
  const arr = ARRAYS[taxonomy];
  if (arr) return { ...data, [arr.key]: swap(data[arr.key], from, into) };
  if (taxonomy === 'instrument_type') return data.instrumentType === from ? { ...data, instrumentType: into } : data;
  const metric = <T extends { metric: string }>(x: T): T => (x.metric === from ? { ...x, metric: into } : x);
  return { ...data, targets: data.targets.map(metric), observations: data.observations.map(metric) };
}
