import type { ImplementedBy, LocalizedText, PublicEntry } from '@dualcarbon/domain';

export interface RegionName {
  en: string;
  zh: string;
}

/** The jurisdiction as the API describes it alongside an entry (from its regions table). */
export interface RegionView {
  code: string;
  parent: string | null;
  kind: 'country' | 'province' | 'city' | 'zone';
  en: string;
  zh: string;
  enShort: string;
  zhShort: string;
}

/** One row of `GET /api/entries`. Texts are `{ en?, zh? }`: JSON leaves a missing language out. */
export type EntrySummary = Pick<
  PublicEntry,
  'slug' | 'kind' | 'jurisdiction' | 'level' | 'sectors' | 'instrumentType' | 'themes' | 'issuedOn' | 'publishedAt'
> & {
  title: LocalizedText;
  summary: LocalizedText;
  /** The jurisdiction's names: the API sends `region`; `jurisdictionName` is the older contract's form. */
  region?: RegionView | null;
  jurisdictionName?: RegionName;
  /** Search results: how many entries (in how many provinces) implement it; null or absent when none. */
  implementedBy?: ImplementedBy | null;
};

/** `GET /api/entries/:slug`. */
export type EntryDetail = EntrySummary &
  Pick<
    PublicEntry,
    | 'issuingBodies'
    | 'publisher'
    | 'ghgs'
    | 'status'
    | 'effectiveOn'
    | 'expiresOn'
    | 'documentNumber'
    | 'periodFrom'
    | 'periodTo'
    | 'sources'
    | 'targets'
    | 'observations'
    | 'relations'
    | 'updatedAt'
  > & {
    keyPoints: LocalizedText[];
  };

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
