import { regionIndex, type RegionIndex } from '../regions/lookup';
import { GHGS } from '../taxonomies/enums';
import { SECTORS } from '../taxonomies/sectors';
import { THEMES } from '../taxonomies/themes';
import type { Term } from '../taxonomies/types';
import { suggestInstrument } from './instrument';
import { suggestJurisdiction } from './jurisdiction';
import { suggestTerms } from './topics';
import { fieldTexts, type Classification, type ClassifyInput } from './types';

export interface ClassifyOptions {
  /** Regions to look for (defaults to the static list; pass createRegionIndex(zones) to find zones). */
  regions?: RegionIndex;
  /** Vocabularies (default to the static taxonomies; pass the DB's when admins added terms). */
  sectors?: readonly Term[];
  themes?: readonly Term[];
  instruments?: readonly Term[];
  /** Minimum score for sectors, themes and gases (default 1: one key point naming it). */
  threshold?: number;
}

/**
 * Suggests an entry's level, jurisdiction, instrument type, sectors, themes and gases from its text,
 * each with the words that triggered it. Pure and deterministic; suggestions for an editor to confirm.
 */
export function classify(input: ClassifyInput, opts: ClassifyOptions = {}): Classification {
  const texts = fieldTexts(input);
  const juris = suggestJurisdiction(texts, opts.regions ?? regionIndex);
  const instruments = suggestInstrument(texts, input.publisher, opts.instruments);
  return {
    level: juris.level,
    jurisdiction: juris.best,
    instrumentType: instruments[0],
    sectors: suggestTerms(texts, opts.sectors ?? SECTORS, { threshold: opts.threshold, metricTags: 'sectors' }),
    themes: suggestTerms(texts, opts.themes ?? THEMES, { threshold: opts.threshold, metricTags: 'themes' }),
    ghgs: suggestTerms(texts, GHGS, { threshold: opts.threshold }),
    alternatives: { jurisdiction: juris.ranked.slice(1, 6), instrumentType: instruments.slice(1, 4) },
  };
}
