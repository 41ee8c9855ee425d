/**
 * The seed file's shape (data/seed/newsletters/001.json) ↔ the model. The seed holds English plain
 * strings and no period; the model holds EN/ZH text and a period. `toSeedNewsletter(fromSeedNewsletter(x))`
 * gives x back, which is what "lossless" means here (tested).
 */
import { z } from 'zod';
import type { LocalizedText } from '../schemas/primitives';
import { NEWSLETTER_SECTION_CODES, NewsletterIssueSchema, type NewsletterIssue } from './schema';

const str = z.string();
export const SeedNewsletterSchema = z.object({
  number: z.number().int().positive(),
  title: str,
  imageCredit: str.optional(),
  intro: str,
  sections: z.array(
    z.object({
      code: z.enum(NEWSLETTER_SECTION_CODES),
      title: str,
      lead: str,
      groups: z.array(
        z.object({
          heading: str,
          lead: str.optional(),
          sharedBullets: z.array(str).optional(),
          items: z.array(z.object({ entry: str, lead: str.optional(), blurb: str.optional(), bullets: z.array(str) })),
        }),
      ),
    }),
  ),
  about: z.array(z.object({ title: str, text: str })).optional(),
});
export type SeedNewsletter = z.infer<typeof SeedNewsletterSchema>;

export class NewsletterFormatError extends Error {
  constructor(
    message: string,
    readonly issues: { path: (string | number)[]; message: string }[],
  ) {
    super(message);
    this.name = 'NewsletterFormatError';
  }
}

const fail = (what: string, issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): never => {
  const list = issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }));
  throw new NewsletterFormatError(
    `${what}: ${list
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ')}`,
    list,
  );
};

/**
 * Converts a seed newsletter file to the model. The seed gives no period, so the caller does
 * (`{ periodFrom, periodTo }`). Text goes to `lang` (default en). Throws NewsletterFormatError on a malformed file.
 */
export function fromSeedNewsletter(json: unknown, period: { periodFrom: string; periodTo: string }, lang: 'en' | 'zh' = 'en'): NewsletterIssue {
  const seed = SeedNewsletterSchema.safeParse(json);
  if (!seed.success) return fail('Not a seed newsletter', seed.error.issues);
  const s = seed.data;
  const t = (text: string | undefined) => (text === undefined ? undefined : { [lang]: text });
  const opt = <K extends string>(key: K, text: string | undefined) => (text === undefined ? {} : ({ [key]: t(text) } as Record<K, LocalizedText>));
  const model = {
    number: s.number,
    title: t(s.title),
    periodFrom: period.periodFrom,
    periodTo: period.periodTo,
    intro: t(s.intro),
    ...opt('imageCredit', s.imageCredit),
    sections: s.sections.map((sec) => ({
      code: sec.code,
      title: t(sec.title),
      lead: t(sec.lead),
      groups: sec.groups.map((g) => ({
        heading: t(g.heading),
        ...opt('lead', g.lead),
        ...(g.sharedBullets ? { sharedBullets: g.sharedBullets.map((b) => t(b)) } : {}),
        items: g.items.map((it) => ({ entry: it.entry, ...opt('lead', it.lead), blurb: t(it.blurb) ?? {}, bullets: it.bullets.map((b) => t(b)) })),
      })),
    })),
    ...(s.about ? { about: s.about.map((a) => ({ title: t(a.title), text: t(a.text) })) } : {}),
  };
  const parsed = NewsletterIssueSchema.safeParse(model);
  return parsed.success ? parsed.data : fail('Seed newsletter does not fit the model', parsed.error.issues);
}

/** The model in the seed file's shape, one language (missing text → ""; optional fields omitted when empty). */
export function toSeedNewsletter(issue: NewsletterIssue, lang: 'en' | 'zh' = 'en'): SeedNewsletter {
  const t = (x: LocalizedText | undefined) => x?.[lang] ?? '';
  const opt = <K extends string>(key: K, x: LocalizedText | undefined) => (x?.[lang] === undefined ? {} : ({ [key]: x[lang] } as Record<K, string>));
  return {
    number: issue.number,
    title: t(issue.title),
    ...opt('imageCredit', issue.imageCredit),
    intro: t(issue.intro),
    sections: issue.sections.map((sec) => ({
      code: sec.code,
      title: t(sec.title),
      lead: t(sec.lead),
      groups: sec.groups.map((g) => ({
        heading: t(g.heading),
        ...opt('lead', g.lead),
        ...(g.sharedBullets ? { sharedBullets: g.sharedBullets.map(t) } : {}),
        items: g.items.map((it) => ({ entry: it.entry, ...opt('lead', it.lead), ...opt('blurb', it.blurb), bullets: it.bullets.map(t) })),
      })),
    })),
    ...(issue.about ? { about: issue.about.map((a) => ({ title: t(a.title), text: t(a.text) })) } : {}),
  };
}
