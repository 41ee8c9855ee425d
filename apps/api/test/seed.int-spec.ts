import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findRepoRoot } from '../src/config/repo-root';
import { FIXTURE_SEED, startTestApp, type TestApp } from './helpers/test-app';

const count = async (t: TestApp, sql: string) => Number((await t.db.query(sql))[0].n);

describe('seeder', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(() => t?.close());
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  /** A private, editable copy of the fixture seed. */
  const copyFixture = () => {
    dir = mkdtempSync(join(tmpdir(), 'dualcarbon-seed-'));
    cpSync(FIXTURE_SEED, dir, { recursive: true });
    return dir;
  };
  const editEntry = (slug: string, edit: (e: Record<string, any>) => void) => {
    const file = join(dir, 'entries', `${slug}.json`);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    edit(json);
    writeFileSync(file, JSON.stringify(json));
  };

  it('loads regions, taxonomies, entries and newsletters once, and a second run duplicates nothing', async () => {
    const first = await t.seed(copyFixture());
    expect(first.entries).toMatchObject({ total: 3, created: 3 });
    const totals = async () => ({
      entries: await count(t, 'SELECT count(*) n FROM entries'),
      targets: await count(t, 'SELECT count(*) n FROM entry_targets'),
      revisions: await count(t, 'SELECT count(*) n FROM entry_revisions'),
      regions: await count(t, 'SELECT count(*) n FROM regions'),
      terms: await count(t, 'SELECT count(*) n FROM taxonomy_terms'),
      newsletters: await count(t, 'SELECT count(*) n FROM newsletters'),
      placements: await count(t, 'SELECT count(*) n FROM newsletter_placements'),
    });
    const before = await totals();
    expect(before).toMatchObject({ entries: 3, targets: 3, revisions: 3, newsletters: 1, placements: 2 });
    expect(before.regions).toBeGreaterThan(300);
    expect(before.terms).toBeGreaterThan(50);

    const second = await t.seed(dir);
    expect(second).toEqual({ reference: 'unchanged', entries: 'unchanged', newsletters: 'unchanged' });
    expect(await totals()).toEqual(before);
    const runs = await t.db.query(`SELECT name, checksum FROM seed_runs ORDER BY id`);
    expect(runs.map((r: { name: string }) => r.name)).toEqual(['reference', 'entries', 'newsletters']);
  });

  it('records seeded entries as published with a first revision by nobody', async () => {
    const [row] = await t.db.query(
      `SELECT e.workflow_status, e.version, e.published_at, r.version AS rev, r.created_by, r.data->>'slug' AS slug
       FROM entries e JOIN entry_revisions r ON r.entry_id = e.id WHERE e.slug = 'national-test-peaking-plan'`,
    );
    expect(row).toMatchObject({ workflow_status: 'published', version: 1, rev: 1, created_by: null, slug: 'national-test-peaking-plan' });
    expect(new Date(row.published_at).toISOString()).toBe('2021-10-24T00:00:00.000Z');
  });

  it('updates seed entries whose seed changed, but keeps entries people edited', async () => {
    copyFixture();
    // A person saved the report: their revision has a created_by.
    await t.db.query(
      `INSERT INTO entry_revisions (entry_id, version, workflow_status, data, created_by)
       SELECT id, 2, 'published', '{}'::jsonb, gen_random_uuid() FROM entries WHERE slug = 'igdp-test-report'`,
    );
    editEntry('guangdong-test-synergy-plan', (e) => {
      e.title.en = 'Guangdong Plan, Revised Title';
      e.targets[0].value = 19;
    });
    editEntry('igdp-test-report', (e) => (e.title.en = 'Seed would overwrite this'));

    const report = await t.seed(dir);
    expect(report.entries).toMatchObject({ created: 0, updated: 1, unchanged: 1, keptEdits: ['igdp-test-report'] });

    const res = await request(t.app.getHttpServer()).get('/api/entries/guangdong-test-synergy-plan').expect(200);
    expect(res.body.title.en).toBe('Guangdong Plan, Revised Title');
    expect(res.body.targets).toHaveLength(1);
    expect(res.body.targets[0].value).toBe(19);
    const [{ version }] = await t.db.query(`SELECT version FROM entries WHERE slug = 'guangdong-test-synergy-plan'`);
    expect(version).toBe(2);
    expect(await count(t, `SELECT count(*) n FROM entry_revisions r JOIN entries e ON e.id = r.entry_id WHERE e.slug = 'guangdong-test-synergy-plan'`)).toBe(2);
    const [{ title_en }] = await t.db.query(`SELECT title_en FROM entries WHERE slug = 'igdp-test-report'`);
    expect(title_en).toBe('A Test Report Without a Date');
  });

  it('fails loudly on an invalid seed file, naming the file and field, and writes nothing', async () => {
    copyFixture();
    editEntry('guangdong-test-synergy-plan', (e) => (e.targets[0].value = 'eighteen'));
    const before = await count(t, 'SELECT count(*) n FROM seed_runs');
    await expect(t.seed(dir)).rejects.toThrow(/entries\/guangdong-test-synergy-plan\.json is not a valid entry:\n\s+targets\.0\.value: Expected a number/);
    expect(await count(t, 'SELECT count(*) n FROM seed_runs')).toBe(before);
  });

  it('rejects an unknown region code before writing anything', async () => {
    copyFixture();
    editEntry('igdp-test-report', (e) => (e.jurisdiction = '999900'));
    await expect(t.seed(dir)).rejects.toThrow(/entries\/igdp-test-report\.json is not a valid entry:\n\s+jurisdiction: Unknown region code "999900"/);
    // A zone is valid for the domain when its city exists, but it must also be in the database.
    editEntry('igdp-test-report', (e) => Object.assign(e, { jurisdiction: '440300-qianhai', level: 'zone' }));
    await expect(t.seed(dir)).rejects.toThrow('entries/igdp-test-report.json: jurisdiction: unknown region code "440300-qianhai"');
  });

  it('loads the repository seed (data/seed) when it is there', async () => {
    const seedDir = join(findRepoRoot(), 'data/seed');
    if (!existsSync(join(seedDir, 'entries'))) return;
    const report = await t.seed(seedDir);
    expect(report.entries).not.toBe('unchanged');
    const total = await count(t, 'SELECT count(*) n FROM entries');
    expect(total).toBeGreaterThan(3);
  });

  it('serves what readers come for from the repository seed: provinces compared, the Action Plan implemented', async () => {
    const seedDir = join(findRepoRoot(), 'data/seed');
    await t.seed(seedDir);
    const http = () => request(t.app.getHttpServer());
    // Issue 15: every province's 2025 non-fossil share side by side, beside the national figure.
    const { body: shares } = await http().get('/api/targets').query({ metric: 'non_fossil_share', targetYear: 2025, pageSize: 200 }).expect(200);
    const places = new Set<string>(shares.rows.map((r: { jurisdiction: { code: string } }) => r.jurisdiction.code));
    expect(places.has('CN')).toBe(true);
    const provinces = [...places].filter((c) => /^\d{2}0000$/.test(c));
    expect(provinces.length).toBeGreaterThanOrEqual(20);
    // Provinces whose 2025 share comes only from an energy plan, 1+N opinions or similar document (not a peaking plan):
    // Hebei, Jiangsu (as assigned), Zhejiang, Fujian, Chongqing.
    expect(provinces).toEqual(expect.arrayContaining(['130000', '320000', '330000', '350000', '500000']));
    // Peak years and "as assigned" targets are comparable too.
    const { body: peaks } = await http().get('/api/targets').query({ metric: 'co2_emissions', comparison: 'peak', pageSize: 200 }).expect(200);
    expect(peaks.rows.length).toBeGreaterThanOrEqual(15);
    const { body: assigned } = await http().get('/api/targets').query({ metric: 'carbon_intensity', comparison: 'assigned', pageSize: 200 }).expect(200);
    expect(assigned.rows.length).toBeGreaterThanOrEqual(5);
    // The national Action Plan's page: which provinces implement it, and which do not yet.
    const { body: impl } = await http().get('/api/entries/carbon-dioxide-peaking-action-plan-before-2030/implementation').expect(200);
    expect(impl.covered).toBeGreaterThanOrEqual(8);
    expect(impl.missing.length).toBe(31 - impl.covered);
  });
});
