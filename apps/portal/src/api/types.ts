/**
 * The API's answers as the portal reads them: the domain's answer types (one source with the API's
 * schemas and its OpenAPI document), imported as types only, so no schema reaches the browser.
 */
import type { EntrySummary, ImplementedBy, PublicEntryAnswer, RegionView } from '@dualcarbon/domain';

export type { EntrySummary, RegionView };

/** `GET /api/entries/:slug`. */
export type EntryDetail = PublicEntryAnswer;

/** A row of a list the portal shows: a search hit carries how many entries implement it. */
export type EntryListing = EntrySummary & { implementedBy?: ImplementedBy | null };

/** A place's names as the portal writes them in running text: short English ("Guizhou"), full Chinese ("贵州省"). */
export interface RegionName {
  en: string;
  zh: string;
}

/** The names an answer sends with a place, as the portal writes them. */
export const regionName = (r: Pick<RegionView, 'enShort' | 'zh'>): RegionName => ({ en: r.enShort, zh: r.zh });

/** One counted value of a chart: a year, a sector, a province (`undated` for entries without a year). */
export interface CountRow {
  key: string;
  count: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
