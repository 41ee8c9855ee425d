import type { MigrationInterface, QueryRunner } from 'typeorm';

const PUBLIC = (r: string) => `(${r}.workflow_status = 'published' AND ${r}.deleted_at IS NULL)`;
/** Columns whose change alters what search, facets, stats, export or feeds show. */
const WATCHED = ['slug', 'kind', 'title_en', 'title_zh', 'summary_en', 'summary_zh', 'issuing_bodies', 'jurisdiction', 'level', 'sectors',
  'instrument_type', 'themes', 'ghgs', 'policy_status', 'issued_on', 'workflow_status', 'published_at', 'deleted_at'];
const row = (r: string) => `(${WATCHED.map((c) => `${r}.${c}`).join(', ')})`;

/**
 * The search snapshot reloads (about a second at 100k entries) whenever dc_search.changes gets a row.
 * The first version noted every statement on entries and entry_targets, so each autosave of a draft
 * reloaded it and an analyst typing slowed every reader. These triggers see the rows a statement
 * touched (transition tables) and note a change only when a public row is involved.
 */
export class PublicChangeTriggers1795910460000 implements MigrationInterface {
  name = 'PublicChangeTriggers1795910460000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS entries_search_change ON entries`);
    await q.query(`DROP TRIGGER IF EXISTS entries_search_change_update ON entries`);
    await q.query(`DROP TRIGGER IF EXISTS entry_targets_search_change ON entry_targets`);
    await q.query(`
      CREATE FUNCTION dc_note_public_entries_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- One branch per operation: each trigger declares only its own transition tables.
        IF TG_OP = 'INSERT' THEN
          IF EXISTS (SELECT 1 FROM new_rows n WHERE ${PUBLIC('n')}) THEN INSERT INTO dc_search.changes DEFAULT VALUES; END IF;
        ELSIF TG_OP = 'DELETE' THEN
          IF EXISTS (SELECT 1 FROM old_rows o WHERE ${PUBLIC('o')}) THEN INSERT INTO dc_search.changes DEFAULT VALUES; END IF;
        ELSE
          IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                     WHERE (${PUBLIC('o')} OR ${PUBLIC('n')}) AND ${row('o')} IS DISTINCT FROM ${row('n')}) THEN
            INSERT INTO dc_search.changes DEFAULT VALUES;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION dc_note_public_targets_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF EXISTS (SELECT 1 FROM new_rows t JOIN entries e ON e.id = t.entry_id WHERE ${PUBLIC('e')}) THEN INSERT INTO dc_search.changes DEFAULT VALUES; END IF;
        ELSIF TG_OP = 'DELETE' THEN
          IF EXISTS (SELECT 1 FROM old_rows t JOIN entries e ON e.id = t.entry_id WHERE ${PUBLIC('e')}) THEN INSERT INTO dc_search.changes DEFAULT VALUES; END IF;
        ELSE
          IF EXISTS (SELECT 1 FROM new_rows t JOIN entries e ON e.id = t.entry_id WHERE ${PUBLIC('e')}) THEN INSERT INTO dc_search.changes DEFAULT VALUES; END IF;
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, fn] of [['entries', 'dc_note_public_entries_change'], ['entry_targets', 'dc_note_public_targets_change']]) {
      await q.query(`CREATE TRIGGER ${table}_public_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER ${table}_public_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER ${table}_public_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER ${table}_search_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION dc_note_search_change()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['entries', 'entry_targets']) {
      for (const t of ['public_insert', 'public_update', 'public_delete', 'search_truncate']) await q.query(`DROP TRIGGER IF EXISTS ${table}_${t} ON ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS dc_note_public_entries_change()`);
    await q.query(`DROP FUNCTION IF EXISTS dc_note_public_targets_change()`);
    const note = 'FOR EACH STATEMENT EXECUTE FUNCTION dc_note_search_change()';
    await q.query(`CREATE TRIGGER entries_search_change AFTER INSERT OR DELETE OR TRUNCATE ON entries ${note}`);
    await q.query(`CREATE TRIGGER entries_search_change_update AFTER UPDATE OF ${WATCHED.join(', ')} ON entries ${note}`);
    await q.query(`CREATE TRIGGER entry_targets_search_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON entry_targets ${note}`);
  }
}
