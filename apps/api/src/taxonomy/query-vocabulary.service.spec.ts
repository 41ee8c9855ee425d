import { describe, expect, it, vi } from 'vitest';
import type { DataSource } from 'typeorm';
import type { DataVersionService } from '../http/data-version.service';
import { QueryVocabularyService } from './query-vocabulary.service';

const TERMS = [
  { taxonomy: 'sector', code: 'energy', parent_code: null, label_en: 'Energy', label_zh: '能源', unit: null },
  { taxonomy: 'sector', code: 'mining', parent_code: 'energy', label_en: 'Mining', label_zh: '采矿', unit: null },
  { taxonomy: 'theme', code: 'hydrogen', parent_code: null, label_en: 'Hydrogen', label_zh: '氢能', unit: null },
  { taxonomy: 'instrument_type', code: 'action_plan', parent_code: null, label_en: 'Action plan', label_zh: '行动方案', unit: null },
  { taxonomy: 'issuing_body', code: 'state_council', parent_code: null, label_en: 'State Council', label_zh: '国务院', unit: null },
];
const REGIONS = [{ code: '130000', parent_code: 'CN', kind: 'province', name_en: 'Hebei Province', name_zh: '河北省', short_en: 'Hebei', short_zh: '河北' }];

/** A read database with these terms, and a data version whose tag the test moves. */
function setup(terms = TERMS) {
  const version = { tag: 'v1' };
  const query = vi.fn(async (sql: string) => (sql.includes('taxonomy_terms') ? terms : REGIONS));
  const service = new QueryVocabularyService(
    { query } as unknown as DataSource,
    { get: async () => ({ tag: version.tag, lastModified: new Date() }) } as unknown as DataVersionService,
  );
  return { service, version, query, loads: () => query.mock.calls.filter(([sql]) => sql.includes('taxonomy_terms')).length };
}

describe('QueryVocabularyService', () => {
  it('compiles schemas from the database terms and regions', async () => {
    const { filters, query } = await setup().service.schemas();
    expect(filters.safeParse({ sector: 'mining', theme: 'hydrogen', instrument: 'action_plan', issuer: 'state_council' }).success).toBe(true);
    expect(filters.safeParse({ region: '130000,120100-binhai' }).success).toBe(true);
    // Built-in codes the database does not have (deleted or merged) are refused; so are regions it lacks.
    for (const bad of [{ sector: 'industry' }, { region: '440000' }, { theme: 'adaptation' }]) expect(filters.safeParse(bad).success).toBe(false);
    expect(query.parse({ sector: 'mining', page: '2' })).toMatchObject({ sector: ['mining'], page: 2, sort: 'newest' });
  });

  it('compiles once per data version, and again when the version moves', async () => {
    const { service, version, loads } = setup();
    const first = await service.schemas();
    await Promise.all([service.schemas(), service.schemas(), service.schemas()]);
    expect(await service.schemas()).toBe(first);
    expect(loads()).toBe(1);
    version.tag = 'v2';
    expect(await service.schemas()).not.toBe(first);
    expect(loads()).toBe(2);
  });

  it('does not keep a failed load', async () => {
    const { service, query, loads } = setup();
    query.mockRejectedValueOnce(new Error('connection terminated'));
    await expect(service.schemas()).rejects.toThrow('connection terminated');
    await expect(service.schemas()).resolves.toBeDefined();
    expect(loads()).toBe(2);
  });
});
