import { z } from 'zod';
import { isRegionCode, isZoneCode } from '../regions';
import { ISSUING_BODIES } from '../taxonomies/enums';
import { INSTRUMENT_TYPES } from '../taxonomies/instruments';
import { METRICS } from '../taxonomies/metrics';
import { SECTORS } from '../taxonomies/sectors';
import { THEMES } from '../taxonomies/themes';
import type { QueryVocabulary } from '../query/entry-query-shape';
import type { TaxonomySets } from '../validation/context';
import { OPEN_TAXONOMIES, type LiveTerm, type LiveTerms, type OpenTaxonomy } from './open-taxonomies';

/** One term of `GET /api/taxonomies`: flat, in order, with its parent's code. */
export const PublicTermSchema = z.object({
  code: z.string(),
  en: z.string(),
  zh: z.string(),
  parent: z.string().nullable().describe('Code of the parent term (sectors are a tree)'),
  sort: z.number().int().describe('Order among its siblings'),
  keywords: z.array(z.string()).describe('Words the classifier treats as evidence for the term'),
  unit: z.string().nullable().describe('Metrics: the canonical unit'),
  defaultComparison: z.string().nullable().describe('Metrics: how targets on it usually compare'),
});
export type PublicTerm = z.infer<typeof PublicTermSchema>;

/** `GET /api/taxonomies`: the active terms of every open taxonomy (retired and merged ones left out). */
export const PublicTaxonomiesSchema = z.object(
  Object.fromEntries(OPEN_TAXONOMIES.map((name) => [name, z.array(PublicTermSchema)])) as Record<OpenTaxonomy, z.ZodArray<typeof PublicTermSchema>>,
);
export type PublicTaxonomies = z.infer<typeof PublicTaxonomiesSchema>;

/** The built-in lists: what the clients use until the API has answered (or if it cannot). */
export const STATIC_TERMS: Required<LiveTerms> = {
  sectors: SECTORS,
  instruments: INSTRUMENT_TYPES,
  themes: THEMES,
  issuers: ISSUING_BODIES,
  metrics: METRICS,
};

const toLiveTerm = (t: PublicTerm): LiveTerm => ({
  code: t.code,
  en: t.en,
  zh: t.zh,
  ...(t.parent ? { parent: t.parent } : {}),
  keywords: t.keywords,
  unit: t.unit,
});

/**
 * Reads a `GET /api/taxonomies` answer. Each taxonomy is read on its own: one that is missing or
 * malformed is left out (the caller keeps its fallback for it) rather than failing the others.
 */
export function readPublicTaxonomies(payload: unknown): LiveTerms {
  const out: LiveTerms = {};
  const body = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  for (const name of OPEN_TAXONOMIES) {
    const list = z.array(PublicTermSchema).safeParse(body[name]);
    if (list.success) out[name] = [...list.data].sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code)).map(toLiveTerm);
  }
  return out;
}

/** The live lists where known, the built-in ones elsewhere. */
export function withStaticTerms(live: LiveTerms): Required<LiveTerms> {
  return { ...STATIC_TERMS, ...Object.fromEntries(Object.entries(live).filter(([, v]) => v)) };
}

const staticIsRegion = (code: string) => isRegionCode(code) || isZoneCode(code);

/** The entry filters' vocabulary (search URLs): live terms where known, the built-in lists elsewhere. */
export function queryVocabularyOf(live: LiveTerms, isRegion: (code: string) => boolean = staticIsRegion): QueryVocabulary {
  const t = withStaticTerms(live);
  return { sectors: t.sectors, themes: t.themes, instruments: t.instruments, issuers: t.issuers, metrics: t.metrics, isRegion };
}

const codeSet = (terms: readonly { code: string }[] | undefined) => (terms ? new Set(terms.map((t) => t.code)) : undefined);

/**
 * The entry validation's vocabularies. Only the taxonomies given are checked: a form whose live terms
 * have not arrived yet leaves them to the server rather than calling a new term unknown.
 */
export function taxonomySetsOf(live: Partial<Record<OpenTaxonomy, readonly { code: string; unit?: string | null }[]>>): TaxonomySets {
  const units = live.metrics?.flatMap((m) => (m.unit ? [[m.code, m.unit] as const] : []));
  return {
    sectors: codeSet(live.sectors),
    instruments: codeSet(live.instruments),
    themes: codeSet(live.themes),
    issuingBodies: codeSet(live.issuers),
    metrics: codeSet(live.metrics),
    metricUnits: units && new Map(units),
  };
}
