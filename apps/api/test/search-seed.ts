import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from './helpers/test-app';

/** The newsletter-era seed entries, frozen for these tests (fixtures/newsletter-seed/entries). */
export const SEED_ENTRIES_DIR = join(__dirname, 'fixtures/newsletter-seed/entries');

/**
 * The app on a fresh database seeded with the real seed entries (without newsletters, which these
 * specs do not need), plus entries the public must never see: a draft, an unpublished and a
 * soft-deleted one, all matching 氢能 / hydrogen / Hebei.
 */
export async function startSearchApp(): Promise<TestApp & { http: () => ReturnType<typeof request> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dualcarbon-search-seed-'));
  symlinkSync(SEED_ENTRIES_DIR, join(dir, 'entries'));
  try {
    const t = await startTestApp({ env: { SEED_DIR: dir } });
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, title_zh, jurisdiction, level, sectors, themes, workflow_status, issued_on, published_at, deleted_at)
       VALUES ('hidden-draft', 'policy', 'Hydrogen emission draft', '河北省氢能碳达峰草稿', '130000', 'provincial', '{energy.hydrogen,industry}', '{hydrogen}', 'draft', '2031-01-01', NULL, NULL),
              ('hidden-unpublished', 'policy', 'Hydrogen emissions unpublished', '氢能碳达峰撤回', '130000', 'provincial', '{energy.hydrogen}', '{hydrogen}', 'unpublished', '2031-01-01', now(), NULL),
              ('hidden-deleted', 'policy', 'Hydrogen emissions deleted', '氢能碳达峰删除', '130000', 'provincial', '{energy.hydrogen}', '{hydrogen}', 'published', '2031-01-01', now(), now())`,
    );
    return { ...t, http: () => request(t.app.getHttpServer()) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const HIDDEN = ['hidden-draft', 'hidden-unpublished', 'hidden-deleted'];
