import type { MigrationInterface, QueryRunner } from 'typeorm';

const WORKFLOW = `'draft','in_review','changes_requested','approved','published','unpublished','archived','trashed'`;

/**
 * The public model: regions, taxonomy terms, entries and their children, revisions, newsletters
 * and seed runs. Hand-written so the search columns and indexes are exactly what queries need.
 * Users, sessions, audit and comments come in a later migration.
 */
export class InitialSchema1795910400000 implements MigrationInterface {
  name = 'InitialSchema1795910400000';

  async up(q: QueryRunner): Promise<void> {
    // Trigram search over titles and summaries; trusted extension, so the database owner may create it.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE regions (
        code        varchar(60) PRIMARY KEY,
        parent_code varchar(60) REFERENCES regions(code) ON UPDATE CASCADE,
        kind        varchar(20) NOT NULL CHECK (kind IN ('country','province','city','zone')),
        name_en     text NOT NULL,
        name_zh     text NOT NULL,
        short_en    text NOT NULL,
        short_zh    text NOT NULL,
        alt_names   text[] NOT NULL DEFAULT '{}',
        sort        integer NOT NULL DEFAULT 0,
        origin      varchar(10) NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed','admin')),
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX regions_parent_idx ON regions (parent_code)`);

    await q.query(`
      CREATE TABLE taxonomy_terms (
        id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        taxonomy           varchar(40) NOT NULL,
        code               varchar(120) NOT NULL,
        parent_code        varchar(120),
        label_en           text NOT NULL,
        label_zh           text NOT NULL,
        sort               integer NOT NULL DEFAULT 0,
        keywords           text[] NOT NULL DEFAULT '{}',
        unit               varchar(40),
        default_comparison varchar(20),
        origin             varchar(10) NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed','admin')),
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT taxonomy_terms_taxonomy_code_key UNIQUE (taxonomy, code)
      )`);

    await q.query(`
      CREATE TABLE entries (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug            varchar(120) NOT NULL CONSTRAINT entries_slug_key UNIQUE,
        kind            varchar(20) NOT NULL CHECK (kind IN ('policy','action','report')),
        title_en        text,
        title_zh        text,
        summary_en      text,
        summary_zh      text,
        key_points      jsonb NOT NULL DEFAULT '[]',
        publisher       text,
        issuing_bodies  text[] NOT NULL DEFAULT '{}',
        jurisdiction    varchar(60) NOT NULL REFERENCES regions(code) ON UPDATE CASCADE,
        level           varchar(20) NOT NULL CHECK (level IN ('national','provincial','city','county','zone')),
        sectors         text[] NOT NULL DEFAULT '{}',
        instrument_type varchar(120),
        themes          text[] NOT NULL DEFAULT '{}',
        ghgs            text[] NOT NULL DEFAULT '{}',
        policy_status   varchar(30) NOT NULL DEFAULT 'in_force',
        issued_on       date,
        effective_on    date,
        expires_on      date,
        workflow_status varchar(30) NOT NULL DEFAULT 'draft' CHECK (workflow_status IN (${WORKFLOW})),
        version         integer NOT NULL DEFAULT 1,
        author_id       uuid,
        seed_checksum   varchar(64),
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        published_at    timestamptz,
        deleted_at      timestamptz,
        CONSTRAINT entries_title_present CHECK (title_en IS NOT NULL OR title_zh IS NOT NULL),
        -- One text for substring (trigram) search in either language.
        search_text text GENERATED ALWAYS AS (
          coalesce(title_en, '') || ' ' || coalesce(title_zh, '') || ' ' || coalesce(summary_en, '') || ' ' || coalesce(summary_zh, '')
        ) STORED,
        -- Ranked word search: English stemmed, Chinese as-is ('simple'); titles weigh more than summaries.
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english'::regconfig, coalesce(title_en, '')), 'A') ||
          setweight(to_tsvector('simple'::regconfig, coalesce(title_zh, '')), 'A') ||
          setweight(to_tsvector('english'::regconfig, coalesce(summary_en, '')), 'B') ||
          setweight(to_tsvector('simple'::regconfig, coalesce(summary_zh, '')), 'B')
        ) STORED
      )`);
    // The public list: published, not deleted, newest issued first.
    await q.query(`CREATE INDEX entries_workflow_issued_idx ON entries (workflow_status, issued_on DESC NULLS LAST) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX entries_jurisdiction_idx ON entries (jurisdiction)`);
    await q.query(`CREATE INDEX entries_level_idx ON entries (level)`);
    await q.query(`CREATE INDEX entries_kind_idx ON entries (kind)`);
    await q.query(`CREATE INDEX entries_instrument_type_idx ON entries (instrument_type)`);
    for (const col of ['issuing_bodies', 'sectors', 'themes', 'ghgs']) {
      await q.query(`CREATE INDEX entries_${col}_gin ON entries USING gin (${col})`);
    }
    await q.query(`CREATE INDEX entries_search_text_trgm ON entries USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX entries_search_vector_gin ON entries USING gin (search_vector)`);

    await q.query(`
      CREATE TABLE entry_targets (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id        uuid NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        position        integer NOT NULL,
        metric          varchar(120) NOT NULL,
        jurisdiction    varchar(60) REFERENCES regions(code) ON UPDATE CASCADE,
        target_year     smallint NOT NULL,
        value           numeric NOT NULL,
        value_max       numeric,
        unit            varchar(40) NOT NULL,
        comparison      varchar(20) NOT NULL,
        base_year       smallint,
        qualifier       varchar(20) NOT NULL DEFAULT 'exact',
        source_text     text,
        source_language varchar(2),
        CONSTRAINT entry_targets_entry_position_key UNIQUE (entry_id, position)
      )`);
    await q.query(`CREATE INDEX entry_targets_metric_year_idx ON entry_targets (metric, target_year)`);

    await q.query(`
      CREATE TABLE observations (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id     uuid REFERENCES entries(id) ON DELETE CASCADE,
        position     integer NOT NULL DEFAULT 0,
        metric       varchar(120) NOT NULL,
        jurisdiction varchar(60) NOT NULL REFERENCES regions(code) ON UPDATE CASCADE,
        year         smallint NOT NULL,
        value        numeric NOT NULL,
        unit         varchar(40) NOT NULL,
        comparison   varchar(20) NOT NULL DEFAULT 'level',
        base_year    smallint,
        source_title text NOT NULL,
        source_url   text,
        source_text  text
      )`);
    await q.query(`CREATE INDEX observations_metric_jurisdiction_year_idx ON observations (metric, jurisdiction, year)`);
    await q.query(`CREATE INDEX observations_entry_idx ON observations (entry_id)`);

    await q.query(`
      CREATE TABLE entry_sources (
        id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id  uuid NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        position  integer NOT NULL,
        url       text NOT NULL,
        title     text,
        language  varchar(2) NOT NULL DEFAULT 'zh',
        publisher text,
        official  boolean NOT NULL DEFAULT true,
        CONSTRAINT entry_sources_entry_position_key UNIQUE (entry_id, position)
      )`);

    await q.query(`
      CREATE TABLE entry_relations (
        id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id uuid NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        position integer NOT NULL,
        type     varchar(20) NOT NULL CHECK (type IN ('implements','supersedes','related')),
        to_slug  varchar(120) NOT NULL,
        CONSTRAINT entry_relations_entry_position_key UNIQUE (entry_id, position)
      )`);
    // "What implements this?" looks relations up from the other side.
    await q.query(`CREATE INDEX entry_relations_to_slug_idx ON entry_relations (to_slug)`);

    await q.query(`
      CREATE TABLE entry_revisions (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id        uuid NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        version         integer NOT NULL,
        workflow_status varchar(30) NOT NULL CHECK (workflow_status IN (${WORKFLOW})),
        data            jsonb NOT NULL,
        created_by      uuid,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT entry_revisions_entry_version_key UNIQUE (entry_id, version)
      )`);

    await q.query(`
      CREATE TABLE newsletters (
        issue         integer PRIMARY KEY CHECK (issue > 0),
        title_en      text,
        title_zh      text,
        published_on  date,
        structure     jsonb NOT NULL,
        seed_checksum varchar(64),
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE newsletter_placements (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id    uuid NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        issue       integer NOT NULL,
        section     varchar(40) NOT NULL,
        group_label text,
        position    integer NOT NULL
      )`);
    await q.query(`CREATE INDEX newsletter_placements_issue_idx ON newsletter_placements (issue, section, position)`);
    await q.query(`CREATE INDEX newsletter_placements_entry_idx ON newsletter_placements (entry_id)`);

    await q.query(`
      CREATE TABLE seed_runs (
        id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name       varchar(60) NOT NULL,
        checksum   varchar(64) NOT NULL,
        summary    jsonb NOT NULL DEFAULT '{}',
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX seed_runs_name_applied_idx ON seed_runs (name, applied_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'seed_runs', 'newsletter_placements', 'newsletters', 'entry_revisions', 'entry_relations', 'entry_sources',
      'observations', 'entry_targets', 'entries', 'taxonomy_terms', 'regions',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    // pg_trgm stays: it may have been there before, and other objects may use it.
  }
}
