import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search results now say how many entries implement a document (`implementedBy`), read from
 * entry_relations: a change to a published entry's relations must reach dc_search.changes like a change
 * to its targets does, or a search page kept under the old version would show the old count. The
 * targets' function fits any child table of entries (it looks at entry_id).
 */
export class RelationChangeTriggers1795910493000 implements MigrationInterface {
  name = 'RelationChangeTriggers1795910493000';

  async up(q: QueryRunner): Promise<void> {
    const fn = 'dc_note_public_targets_change';
    await q.query(`CREATE TRIGGER entry_relations_public_insert AFTER INSERT ON entry_relations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    await q.query(
      `CREATE TRIGGER entry_relations_public_update AFTER UPDATE ON entry_relations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    );
    await q.query(`CREATE TRIGGER entry_relations_public_delete AFTER DELETE ON entry_relations REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    await q.query(`CREATE TRIGGER entry_relations_search_truncate AFTER TRUNCATE ON entry_relations FOR EACH STATEMENT EXECUTE FUNCTION dc_note_search_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['public_insert', 'public_update', 'public_delete', 'search_truncate']) await q.query(`DROP TRIGGER IF EXISTS entry_relations_${t} ON entry_relations`);
  }
}
