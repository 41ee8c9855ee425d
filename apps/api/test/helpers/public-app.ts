import { join } from 'node:path';
import { DataVersionService } from '../../src/http/data-version.service';
import { startTestApp, type TestApp } from './test-app';

/**
 * The newsletter-era seed, frozen (fixtures/newsletter-seed): 31 published entries the public-read tests
 * count against, fixed while the real data/seed grows.
 */
export const NEWSLETTER_SEED = join(__dirname, '../fixtures/newsletter-seed');

/**
 * The app on the real seed, plus entries the public must never see: a draft, an unpublished and a
 * soft-deleted entry (each with a carbon_intensity 2025 target of 99 and an observation), and one
 * standalone official statistic.
 */
export async function startPublicApp(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await startTestApp({ env: { SEED_DIR: NEWSLETTER_SEED, ...env } });
  const hidden = [
    ['hidden-draft', '520000', 'provincial', 'draft', null],
    ['hidden-unpublished', '150000', 'provincial', 'unpublished', null],
    ['hidden-deleted', '440300', 'city', 'published', 'now()'],
  ] as const;
  for (const [slug, jurisdiction, level, status, deleted] of hidden) {
    const [{ id }] = await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, jurisdiction, level, workflow_status, sectors, issued_on, published_at, deleted_at)
       VALUES ($1, 'policy', 'Hidden plan', $2, $3, $4, '{industry.steel}', '2030-01-01', ${status === 'published' ? 'now()' : 'NULL'}, ${deleted ?? 'NULL'})
       RETURNING id`,
      [slug, jurisdiction, level, status],
    );
    await t.db.query(
      `INSERT INTO entry_targets (entry_id, position, metric, target_year, value, unit, comparison) VALUES ($1, 0, 'carbon_intensity', 2025, 99, '%', 'reduction')`,
      [id],
    );
    await t.db.query(
      `INSERT INTO observations (entry_id, metric, jurisdiction, year, value, unit, comparison, source_title)
       VALUES ($1, 'carbon_intensity', $2, 2021, 99, '%', 'reduction', 'Hidden statistics')`,
      [id, jurisdiction],
    );
  }
  await t.db.query(
    `INSERT INTO observations (metric, jurisdiction, year, value, unit, comparison, base_year, source_title)
     VALUES ('carbon_intensity', '520000', 2020, 21.5, '%', 'reduction', 2015, 'Guizhou statistical bulletin (test)')`,
  );
  t.app.get(DataVersionService).invalidate();
  return t;
}
