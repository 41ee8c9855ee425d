import type { MigrationInterface, QueryRunner } from 'typeorm';

const PUBLIC = `workflow_status = 'published' AND deleted_at IS NULL`;
const VALUELESS = `('peak','neutrality','assigned')`;
/** The document number as words for the English parser: "粤府〔2022〕56号" → "粤府 2022 56", so "2022 56" finds it. */
const DOC_WORDS = `regexp_replace(coalesce(document_number, ''), '[^0-9A-Za-z\\u3400-\\u9fff]+|号', ' ', 'g')`;

/**
 * The target model of carbon-peaking plans (issue 14).
 *
 * Targets: peak, neutrality and "as assigned" targets have no value (nor unit); the CHECK keeps value null
 * exactly for those kinds, so a row can never be half of each. strive (力争) and cumulative_from (the value
 * is a total over cumulative_from..target_year) are new columns. Observations get a qualifier ("about").
 *
 * Entries: the document number (文号) and the period the document covers. The number is searchable like a
 * title: in the trigram text editors search, in the English word vector (its digits) and in the Chinese
 * bigrams (its characters). PostgreSQL 15 cannot change a generated column's expression, so the three
 * generated search columns are dropped and added again (a table rewrite, as adding them was).
 */
export class TargetModel1795910480000 implements MigrationInterface {
  name = 'TargetModel1795910480000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE entry_targets
        ALTER COLUMN value DROP NOT NULL,
        ALTER COLUMN unit DROP NOT NULL,
        ADD COLUMN strive boolean NOT NULL DEFAULT false,
        ADD COLUMN cumulative_from smallint,
        ADD CONSTRAINT entry_targets_value_kind CHECK ((value IS NULL) = (comparison IN ${VALUELESS})),
        ADD CONSTRAINT entry_targets_unit_with_value CHECK (value IS NULL OR unit IS NOT NULL),
        ADD CONSTRAINT entry_targets_cumulative_period CHECK (cumulative_from IS NULL OR cumulative_from <= target_year)`);
    await q.query(`ALTER TABLE observations ADD COLUMN qualifier varchar(20) NOT NULL DEFAULT 'exact'`);
    await q.query(`
      ALTER TABLE entries
        ADD COLUMN document_number varchar(100),
        ADD COLUMN period_from smallint,
        ADD COLUMN period_to smallint,
        ADD CONSTRAINT entries_period_order CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to)`);
    await this.searchColumns(q, true);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.searchColumns(q, false);
    await q.query(`ALTER TABLE entries DROP CONSTRAINT IF EXISTS entries_period_order, DROP COLUMN IF EXISTS period_to, DROP COLUMN IF EXISTS period_from, DROP COLUMN IF EXISTS document_number`);
    await q.query(`ALTER TABLE observations DROP COLUMN IF EXISTS qualifier`);
    // Targets without a value cannot go back to NOT NULL columns: they go.
    await q.query(`DELETE FROM entry_targets WHERE value IS NULL`);
    await q.query(`
      ALTER TABLE entry_targets
        DROP CONSTRAINT IF EXISTS entry_targets_cumulative_period,
        DROP CONSTRAINT IF EXISTS entry_targets_unit_with_value,
        DROP CONSTRAINT IF EXISTS entry_targets_value_kind,
        DROP COLUMN IF EXISTS cumulative_from,
        DROP COLUMN IF EXISTS strive,
        ALTER COLUMN unit SET NOT NULL,
        ALTER COLUMN value SET NOT NULL`);
  }

  /** The generated search columns and their indexes, with the document number (withNumber) or as before. */
  private async searchColumns(q: QueryRunner, withNumber: boolean): Promise<void> {
    const numberText = withNumber ? ` || ' ' || coalesce(document_number, '')` : '';
    const numberWords = withNumber ? `setweight(to_tsvector('simple'::regconfig, ${DOC_WORDS}), 'A') ||` : '';
    await q.query(`ALTER TABLE entries DROP COLUMN search_text, DROP COLUMN search_vector, DROP COLUMN search_cjk`);
    await q.query(`
      ALTER TABLE entries
        ADD COLUMN search_text text GENERATED ALWAYS AS (
          coalesce(title_en, '') || ' ' || coalesce(title_zh, '') || ' ' || coalesce(summary_en, '') || ' ' || coalesce(summary_zh, '')${numberText}
        ) STORED,
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english'::regconfig, coalesce(title_en, '')), 'A') ||
          setweight(to_tsvector('simple'::regconfig, coalesce(title_zh, '')), 'A') ||
          ${numberWords}
          setweight(to_tsvector('english'::regconfig, coalesce(summary_en, '')), 'B') ||
          setweight(to_tsvector('simple'::regconfig, coalesce(summary_zh, '')), 'B')
        ) STORED,
        ADD COLUMN search_cjk tsvector GENERATED ALWAYS AS (
          setweight(dc_cjk_bigrams(coalesce(title_zh, '') || ' ' || coalesce(title_en, '')${numberText}), 'A') ||
          setweight(dc_cjk_bigrams(coalesce(summary_zh, '') || ' ' || coalesce(summary_en, '')), 'B')
        ) STORED`);
    await q.query(`CREATE INDEX entries_search_text_trgm ON entries USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX entries_search_vector_gin ON entries USING gin (search_vector)`);
    await q.query(`CREATE INDEX entries_search_cjk_gin ON entries USING gin (search_cjk) WHERE ${PUBLIC}`);
  }
}
