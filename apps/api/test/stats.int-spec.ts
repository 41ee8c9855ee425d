import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ENTRIES_DIR, startSearchApp } from './search-seed';

const SEED: { level: string; jurisdiction: string; sectors?: string[]; issuedOn?: string }[] = readdirSync(SEED_ENTRIES_DIR).map((f) =>
  JSON.parse(readFileSync(join(SEED_ENTRIES_DIR, f), 'utf8')),
);
const tally = (values: string[]) => {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
};
const asMap = (list: { code: string; count: number }[]) => Object.fromEntries(list.map((x) => [x.code, x.count]));

describe('GET /api/stats', () => {
  let t: Awaited<ReturnType<typeof startSearchApp>>;
  beforeAll(async () => {
    t = await startSearchApp();
  });
  afterAll(() => t?.close());

  it('counts published entries by year, sector, level and province', async () => {
    const res = await t.http().get('/api/stats').expect(200);
    expect(res.body.total).toBe(SEED.length);
    expect(res.body.byYear).toEqual([{ year: 2023, count: 1 }]);
    expect(res.body.undated).toBe(SEED.length - 1);
    expect(asMap(res.body.byLevel)).toEqual(tally(SEED.map((e) => e.level)));
    expect(asMap(res.body.byProvince)).toEqual(tally(SEED.filter((e) => e.jurisdiction !== 'CN').map((e) => `${e.jurisdiction.slice(0, 2)}0000`)));
    const sectorPaths = SEED.flatMap((e) => [...new Set((e.sectors ?? []).flatMap((s) => [s.split('.')[0], s]))]);
    expect(asMap(res.body.bySector)).toEqual(tally(sectorPaths));
  });

  it('applies the same filters as search, drafts never counted', async () => {
    const search = await t.http().get('/api/entries?sector=energy&region=150000,440000').expect(200);
    const res = await t.http().get('/api/stats?sector=energy&region=150000,440000').expect(200);
    expect(res.body.total).toBe(search.body.total);
    expect(res.body.byProvince).toEqual([
      { code: '150000', count: 2 },
      { code: '440000', count: 1 },
    ]);
    // The hidden draft, unpublished and deleted entries are all Hebei hydrogen entries.
    const hebei = await t.http().get('/api/stats?region=130000').expect(200);
    expect(hebei.body).toMatchObject({ total: 1, byProvince: [{ code: '130000', count: 1 }] });
    const q = await t.http().get('/api/stats?q=氢能').expect(200);
    expect(q.body.total).toBe(2);
  });
});
