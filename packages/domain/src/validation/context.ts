import { regionIndex } from '../regions/lookup';
import type { Region } from '../regions/types';
import { ISSUING_BODIES } from '../taxonomies/enums';
import { INSTRUMENT_TYPES } from '../taxonomies/instruments';
import { METRICS } from '../taxonomies/metrics';
import { SECTORS } from '../taxonomies/sectors';
import { THEMES } from '../taxonomies/themes';

/** Known codes per vocabulary; a missing set is not checked. */
export interface TaxonomySets {
  sectors?: ReadonlySet<string>;
  instruments?: ReadonlySet<string>;
  themes?: ReadonlySet<string>;
  metrics?: ReadonlySet<string>;
  issuingBodies?: ReadonlySet<string>;
  /** Canonical unit per metric code; targets in another unit are flagged. */
  metricUnits?: ReadonlyMap<string, string>;
}

export type RegionLookup = { regionByCode(code: string): Region | undefined } | ((code: string) => Region | undefined);

export interface ValidationContext {
  /** Regions including zones from the DB. Defaults to the static list; zone codes are then accepted when their city exists. */
  regions?: RegionLookup;
  /** Vocabularies; unchecked when omitted (parseEntryInput defaults to the static lists). */
  taxonomy?: TaxonomySets;
  /** Whether another entry already uses the slug (exclude the entry being edited). */
  slugTaken?: (slug: string) => boolean;
  /**
   * What the database knows of a source's file id: one of this entry's files, the editor's own upload not
   * yet attached ('upload'), an upload kept past its expiry, or nothing. Unchecked when omitted (forms).
   */
  fileStatus?: (id: string) => SourceFileStatus;
}

export type SourceFileStatus = 'attached' | 'upload' | 'expired' | 'unknown';

const codes = (terms: readonly { code: string }[]) => new Set(terms.map((t) => t.code));

/** The built-in vocabularies. */
export const STATIC_TAXONOMY: Required<TaxonomySets> = {
  sectors: codes(SECTORS),
  instruments: codes(INSTRUMENT_TYPES),
  themes: codes(THEMES),
  metrics: codes(METRICS),
  issuingBodies: codes(ISSUING_BODIES),
  metricUnits: new Map(METRICS.map((m) => [m.code, m.unit])),
};

export function lookupFn(regions: RegionLookup | undefined): (code: string) => Region | undefined {
  if (!regions) return (code) => regionIndex.regionByCode(code);
  return typeof regions === 'function' ? regions : (code) => regions.regionByCode(code);
}
