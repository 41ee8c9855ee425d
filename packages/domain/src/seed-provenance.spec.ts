/**
 * Seed provenance: every seed entry names where its facts come from, and carries its title in both
 * languages. The only exceptions are the newsletter entries listed in data/seed/titles-not-found.json,
 * whose Chinese title no source read gave (a title is never translated back into its original language).
 * The 1+N documents added from official texts — national documents and provincial plans — have no exceptions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSeedEntries, seedAvailable } from './testing/seed';

const SEED = fileURLToPath(new URL('../../../data/seed/', import.meta.url));

describe.skipIf(!seedAvailable())('seed provenance', () => {
  const entries = loadSeedEntries();
  const allowed = (JSON.parse(fs.readFileSync(path.join(SEED, 'titles-not-found.json'), 'utf8')) as { entries: Record<string, string> }).entries;

  it('every entry names at least one source with its URL, title, publisher and language', () => {
    const problems = entries.flatMap(({ file, entry }) =>
      entry.sources.length === 0
        ? [`${file}: no source`]
        : entry.sources.filter((s) => !s.title || !s.publisher || !s.language).map((s) => `${file}: ${s.url} lacks its title, publisher or language`),
    );
    expect(problems).toEqual([]);
  });

  it('every entry has an English and a Chinese title, but for the listed newsletter entries', () => {
    const missing = entries
      .filter(({ entry }) => !entry.title.en || (!entry.title.zh && !(entry.slug in allowed)))
      .map(({ file, entry }) => `${file}: ${!entry.title.en ? 'no English title' : 'no Chinese title'}`);
    expect(missing).toEqual([]);
  });

  it('every entry has a summary in both languages (the Chinese portal never falls back to the title)', () => {
    const missing = entries
      .filter(({ entry }) => !entry.summary?.en?.trim() || !entry.summary?.zh?.trim())
      .map(({ file, entry }) => `${file}: no ${!entry.summary?.en?.trim() ? 'English' : 'Chinese'} summary`);
    expect(missing).toEqual([]);
  });

  it('lists only newsletter entries still without a Chinese title', () => {
    const bySlug = new Map(entries.map(({ entry }) => [entry.slug, entry]));
    const stale = Object.keys(allowed).filter((slug) => !bySlug.has(slug) || !!bySlug.get(slug)!.title.zh || bySlug.get(slug)!.newsletter.length === 0);
    expect(stale).toEqual([]);
  });
});
