import type { MigrationInterface, QueryRunner } from 'typeorm';

const PUBLIC = `workflow_status = 'published' AND deleted_at IS NULL`;

/**
 * Indexes for the public read routes (issue 3): the data version behind Last-Modified reads
 * max(updated_at) and max(published_at) from an index instead of scanning entries; region counts,
 * and a region page's counts by sector and year, are index-only scans of published entries by
 * jurisdiction; a region's targets are found through its entries' ids or their own jurisdiction.
 */
export class PublicReadIndexes1795910433000 implements MigrationInterface {
  name = 'PublicReadIndexes1795910433000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX entries_updated_at_idx ON entries (updated_at)`);
    await q.query(`CREATE INDEX entries_published_at_idx ON entries (published_at)`);
    await q.query(`CREATE INDEX entries_public_jurisdiction_idx ON entries (jurisdiction) INCLUDE (id, sectors, issued_on) WHERE ${PUBLIC}`);
    // Most targets take their entry's jurisdiction (NULL here); the few that name their own are found by it.
    await q.query(`CREATE INDEX entry_targets_jurisdiction_idx ON entry_targets (jurisdiction) WHERE jurisdiction IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['entry_targets_jurisdiction_idx', 'entries_public_jurisdiction_idx', 'entries_published_at_idx', 'entries_updated_at_idx']) {
      await q.query(`DROP INDEX IF EXISTS ${name}`);
    }
  }
}
