import {
  fromSeedNewsletter,
  NEWSLETTER_DEFAULT_INTRO,
  NEWSLETTER_DEFAULT_TITLE,
  NEWSLETTER_SECTION_DEFAULTS,
  NewsletterFormatError,
  type LocalizedText,
  type NewsletterIssue,
} from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import { SeedError, type SeedNewsletter } from './seed-files';

/**
 * The period a seed file covers: its own `periodFrom`/`periodTo` when it gives them, else, for issue 1
 * (the CCNT newsletter the seed transcribes, bi-monthly, with the Beautiful China opinions of 27 Dec 2023),
 * December 2023 – January 2024.
 */
const KNOWN_PERIODS: Record<number, { periodFrom: string; periodTo: string }> = { 1: { periodFrom: '2023-12-01', periodTo: '2024-01-31' } };

function periodOf(n: SeedNewsletter) {
  const s = n.structure as { periodFrom?: unknown; periodTo?: unknown };
  if (typeof s.periodFrom === 'string' && typeof s.periodTo === 'string') return { periodFrom: s.periodFrom, periodTo: s.periodTo };
  const known = KNOWN_PERIODS[n.issue];
  if (!known) throw new SeedError(`${n.source}: give the period the issue covers as "periodFrom" and "periodTo" (YYYY-MM-DD)`);
  return known;
}

/** Chinese for the texts the seed shares with the composer's defaults (the seed is in English only). */
function withDefaultChinese(issue: NewsletterIssue): NewsletterIssue {
  const zh = (t: LocalizedText, d: Required<LocalizedText>): LocalizedText => (t.en === d.en && !t.zh ? { ...t, zh: d.zh } : t);
  return {
    ...issue,
    title: zh(issue.title, NEWSLETTER_DEFAULT_TITLE),
    intro: zh(issue.intro, NEWSLETTER_DEFAULT_INTRO),
    sections: issue.sections.map((s) => ({
      ...s,
      title: zh(s.title, NEWSLETTER_SECTION_DEFAULTS[s.code].title),
      lead: zh(s.lead, NEWSLETTER_SECTION_DEFAULTS[s.code].lead),
    })),
  };
}

/** A seed file as the domain's model (throws SeedError naming the file). */
export function seedIssue(n: SeedNewsletter): NewsletterIssue {
  try {
    return withDefaultChinese(fromSeedNewsletter(n.structure, periodOf(n)));
  } catch (err) {
    if (err instanceof NewsletterFormatError) throw new SeedError(`${n.source} is not a valid newsletter: ${err.message}`);
    throw err;
  }
}

/**
 * Writes seed issues as published issues, keyed by number, each with a revision by nobody. An issue
 * people have saved or composed (a revision with a created_by, or no seed checksum) is left as it is.
 */
export async function seedNewsletters(manager: EntityManager, seeds: SeedNewsletter[]) {
  let written = 0;
  const keptEdits: number[] = [];
  for (const n of seeds) {
    const data = seedIssue(n);
    const [existing] = await manager.query(
      `SELECT id, seed_checksum, version,
              EXISTS (SELECT 1 FROM newsletter_revisions r WHERE r.newsletter_id = n.id AND r.created_by IS NOT NULL) AS edited
         FROM newsletters n WHERE n.issue = $1`,
      [n.issue],
    );
    if (existing?.seed_checksum === n.checksum) continue;
    if (existing && (existing.seed_checksum === null || existing.edited)) {
      keptEdits.push(n.issue);
      continue;
    }
    const json = JSON.stringify(data);
    const publishedAt = n.publishedOn ?? data.periodTo;
    const params = [
      n.issue,
      data.title.en ?? null,
      data.title.zh ?? null,
      n.publishedOn ?? null,
      JSON.stringify(n.structure),
      n.checksum,
      data.periodFrom,
      data.periodTo,
      json,
      publishedAt,
    ];
    // TypeORM answers an UPDATE with [rows, rowCount], an INSERT with rows.
    const [row] = existing
      ? (
          await manager.query(
            `UPDATE newsletters SET title_en = $2, title_zh = $3, published_on = $4, structure = $5::jsonb, seed_checksum = $6, period_from = $7,
                  period_to = $8, data = $9::jsonb, published_data = $9::jsonb, workflow_status = 'published', working_status = NULL,
                  version = version + 1, published_version = version + 1, published_at = coalesce(published_at, $10::date), updated_at = now()
            WHERE issue = $1 RETURNING id, version`,
            params,
          )
        )[0]
      : await manager.query(
          `INSERT INTO newsletters (issue, title_en, title_zh, published_on, structure, seed_checksum, period_from, period_to, data, published_data,
                                    workflow_status, version, published_version, published_at)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9::jsonb, $9::jsonb, 'published', 1, 1, $10::date) RETURNING id, version`,
          params,
        );
    await manager.query(
      `INSERT INTO newsletter_revisions (newsletter_id, version, workflow_status, data, created_by, note) VALUES ($1, $2, 'published', $3::jsonb, NULL, 'seed')`,
      [row.id, row.version, json],
    );
    written++;
  }
  return { total: seeds.length, written, keptEdits };
}
