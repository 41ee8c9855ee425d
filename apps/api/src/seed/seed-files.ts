import { parseEntryInput, type EntryData } from '@dualcarbon/domain';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { z } from 'zod';
import { checksum } from './checksum';

/** A seed file that cannot be used; the message names the file and the field. */
export class SeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedError';
  }
}

export interface SeedEntry {
  /** "entries/foo.json", or "entries/foo.json[2]" for an array file, for messages. */
  source: string;
  data: EntryData;
  checksum: string;
}

export interface SeedNewsletter {
  source: string;
  issue: number;
  title?: string;
  publishedOn?: string;
  structure: Record<string, unknown>;
  checksum: string;
}

/** data/seed/README.md: `{ number, title, intro, sections: [{ code, title, lead, groups }], about }`. */
const NewsletterFileSchema = z.looseObject({
  number: z.number({ error: 'Expected the issue number' }).int().positive(),
  title: z.string().optional(),
  publishedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD')
    .optional(),
  sections: z.array(z.looseObject({ code: z.string(), groups: z.array(z.unknown()).optional() }), { error: 'Expected a list of sections' }),
});

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

function readJson(file: string, label: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new SeedError(`${label}: not valid JSON (${(err as Error).message})`);
  }
}

function describeIssues(label: string, what: string, issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>): SeedError {
  const lines = issues.slice(0, 10).map((i) => `  ${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`);
  const more = issues.length > 10 ? `\n  … and ${issues.length - 10} more` : '';
  return new SeedError(`${label} is not a valid ${what}:\n${lines.join('\n')}${more}`);
}

/** Reads and validates every `entries/*.json` (one entry, or an array of entries, per file). Nothing is written if any fails. */
export function readSeedEntries(seedDir: string): SeedEntry[] {
  const out: SeedEntry[] = [];
  const bySlug = new Map<string, string>();
  for (const file of jsonFiles(join(seedDir, 'entries'))) {
    const label = relative(seedDir, file);
    const json = readJson(file, label);
    const items = Array.isArray(json) ? json : [json];
    items.forEach((raw, i) => {
      const source = Array.isArray(json) ? `${label}[${i}]` : label;
      // The domain's one entry validation: schema, then codes, regions, levels, years and units.
      const parsed = parseEntryInput(raw);
      if (!parsed.ok) throw describeIssues(source, 'entry', parsed.issues);
      const data = parsed.data;
      // One entry per file is named after its slug (data/seed/README.md); a mismatch is a copy-paste slip.
      if (!Array.isArray(json) && basename(file, '.json') !== data.slug) {
        throw new SeedError(`${source}: slug "${data.slug}" does not match the file name`);
      }
      const clash = bySlug.get(data.slug);
      if (clash) throw new SeedError(`${source}: slug "${data.slug}" is already used by ${clash}`);
      bySlug.set(data.slug, source);
      out.push({ source, data, checksum: checksum(data) });
    });
  }
  return out;
}

export function readSeedNewsletters(seedDir: string): SeedNewsletter[] {
  const seen = new Map<number, string>();
  return jsonFiles(join(seedDir, 'newsletters')).map((file) => {
    const source = relative(seedDir, file);
    const json = readJson(file, source);
    const parsed = NewsletterFileSchema.safeParse(json);
    if (!parsed.success) throw describeIssues(source, 'newsletter', parsed.error.issues);
    const { number, title, publishedOn } = parsed.data;
    if (seen.has(number)) throw new SeedError(`${source}: issue ${number} is already defined by ${seen.get(number)}`);
    seen.set(number, source);
    return { source, issue: number, title, publishedOn, structure: json as Record<string, unknown>, checksum: checksum(json) };
  });
}
