import { describe, expect, it } from 'vitest';
import { parseEntryQuery } from '../query';
import { parseEntryInput } from '../validation';
import { SECTORS } from '../taxonomies';
import { queryVocabularyOf, readPublicTaxonomies, STATIC_TERMS, taxonomySetsOf, withStaticTerms } from './live';

const term = (code: string, sort: number, extra: Record<string, unknown> = {}) => ({
  code,
  en: `EN ${code}`,
  zh: `中 ${code}`,
  parent: null,
  sort,
  keywords: [],
  unit: null,
  defaultComparison: null,
  ...extra,
});

const payload = {
  sectors: [term('industry', 1), term('energy', 0), term('industry.glass', 0, { parent: 'industry', keywords: ['glass'] })],
  instruments: [term('plan', 0)],
  themes: [term('coal_phase_down', 0)],
  issuers: [term('ndrc', 0)],
  metrics: [term('co2_intensity', 0, { unit: '%', defaultComparison: 'reduction' })],
};

describe('readPublicTaxonomies', () => {
  it('reads every taxonomy in its order, parents and units kept', () => {
    const live = readPublicTaxonomies(payload);
    expect(live.sectors?.map((t) => t.code)).toEqual(['energy', 'industry.glass', 'industry']);
    expect(live.sectors?.find((t) => t.code === 'industry.glass')).toMatchObject({ parent: 'industry', en: 'EN industry.glass', keywords: ['glass'] });
    expect(live.sectors?.find((t) => t.code === 'energy')).not.toHaveProperty('parent');
    expect(live.metrics?.[0]).toMatchObject({ code: 'co2_intensity', unit: '%' });
  });

  it('leaves out a missing or malformed taxonomy instead of failing the others', () => {
    const live = readPublicTaxonomies({ sectors: payload.sectors, themes: [{ code: 1 }] });
    expect(Object.keys(live)).toEqual(['sectors']);
    expect(readPublicTaxonomies(null)).toEqual({});
    expect(withStaticTerms(live).themes).toBe(STATIC_TERMS.themes);
  });
});

describe('queryVocabularyOf', () => {
  it('accepts an added code and refuses a retired one once the live terms are known', () => {
    const live = readPublicTaxonomies(payload);
    const vocabulary = queryVocabularyOf(live);
    const ok = parseEntryQuery({ sector: 'industry.glass' }, vocabulary);
    expect(ok.success && ok.data.sector).toEqual(['industry.glass']);
    expect(parseEntryQuery({ sector: 'transport' }, vocabulary).success).toBe(false);
    expect(parseEntryQuery({ sector: 'industry.glass' }).success).toBe(false);
  });

  it('uses the built-in lists for taxonomies not known yet', () => {
    const vocabulary = queryVocabularyOf({});
    expect(vocabulary.sectors).toBe(SECTORS);
    expect(parseEntryQuery({ sector: 'transport', region: '130000' }, vocabulary).success).toBe(true);
  });
});

describe('taxonomySetsOf', () => {
  const entry = (sectors: string[]) => ({ kind: 'policy', slug: 'a-b', title: { en: 'A', zh: '甲' }, jurisdiction: 'CN', level: 'national', sectors });

  it('checks the given taxonomies against the live codes', () => {
    const taxonomy = taxonomySetsOf(readPublicTaxonomies(payload));
    expect(parseEntryInput(entry(['industry.glass']), { taxonomy }).ok).toBe(true);
    const bad = parseEntryInput(entry(['transport']), { taxonomy });
    expect(!bad.ok && bad.issues.map((i) => i.code)).toEqual(['entry/unknown_sector']);
    expect(taxonomy.metricUnits?.get('co2_intensity')).toBe('%');
  });

  it('leaves taxonomies not known yet unchecked (no "unknown" before the terms arrive)', () => {
    const taxonomy = taxonomySetsOf({});
    expect(taxonomy.sectors).toBeUndefined();
    expect(parseEntryInput(entry(['industry.glass']), { taxonomy }).ok).toBe(true);
  });
});
