import { WORKFLOW_STATES } from '@dualcarbon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import pino from 'pino';
import { createDataSource } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestDatabase, type TestDatabase } from './helpers/test-db';

describe('migrations', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDataSource(database.url, pino({ level: 'silent' }));
    await db.initialize(); // migrationsRun: the real migrations, as at boot
  });
  afterAll(async () => {
    if (db?.isInitialized) await db.destroy();
    await database?.drop();
  });

  const indexes = async () =>
    new Map<string, string>(
      (await db.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'`)).map((r: { indexname: string; indexdef: string }) => [
        r.indexname,
        r.indexdef,
      ]),
    );

  it('creates the public model', async () => {
    const tables = (await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map((r: { tablename: string }) => r.tablename);
    expect(tables).toEqual(
      expect.arrayContaining([
        'entries',
        'entry_relations',
        'entry_revisions',
        'entry_sources',
        'entry_targets',
        'newsletter_placements',
        'newsletters',
        'observations',
        'regions',
        'seed_runs',
        'taxonomy_terms',
        'typeorm_migrations',
      ]),
    );
    const [{ extname }] = await db.query(`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`);
    expect(extname).toBe('pg_trgm');
  });

  it('creates the indexes search and filters rely on', async () => {
    const idx = await indexes();
    for (const col of ['issuing_bodies', 'sectors', 'themes', 'ghgs']) expect(idx.get(`entries_${col}_gin`)).toContain('USING gin');
    expect(idx.get('entries_search_text_trgm')).toMatch(/USING gin \(search_text gin_trgm_ops\)/);
    expect(idx.get('entries_search_vector_gin')).toMatch(/USING gin \(search_vector\)/);
    expect(idx.get('entries_workflow_issued_idx')).toMatch(/\(workflow_status, issued_on DESC NULLS LAST\)/);
    expect(idx.get('entries_jurisdiction_idx')).toContain('(jurisdiction)');
    expect(idx.get('entries_level_idx')).toContain('(level)');
    expect(idx.get('entries_slug_key')).toContain('UNIQUE');
    expect(idx.get('taxonomy_terms_taxonomy_code_key')).toContain('(taxonomy, code)');
    expect(idx.get('entry_targets_metric_year_idx')).toContain('(metric, target_year)');
    expect(idx.get('observations_metric_jurisdiction_year_idx')).toContain('(metric, jurisdiction, year)');
  });

  it('fills the search columns from titles and summaries in both languages', async () => {
    await db.query(`INSERT INTO regions (code, kind, name_en, name_zh, short_en, short_zh) VALUES ('CN', 'country', 'China', '中国', 'China', '中国')`);
    await db.query(
      `INSERT INTO entries (slug, kind, title_en, title_zh, summary_en, jurisdiction, level)
       VALUES ('search-probe', 'policy', 'Carbon Peaking Action Plans', '碳达峰行动方案', 'Reducing emissions in industry', 'CN', 'national')`,
    );
    const [row] = await db.query(
      `SELECT search_text,
              search_vector @@ plainto_tsquery('english', 'reduce emission') AS stems,
              search_text ILIKE '%达峰行动%' AS chinese_substring,
              similarity(search_text, 'peaking plan') > 0 AS trigram
       FROM entries WHERE slug = 'search-probe'`,
    );
    expect(row.search_text).toContain('碳达峰行动方案');
    expect(row).toMatchObject({ stems: true, chinese_substring: true, trigram: true });
  });

  it('enforces the workflow states and title presence', async () => {
    await expect(
      db.query(
        `INSERT INTO entries (slug, kind, title_en, jurisdiction, level, workflow_status) VALUES ('bad-state', 'policy', 'x', 'CN', 'national', 'live')`,
      ),
    ).rejects.toThrow(/check constraint/);
    await expect(db.query(`INSERT INTO entries (slug, kind, jurisdiction, level) VALUES ('no-title', 'policy', 'CN', 'national')`)).rejects.toThrow(
      /entries_title_present/,
    );
  });

  it('accepts every workflow state the domain defines', async () => {
    for (const state of WORKFLOW_STATES) {
      await db.query(`INSERT INTO entries (slug, kind, title_en, jurisdiction, level, workflow_status) VALUES ($1, 'policy', 'x', 'CN', 'national', $2)`, [
        `state-${state.replace(/_/g, '-')}`,
        state,
      ]);
    }
  });

  it('reverts cleanly and applies again', async () => {
    // Newest first, every migration's down() in turn, back to an empty schema.
    for (let i = 0; i < MIGRATIONS.length; i++) await db.undoLastMigration();
    const [{ n }] = await db.query(`SELECT count(*)::int n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'entries'`);
    expect(n).toBe(0);
    expect(await db.runMigrations()).toHaveLength(MIGRATIONS.length);
    expect((await indexes()).has('entries_search_text_trgm')).toBe(true);
  });
});
