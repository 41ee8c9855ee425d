import { rowsOf, type Queryable } from '../database/sql';
import { PUBLISHED_ENTRY } from '../targets/targets.queries';
import type { SectorTerm } from './region-facets';
import type { RegionInfo } from './region-tree';

/** SQL of the region directory and region pages' sector list; typed rows. */

export const allRegions = (db: Queryable) =>
  rowsOf<RegionInfo>(
    db,
    `SELECT code, parent_code AS parent, kind, name_en AS en, name_zh AS zh, short_en AS "enShort", short_zh AS "zhShort", sort
             FROM regions`,
  );

/** Published entries per jurisdiction: one grouped scan. */
export const publishedCountsByJurisdiction = (db: Queryable) =>
  rowsOf<{ code: string; n: number }>(db, `SELECT e.jurisdiction AS code, count(*)::int AS n FROM entries e WHERE ${PUBLISHED_ENTRY} GROUP BY e.jurisdiction`);

export const sectorTerms = (db: Queryable) =>
  rowsOf<SectorTerm>(
    db,
    `SELECT code, parent_code AS parent, label_en AS en, label_zh AS zh FROM taxonomy_terms WHERE taxonomy = 'sector' ORDER BY sort, code`,
  );
