import type { EntityManager } from 'typeorm';
import { firstRow, rowsOf, type Queryable } from '../database/sql';

/** SQL the entry validation reads: whether reference data changed, and slugs in use. */

/** Changes whenever a region or a live term is added, changed or deleted (one cheap query). */
export const referenceDataSignature = async (db: Queryable) =>
  (await firstRow<{ signature: string }>(
    db,
    `SELECT concat_ws('|', (SELECT max(updated_at) FROM regions), (SELECT count(*) FROM regions),
                             (SELECT max(updated_at) FROM taxonomy_terms), (SELECT count(*) FROM taxonomy_terms WHERE deleted_at IS NULL)) AS signature`,
  ))!.signature;

/** Which of `slugs` other entries use, live or in a working revision, trashed or soft-deleted included. */
export const slugsInUse = async (m: Queryable | EntityManager, slugs: string[], exceptId: string | null) =>
  (
    await rowsOf<{ slug: string }>(
      m,
      `SELECT slug FROM entries WHERE slug = ANY($1) AND id IS DISTINCT FROM $2
       UNION
       SELECT working_data->>'slug' FROM entries WHERE working_data->>'slug' = ANY($1) AND id IS DISTINCT FROM $2`,
      [slugs, exceptId],
    )
  ).map((r) => r.slug);
