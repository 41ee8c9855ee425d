import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Entry source files (issue 14): the document an entry was made from, kept in PostgreSQL so every API
 * replica serves the same bytes. A row starts as an upload (entry_id NULL, from document ingestion or an
 * editor's upload) and is attached when a saved entry's sources name it; unattached rows expire (the API
 * deletes them). A source may now be a file instead of a web address.
 */
export class EntryFiles1795910495000 implements MigrationInterface {
  name = 'EntryFiles1795910495000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE entry_files (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id    uuid REFERENCES entries(id) ON DELETE CASCADE,
        name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
        media_type  varchar(120) NOT NULL,
        size        integer NOT NULL CHECK (size BETWEEN 0 AND 20971520),
        sha256      char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        bytes       bytea NOT NULL,
        uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        attached_at timestamptz,
        CONSTRAINT entry_files_size_matches CHECK (octet_length(bytes) = size),
        CONSTRAINT entry_files_attached_when CHECK ((entry_id IS NULL) = (attached_at IS NULL))
      )`);
    // PDFs and DOCX are compressed already: store them out of line without trying to compress them again.
    await q.query(`ALTER TABLE entry_files ALTER COLUMN bytes SET STORAGE EXTERNAL`);
    await q.query(`CREATE INDEX entry_files_entry_idx ON entry_files (entry_id, created_at) WHERE entry_id IS NOT NULL`);
    await q.query(`CREATE INDEX entry_files_uploads_idx ON entry_files (created_at, uploaded_by) WHERE entry_id IS NULL`);

    await q.query(`ALTER TABLE entry_sources ALTER COLUMN url DROP NOT NULL`);
    await q.query(`ALTER TABLE entry_sources ADD COLUMN file_id uuid REFERENCES entry_files(id)`);
    await q.query(`ALTER TABLE entry_sources ADD CONSTRAINT entry_sources_url_or_file CHECK (url IS NOT NULL OR file_id IS NOT NULL)`);
    await q.query(`CREATE INDEX entry_sources_file_idx ON entry_sources (file_id) WHERE file_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM entry_sources WHERE url IS NULL`);
    await q.query(`ALTER TABLE entry_sources DROP CONSTRAINT entry_sources_url_or_file`);
    await q.query(`ALTER TABLE entry_sources DROP COLUMN file_id`);
    await q.query(`ALTER TABLE entry_sources ALTER COLUMN url SET NOT NULL`);
    await q.query(`DROP TABLE entry_files`);
  }
}
