import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every row noted in dc_search.changes also sends NOTIFY dc_search_change (delivered when the change
 * commits; several in one transaction arrive as one), so each API process can reload its search
 * snapshot right away instead of making the next reader wait for the reload (see ChangeListener).
 */
export class SearchChangeNotify1795910470000 implements MigrationInterface {
  name = 'SearchChangeNotify1795910470000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION dc_search.notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('dc_search_change', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER changes_notify AFTER INSERT ON dc_search.changes FOR EACH STATEMENT EXECUTE FUNCTION dc_search.notify_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS changes_notify ON dc_search.changes`);
    await q.query(`DROP FUNCTION IF EXISTS dc_search.notify_change()`);
  }
}
