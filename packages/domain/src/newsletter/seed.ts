/**
 * The seed file's shape (data/seed/newsletters/001.json) ↔ the model. The seed holds English plain
 * strings and no period; the model holds EN/ZH text and a period. `toSeedNewsletter(fromSeedNewsletter(x))`
 * gives x back, which is what "lossless" means here (tested).
 */
import { z } from 'zod';
import type { LocalizedText } from '../schemas/primitives';
import { NEWSLETTER_SECTION_CODES, NewsletterIssueSchema, type NewsletterIssue, type NewsletterSectionCode } from './schema';

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

/** An issue's texts as the seed file (X = string) and the model (X = LocalizedText) both arrange them. */
interface IssueTexts<X> {
  title: X;
  imageCredit?: X;
  intro: X;
  sections: {
    code: NewsletterSectionCode;
    title: X;
    lead: X;
    groups: { heading: X; lead?: X; sharedBullets?: X[]; items: { entry: string; lead?: X; blurb?: X; bullets: X[] }[] }[];
  }[];
  about?: { title: X; text: X }[];
}

/**
 * The same texts in the other arrangement: `t` converts a text the other side requires, `opt` one it
 * may leave out (giving `{}` when there is nothing to keep).
 */
function convertTexts<A, B>(s: IssueTexts<A>, t: (text: A) => B, opt: <K extends string>(key: K, text: A | undefined) => Partial<Record<K, B>>): IssueTexts<B> {
  return {
    title: t(s.title),
    ...opt('imageCredit', s.imageCredit),
    intro: t(s.intro),
    sections: s.sections.map((sec) => ({
      code: sec.code,
      title: t(sec.title),
      lead: t(sec.lead),
      groups: sec.groups.map((g) => ({
        heading: t(g.heading),
        ...opt('lead', g.lead),
        ...(g.sharedBullets ? { sharedBullets: g.sharedBullets.map((b) => t(b)) } : {}),
        items: g.items.map((it) => ({ entry: it.entry, ...opt('lead', it.lead), ...opt('blurb', it.blurb), bullets: it.bullets.map((b) => t(b)) })),
      })),
    })),
    ...(s.about ? { about: s.about.map((a) => ({ title: t(a.title), text: t(a.text) })) } : {}),
  };
}

/**
 * Converts a seed newsletter file to the model. The seed gives no period, so the caller does
 * (`{ periodFrom, periodTo }`). Text goes to `lang` (default en); a missing blurb becomes the model's
 * `{}` default. Throws NewsletterFormatError on a malformed file.
 */
export function fromSeedNewsletter(json: unknown, period: { periodFrom: string; periodTo: string }, lang: 'en' | 'zh' = 'en'): NewsletterIssue {
  const seed = SeedNewsletterSchema.safeParse(json);
  if (!seed.success) return fail('Not a seed newsletter', seed.error.issues);
  const t = (text: string): LocalizedText => ({ [lang]: text });
  const opt = <K extends string>(key: K, text: string | undefined) => (text === undefined ? {} : ({ [key]: t(text) } as Record<K, LocalizedText>));
  const model = { number: seed.data.number, ...period, ...convertTexts(seed.data, t, opt) };
  const parsed = NewsletterIssueSchema.safeParse(model);
  return parsed.success ? parsed.data : fail('Seed newsletter does not fit the model', parsed.error.issues);
}

/** The model in the seed file's shape, one language (missing text → ""; optional fields omitted when empty). */
export function toSeedNewsletter(issue: NewsletterIssue, lang: 'en' | 'zh' = 'en'): SeedNewsletter {
  const t = (x: LocalizedText) => x[lang] ?? '';
  const opt = <K extends string>(key: K, x: LocalizedText | undefined) => (x?.[lang] === undefined ? {} : ({ [key]: x[lang] } as Record<K, string>));
  return { number: issue.number, ...convertTexts(issue, t, opt) };
}
