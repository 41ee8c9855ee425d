import { regionIndex, type RegionIndex } from '../regions/lookup';
import { GHGS } from '../taxonomies/enums';
import { SECTORS } from '../taxonomies/sectors';
import { THEMES } from '../taxonomies/themes';
import type { Term } from '../taxonomies/types';
import { suggestInstrument } from './instrument';
import { suggestJurisdiction } from './jurisdiction';
import { suggestTerms } from './topics';
import { readDocumentHeader, type HeaderIssuer } from './header';
import { bump, fieldTexts, ranked, type Classification, type ClassifyInput, type Suggestion } from './types';

/** Bodies of the central government: a document they issue applies to the whole country. */
const CENTRAL_BODIES = new Set(['cpc_central_committee', 'state_council', 'mee', 'ndrc', 'miit', 'mof', 'nea', 'mot', 'mohurd', 'moa', 'pboc']);

/** What the classifier looks for; each defaults to the static list. */
export interface ClassifierVocabularies {
  /** Regions to look for (defaults to the static list; pass createRegionIndex(zones) to find zones). */
  regions?: RegionIndex;
  /** Vocabularies (default to the static taxonomies; pass the DB's when admins added terms). */
  sectors?: readonly Term[];
  themes?: readonly Term[];
  instruments?: readonly Term[];
}

export interface ClassifyOptions extends ClassifierVocabularies {
  /** Issuing-body vocabulary for the header reader (defaults to ISSUING_BODIES). */
  issuingBodies?: readonly Term[];
  /** Minimum score for sectors, themes and gases (default 1: one key point naming it). */
  threshold?: number;
}

/**
 * Suggests an entry's level, jurisdiction, instrument type, sectors, themes and gases from its text,
 * each with the words that triggered it. Pure and deterministic; suggestions for an editor to confirm.
 */
export function classify(input: ClassifyInput, opts: ClassifyOptions = {}): Classification {
  const texts = fieldTexts(input);
  const regions = opts.regions ?? regionIndex;
  const header = input.text ? readDocumentHeader(input.text, { regions, bodies: opts.issuingBodies }) : undefined;
  const issuers = header?.issuers ?? [];
  const issuerEvidence = (i: HeaderIssuer) => `${i.from === 'signature' ? 'signature' : 'title'}: ${i.name}`;
  // The signature names who issued it, and so where it applies: a local body its region, a central one the country.
  const placeEvidence = issuers.flatMap((i) => {
    const code = i.jurisdiction ?? (i.code && CENTRAL_BODIES.has(i.code) ? 'CN' : undefined);
    return code ? [{ code, score: i.from === 'signature' ? 4 : 3, text: issuerEvidence(i) }] : [];
  });
  const bodies = new Map<string, Suggestion>();
  for (const i of issuers) if (i.code) bump(bodies, i.code, i.from === 'signature' ? 3 : 2, issuerEvidence(i));
  const juris = suggestJurisdiction(texts, regions, placeEvidence);
  const instruments = suggestInstrument(texts, input.publisher, opts.instruments);
  return {
    level: juris.level,
    jurisdiction: juris.best,
    instrumentType: instruments[0],
    sectors: suggestTerms(texts, opts.sectors ?? SECTORS, { threshold: opts.threshold, metricTags: 'sectors' }),
    themes: suggestTerms(texts, opts.themes ?? THEMES, { threshold: opts.threshold, metricTags: 'themes' }),
    ghgs: suggestTerms(texts, GHGS, { threshold: opts.threshold }),
    issuingBodies: ranked(bodies),
    ...(header ? { header } : {}),
    alternatives: { jurisdiction: juris.ranked.slice(1, 6), instrumentType: instruments.slice(1, 4) },
  };
}
