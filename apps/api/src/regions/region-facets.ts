import { parentMap, type RegionPage, termLineage } from '@dualcarbon/domain';
import type { DataSource } from 'typeorm';
import { PUBLISHED_ENTRY } from '../targets/targets.queries';

export interface SectorTerm {
  code: string;
  parent: string | null;
  en: string;
  zh: string;
}

/**
 * Entries per sector and per year issued, for entries in `scope` (jurisdiction codes; undefined for
 * all). One grouped scan: the database groups by (sector set, year), of which there are few, and the
 * sets are expanded here so a parent sector counts each entry tagged with it or any sub-sector once.
 */
export async function countBySectorAndYear(
  db: DataSource,
  scope: string[] | undefined,
  sectors: SectorTerm[],
): Promise<Pick<RegionPage, 'bySector' | 'byYear'>> {
  const groups = (await db.query(
    `SELECT e.sectors, extract(year FROM e.issued_on)::int AS year, count(*)::int AS n
       FROM entries e
      WHERE ${PUBLISHED_ENTRY}${scope ? ' AND e.jurisdiction = ANY($1::varchar[])' : ''}
      GROUP BY 1, 2`,
    scope ? [scope] : [],
  )) as { sectors: string[]; year: number | null; n: number }[];
  return tallySectorsAndYears(groups, sectors);
}

export function tallySectorsAndYears(groups: { sectors: string[]; year: number | null; n: number }[], sectors: SectorTerm[]) {
  const parents = parentMap(sectors);
  const bySector = new Map<string, number>();
  const byYear = new Map<number | null, number>();
  for (const { sectors: tags, year, n } of groups) {
    byYear.set(year, (byYear.get(year) ?? 0) + n);
    const codes = new Set(tags.flatMap((tag) => termLineage(parents, tag)));
    for (const c of codes) bySector.set(c, (bySector.get(c) ?? 0) + n);
  }
  return {
    bySector: sectors.filter((s) => bySector.has(s.code)).map((s) => ({ ...s, count: bySector.get(s.code)! })),
    byYear: [...byYear].map(([year, count]) => ({ year, count })).sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : b.year - a.year)),
  };
}
