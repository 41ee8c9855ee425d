import {
  issueEntrySlugs,
  NEWSLETTER_VALIDATION_CODES as C,
  NewsletterIssueSchema,
  validateNewsletter,
  zodIssues,
  type NewsletterIssue,
  type ValidationIssue,
} from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import { newsletterInvalid } from './newsletter.errors';

/**
 * Problems that make a save fail. The others (an empty group, a missing heading…) are normal while an
 * issue is being arranged: they are reported with the issue and block only the way to review.
 */
const BLOCKING = new Set<string>([C.duplicateEntry, C.unknownEntry, C.numberTaken, C.periodOutOfOrder]);

/** Slugs among these of entries that exist (any state, not deleted). */
export async function existingSlugs(m: EntityManager, slugs: string[]): Promise<Set<string>> {
  if (!slugs.length) return new Set();
  const rows: { slug: string }[] = await m.query(`SELECT slug FROM entries WHERE slug = ANY($1::text[]) AND deleted_at IS NULL`, [slugs]);
  return new Set(rows.map((r) => r.slug));
}

async function numberTakenBy(m: EntityManager, number: number, exceptId: string | null): Promise<boolean> {
  const rows = await m.query(`SELECT 1 FROM newsletters WHERE issue = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`, [number, exceptId]);
  return rows.length > 0;
}

/** Every problem the domain finds, with entries and the number checked against the database. */
export async function problemsOf(m: EntityManager, issue: NewsletterIssue, id: string | null): Promise<ValidationIssue[]> {
  const known = await existingSlugs(m, issueEntrySlugs(issue));
  const taken = await numberTakenBy(m, issue.number, id);
  return validateNewsletter(issue, { entryExists: (s) => known.has(s), numberTaken: () => taken });
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What PostgreSQL cannot store (NUL, lone surrogates in jsonb; years outside its calendar or numbers beyond integer). */
export function storageProblems(issue: NewsletterIssue): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (issue.number > MAX_ISSUE_NUMBER) out.push({ path: ['number'], code: 'newsletter/number_range', message: `Issue numbers go up to ${MAX_ISSUE_NUMBER}` });
  for (const key of ['periodFrom', 'periodTo'] as const) {
    const year = Number(issue[key].slice(0, 4));
    if (year < 1900 || year > 2200) out.push({ path: [key], code: 'newsletter/period_range', message: 'Give a date between 1900 and 2200' });
  }
  const walk = (v: unknown, path: (string | number)[]) => {
    if (typeof v === 'string') {
      if (v.includes('\u0000') || LONE_SURROGATE.test(v))
        out.push({ path, code: 'newsletter/bad_text', message: 'Text contains characters that cannot be stored (NUL or a broken surrogate pair)' });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(issue, []);
  return out;
}

export const MAX_ISSUE_NUMBER = 1_000_000;

/** The schema (shape, defaults), then the blocking checks; 422 newsletter/invalid (409 number_taken) otherwise. */
export async function parseIssueOrThrow(m: EntityManager, raw: unknown, id: string | null): Promise<NewsletterIssue> {
  const parsed = NewsletterIssueSchema.safeParse(raw);
  if (!parsed.success) throw newsletterInvalid(zodIssues(parsed.error));
  const unstorable = storageProblems(parsed.data);
  if (unstorable.length) throw newsletterInvalid(unstorable);
  const blocking = (await problemsOf(m, parsed.data, id)).filter((i) => BLOCKING.has(i.code));
  if (blocking.length) throw newsletterInvalid(blocking);
  return parsed.data;
}
