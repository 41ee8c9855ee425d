import { readPublicTaxonomies } from '@dualcarbon/domain';
import { publicTerm } from '@dualcarbon/web/testing';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import * as live from '@/api/taxonomies';
import { toForm } from '@/lib/entryForm';
import { indexIssues, validateForm } from '@/lib/validation';

import { useTaxonomyStore } from './taxonomy';

vi.mock('@/api/taxonomies', () => ({ fetchLiveTerms: vi.fn() }));
const fetchLiveTerms = vi.mocked(live.fetchLiveTerms);

const form = (sectors: string[]) => toForm({ kind: 'policy', slug: 'glass-plan', title: { en: 'Plan' }, jurisdiction: 'CN', level: 'national', sectors });
const sectorErrors = (taxonomy: ReturnType<typeof useTaxonomyStore>, sectors: string[]) =>
  indexIssues(validateForm(form(sectors), { taxonomy: taxonomy.validation }))
    .under('sectors')
    .map((i) => i.code);

beforeEach(() => {
  setActivePinia(createPinia());
  vi.clearAllMocks();
});

describe('taxonomy store: the live vocabularies of the entry form', () => {
  it('does not call a term unknown before the live terms arrive', () => {
    const store = useTaxonomyStore();
    expect(store.source.sectors).toBe('static');
    expect(sectorErrors(store, ['industry.glass'])).toEqual([]);
  });

  it('offers, labels and accepts a term an admin added; refuses codes no longer active', async () => {
    fetchLiveTerms.mockResolvedValueOnce(
      readPublicTaxonomies({ sectors: [publicTerm('industry', 'Industry', '工业'), publicTerm('industry.glass', 'Flat glass', '平板玻璃', 'industry')] }),
    );
    const store = useTaxonomyStore();
    await store.loadLive();
    expect(store.source.sectors).toBe('live');
    expect(store.source.themes).toBe('static');
    expect(store.tree('sectors')[0].children.map((n) => n.term.code)).toEqual(['industry.glass']);
    expect(store.label('sectors', 'industry.glass', 'zh')).toBe('平板玻璃');
    expect(sectorErrors(store, ['industry.glass'])).toEqual([]);
    expect(sectorErrors(store, ['energy'])).toEqual(['entry/unknown_sector']);
  });

  it('keeps the built-in lists when the API cannot answer', async () => {
    fetchLiveTerms.mockRejectedValueOnce(new Error('offline'));
    const store = useTaxonomyStore();
    await store.loadLive();
    expect(store.source.sectors).toBe('static');
    expect(store.find('sectors', 'energy')?.en).toBe('Energy and power');
  });
});
