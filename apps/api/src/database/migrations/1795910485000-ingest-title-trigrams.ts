import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Document ingestion (issue 14) looks entries up by title: a cited 《title》 inside an entry's title
 * (word_similarity, `<%`) and near-same titles (similarity, `%`). Trigram indexes on each title column let
 * those operators find candidates without reading every entry. The database's ctype is C.UTF-8, so
 * pg_trgm sees Han characters as word characters.
 */
export class IngestTitleTrigrams1795910485000 implements MigrationInterface {
  name = 'IngestTitleTrigrams1795910485000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS entries_title_zh_trgm ON entries USING gin (title_zh gin_trgm_ops)`);
    await q.query(`CREATE INDEX IF NOT EXISTS entries_title_en_trgm ON entries USING gin (title_en gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS entries_title_en_trgm`);
    await q.query(`DROP INDEX IF EXISTS entries_title_zh_trgm`);
  }
}
