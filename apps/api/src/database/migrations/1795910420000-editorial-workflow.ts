import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The editorial CMS: working revisions of published entries, who submitted and saved what,
 * review comments, workflow history, import jobs, and taxonomy tombstones.
 *
 * Model (see apps/api/README.md, "Editorial model"): the content columns of `entries` (and its
 * child tables) are the copy the public sees once `workflow_status = 'published'`. Before the first
 * publication they are simply the draft. Editing a published entry writes `working_data` (the whole
 * EntryData) with its own `working_status`; the public copy stays as it is until that revision is
 * published, which copies it into the columns and children in one transaction.
 */
export class EditorialWorkflow1795910420000 implements MigrationInterface {
  name = 'EditorialWorkflow1795910420000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE entries
        ADD COLUMN working_data      jsonb,
        ADD COLUMN working_status    varchar(30) CHECK (working_status IN ('draft','in_review','changes_requested','approved')),
        ADD COLUMN submitted_by      uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN submitted_at      timestamptz,
        ADD COLUMN updated_by        uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN published_version integer,
        ADD COLUMN edited_at         timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT entries_working_pair CHECK ((working_data IS NULL) = (working_status IS NULL)),
        ADD CONSTRAINT entries_working_only_when_live CHECK (working_status IS NULL OR workflow_status = 'published')`);
    // updated_at stays the public copy's (the public API shows it); edited_at is any editorial change.
    await q.query(`UPDATE entries SET edited_at = updated_at`);
    // The CMS lists and the dashboard filter on the status an editor sees.
    await q.query(
      `CREATE INDEX entries_editorial_status_idx ON entries ((coalesce(working_status, workflow_status)), edited_at DESC) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX entries_working_slug_idx ON entries ((working_data->>'slug')) WHERE working_data IS NOT NULL`);
    await q.query(`CREATE INDEX entries_submitted_by_idx ON entries (submitted_by)`);
    // What a revision was: a save, an autosave, a restore of version N, the published state, an import…
    await q.query(`ALTER TABLE entry_revisions ADD COLUMN note varchar(40)`);

    await q.query(`
      CREATE TABLE entry_comments (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id    uuid NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        author_id   uuid REFERENCES users(id) ON DELETE SET NULL,
        field       varchar(200),
        body        text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 10000),
        action      varchar(30),
        version     integer NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX entry_comments_entry_idx ON entry_comments (entry_id, created_at)`);

    await q.query(`
      CREATE TABLE entry_transitions (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id    uuid NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        action      varchar(30) NOT NULL,
        scope       varchar(10) NOT NULL CHECK (scope IN ('entry','working')),
        from_status varchar(30) NOT NULL,
        to_status   varchar(30) NOT NULL,
        actor_id    uuid REFERENCES users(id) ON DELETE SET NULL,
        comment_id  bigint REFERENCES entry_comments(id) ON DELETE SET NULL,
        version     integer NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX entry_transitions_entry_idx ON entry_transitions (entry_id, created_at DESC)`);
    await q.query(`CREATE INDEX entry_transitions_action_idx ON entry_transitions (action, created_at DESC)`);

    await q.query(`
      CREATE TABLE import_jobs (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_by    uuid REFERENCES users(id) ON DELETE SET NULL,
        format        varchar(10) NOT NULL CHECK (format IN ('csv','json')),
        status        varchar(10) NOT NULL DEFAULT 'running' CHECK (status IN ('running','done','failed')),
        total         integer NOT NULL,
        processed     integer NOT NULL DEFAULT 0,
        created_count integer NOT NULL DEFAULT 0,
        failed_count  integer NOT NULL DEFAULT 0,
        report        jsonb NOT NULL DEFAULT '[]',
        results       jsonb NOT NULL DEFAULT '[]',
        error         text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        finished_at   timestamptz
      )`);

    // A deleted or merged term stays as a tombstone (origin 'admin'), so the seeder never brings it back.
    await q.query(`
      ALTER TABLE taxonomy_terms
        ADD COLUMN deleted_at  timestamptz,
        ADD COLUMN merged_into varchar(120)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE taxonomy_terms DROP COLUMN IF EXISTS merged_into, DROP COLUMN IF EXISTS deleted_at`);
    await q.query(`DROP TABLE IF EXISTS import_jobs`);
    await q.query(`DROP TABLE IF EXISTS entry_transitions`);
    await q.query(`DROP TABLE IF EXISTS entry_comments`);
    await q.query(`ALTER TABLE entry_revisions DROP COLUMN IF EXISTS note`);
    await q.query(`DROP INDEX IF EXISTS entries_submitted_by_idx`);
    await q.query(`DROP INDEX IF EXISTS entries_working_slug_idx`);
    await q.query(`DROP INDEX IF EXISTS entries_editorial_status_idx`);
    await q.query(`
      ALTER TABLE entries
        DROP CONSTRAINT IF EXISTS entries_working_only_when_live,
        DROP CONSTRAINT IF EXISTS entries_working_pair,
        DROP COLUMN IF EXISTS edited_at,
        DROP COLUMN IF EXISTS published_version,
        DROP COLUMN IF EXISTS updated_by,
        DROP COLUMN IF EXISTS submitted_at,
        DROP COLUMN IF EXISTS submitted_by,
        DROP COLUMN IF EXISTS working_status,
        DROP COLUMN IF EXISTS working_data`);
  }
}
