/**
 * Checks the hand-labelled seed in data/seed (entries, newsletter issue 1) against the schemas,
 * taxonomies and region list, and against the newsletter text it was transcribed from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  EntryInputSchema,
  INSTRUMENT_TYPES,
  ISSUING_BODIES,
  METRICS,
  SECTORS,
  THEMES,
  isMilestoneComparison,
  isQuantityComparison,
  regionByCode,
  type EntryData,
} from './index';

const SEED = fileURLToPath(new URL('../../../data/seed/', import.meta.url));
const ENTRIES_DIR = path.join(SEED, 'entries');

/** Expected totals; update them together with the seed. */
const EXPECTED = { entries: 88, targets: 203, observations: 7 };

interface NewsletterItem {
  entry: string;
  lead?: string;
  blurb?: string;
  bullets: string[];
}
interface NewsletterGroup {
  heading: string;
  lead?: string;
  sharedBullets?: string[];
  items: NewsletterItem[];
}
interface NewsletterSection {
  code: string;
  title: string;
  lead: string;
  groups: NewsletterGroup[];
}
interface Newsletter {
  number: number;
  title: string;
  intro: string;
  sections: NewsletterSection[];
  about: { title: string; text: string }[];
}

const files = fs
  .readdirSync(ENTRIES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const raw = files.map((f) => ({ file: f, json: JSON.parse(fs.readFileSync(path.join(ENTRIES_DIR, f), 'utf8')) as unknown }));
const parsed = raw.map(({ file, json }) => ({ file, result: EntryInputSchema.safeParse(json) }));
const entries: { file: string; e: EntryData }[] = parsed.flatMap(({ file, result }) => (result.success ? [{ file, e: result.data }] : []));
const bySlug = new Map(entries.map(({ e }) => [e.slug, e]));

const newsletter = JSON.parse(fs.readFileSync(path.join(SEED, 'newsletters/001.json'), 'utf8')) as Newsletter;

/** The source newsletter as plain text: links, emphasis and escapes removed, whitespace collapsed. */
const plain = (s: string) =>
  s
    .replace(/\[([^\]]*)\]\(#\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/\\([()])/g, '$1')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const SOURCE = plain(fs.readFileSync(path.join(SEED, 'sources/ccnt-newsletter-001.txt'), 'utf8'));
const verbatim = (s: string) => SOURCE.includes(plain(s));

const codes = (terms: readonly { code: string }[]) => new Set(terms.map((t) => t.code));
const SECTOR_CODES = codes(SECTORS);
const THEME_CODES = codes(THEMES);
const INSTRUMENT_CODES = codes(INSTRUMENT_TYPES);
const BODY_CODES = codes(ISSUING_BODIES);
const METRIC_BY_CODE = new Map(METRICS.map((m) => [m.code as string, m]));
const THINK_TANKS = new Set(['igdp', 'wri', 'nrdc', 'edf']);

/** Region kind an entry's level expects; Tianjin and Shanghai (municipalities) are provincial. */
const KIND_FOR_LEVEL: Record<string, string> = { national: 'country', provincial: 'province', city: 'city', county: 'city', zone: 'zone' };

const allTargets = entries.flatMap(({ e }) => e.targets.map((t) => ({ slug: e.slug, t })));
const allObservations = entries.flatMap(({ e }) => e.observations.map((o) => ({ slug: e.slug, o })));

describe('seed data: entries', () => {
  it('every entry file parses with EntryInputSchema', () => {
    const failures = parsed
      .filter(({ result }) => !result.success)
      .map(({ file, result }) => `${file}: ${result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    expect(failures).toEqual([]);
    expect(entries.length).toBe(files.length);
  });

  it('slugs are unique and equal to the file names', () => {
    for (const { file, e } of entries) expect(file, e.slug).toBe(`${e.slug}.json`);
    expect(new Set(entries.map(({ e }) => e.slug)).size).toBe(entries.length);
  });

  it('every taxonomy code exists', () => {
    const unknown: string[] = [];
    for (const { e } of entries) {
      for (const s of e.sectors) if (!SECTOR_CODES.has(s)) unknown.push(`${e.slug}: sector ${s}`);
      for (const t of e.themes) if (!THEME_CODES.has(t)) unknown.push(`${e.slug}: theme ${t}`);
      for (const b of e.issuingBodies) if (!BODY_CODES.has(b)) unknown.push(`${e.slug}: issuing body ${b}`);
      if (!e.instrumentType) unknown.push(`${e.slug}: no instrument type`);
      else if (!INSTRUMENT_CODES.has(e.instrumentType)) unknown.push(`${e.slug}: instrument ${e.instrumentType}`);
      for (const t of e.targets) if (!METRIC_BY_CODE.has(t.metric)) unknown.push(`${e.slug}: target metric ${t.metric}`);
      for (const o of e.observations) if (!METRIC_BY_CODE.has(o.metric)) unknown.push(`${e.slug}: observation metric ${o.metric}`);
    }
    expect(unknown).toEqual([]);
  });

  it('label lists have no duplicates', () => {
    for (const { e } of entries) {
      for (const list of [e.sectors, e.themes, e.ghgs, e.issuingBodies]) expect(new Set(list).size, e.slug).toBe(list.length);
    }
  });

  it('every region code exists and fits the entry level', () => {
    const problems: string[] = [];
    for (const { e } of entries) {
      const region = regionByCode(e.jurisdiction);
      if (!region) problems.push(`${e.slug}: unknown jurisdiction ${e.jurisdiction}`);
      else if (region.kind !== KIND_FOR_LEVEL[e.level]) problems.push(`${e.slug}: level ${e.level} on a ${region.kind}`);
      for (const t of e.targets) if (t.jurisdiction && !regionByCode(t.jurisdiction)) problems.push(`${e.slug}: target region ${t.jurisdiction}`);
      for (const o of e.observations) if (!regionByCode(o.jurisdiction)) problems.push(`${e.slug}: observation region ${o.jurisdiction}`);
    }
    expect(problems).toEqual([]);
  });

  it('reports name their publisher and think tank; official entries do not', () => {
    for (const { e } of entries) {
      if (e.kind === 'report') {
        expect(e.publisher, e.slug).toBeTruthy();
        expect(e.instrumentType, e.slug).toBe('research_report');
        expect(
          e.issuingBodies.some((b) => THINK_TANKS.has(b)),
          e.slug,
        ).toBe(true);
      } else {
        expect(e.publisher, e.slug).toBeUndefined();
        expect(
          e.issuingBodies.some((b) => THINK_TANKS.has(b)),
          e.slug,
        ).toBe(false);
      }
    }
  });

  it('targets and observations use the metric’s canonical unit and comparison, and quote the newsletter verbatim', () => {
    const problems: string[] = [];
    for (const { slug, t } of allTargets) {
      const m = METRIC_BY_CODE.get(t.metric)!;
      // Peak, neutrality and "as assigned" targets have no value and no unit; the others use the metric's own.
      const quantity = isQuantityComparison(t.comparison);
      if (quantity && t.unit !== m.unit) problems.push(`${slug}: ${t.metric} unit ${t.unit} ≠ ${m.unit}`);
      if (quantity && t.comparison !== m.defaultComparison) problems.push(`${slug}: ${t.metric} comparison ${t.comparison}`);
      // A place peaks on co2_emissions; a sector on its own emissions metric (industry_co2_emissions, …).
      if (isMilestoneComparison(t.comparison) && m.unit !== 'Mt CO₂') problems.push(`${slug}: ${t.comparison} target on ${t.metric}`);
      if (t.comparison === 'reduction' && t.metric.endsWith('intensity') && !t.baseYear) problems.push(`${slug}: ${t.metric} needs a base year`);
      if (t.valueMax !== undefined && t.value !== undefined && t.valueMax < t.value) problems.push(`${slug}: ${t.metric} valueMax < value`);
      // English clauses of the newsletter's entries are the newsletter's words; the others quote the document.
      const fromNewsletter = bySlug.get(slug)!.newsletter.length > 0 && t.sourceLanguage === 'en';
      if (!t.sourceText || (fromNewsletter && !verbatim(t.sourceText))) problems.push(`${slug}: target source text not verbatim: ${t.sourceText}`);
      if (!t.sourceLanguage || (t.sourceLanguage === 'zh') !== /[\u4e00-\u9fff]/.test(t.sourceText ?? '')) problems.push(`${slug}: target source language`);
      if (!/\d|\b(five|six)\b|十[一二三四五六七八九]五/.test(t.sourceText ?? '')) problems.push(`${slug}: ${t.metric} source text has no number`);
    }
    for (const { slug, o } of allObservations) {
      const m = METRIC_BY_CODE.get(o.metric)!;
      if (o.unit !== m.unit) problems.push(`${slug}: ${o.metric} unit ${o.unit} ≠ ${m.unit}`);
      if (o.comparison !== m.defaultComparison) problems.push(`${slug}: ${o.metric} comparison ${o.comparison}`);
      if (!o.sourceText || !verbatim(o.sourceText)) problems.push(`${slug}: observation source text not verbatim: ${o.sourceText}`);
    }
    expect(problems).toEqual([]);
  });

  it('key points and report summaries of the newsletter’s entries are its own words', () => {
    for (const { e } of entries.filter(({ e }) => e.newsletter.length > 0)) {
      for (const k of e.keyPoints) expect(verbatim(k.en ?? ''), `${e.slug}: ${k.en}`).toBe(true);
      if (e.kind === 'report') expect(verbatim(e.summary.en ?? ''), e.slug).toBe(true);
    }
  });

  it('relations point at other seed entries', () => {
    for (const { e } of entries) {
      for (const r of e.relations) {
        expect(bySlug.has(r.target), `${e.slug} → ${r.target}`).toBe(true);
        expect(r.target).not.toBe(e.slug);
      }
    }
  });

  it('sources carry no placeholder links', () => {
    for (const { e } of entries) for (const s of e.sources) expect(s.url, e.slug).not.toMatch(/#$|example\.com/);
  });
});

describe('seed data: newsletter issue 1', () => {
  const placed = newsletter.sections.flatMap((sec) => sec.groups.flatMap((g) => g.items.map((item) => ({ section: sec.code, group: g.heading, item }))));

  it('has the three sections in order', () => {
    expect(newsletter.number).toBe(1);
    expect(newsletter.sections.map((s) => s.code)).toEqual(['top_news', 'subnational_updates', 'perspectives']);
  });

  it('every item resolves to an entry and every entry appears exactly once', () => {
    const slugs = placed.map((p) => p.item.entry);
    expect(slugs.filter((s) => !bySlug.has(s))).toEqual([]);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(entries.filter(({ e }) => e.newsletter.length > 0 && !slugs.includes(e.slug)).map(({ e }) => e.slug)).toEqual([]);
  });

  it('entry placements match the issue structure', () => {
    for (const sec of newsletter.sections) {
      let order = 0;
      for (const g of sec.groups) {
        for (const item of g.items) {
          order++;
          const e = bySlug.get(item.entry)!;
          expect(e.newsletter, e.slug).toEqual([{ issue: 1, section: sec.code, ...(g.heading ? { group: g.heading } : {}), order }]);
        }
      }
    }
  });

  it('perspectives link only to reports; other sections only to official entries', () => {
    for (const p of placed) expect(bySlug.get(p.item.entry)!.kind === 'report', p.item.entry).toBe(p.section === 'perspectives');
  });

  it('all its text is verbatim from the source newsletter', () => {
    const texts = [
      newsletter.title,
      newsletter.intro,
      ...newsletter.about.flatMap((a) => [a.title, a.text]),
      ...newsletter.sections.flatMap((s) => [
        s.title,
        s.lead,
        ...s.groups.flatMap((g) => [
          g.heading,
          g.lead ?? '',
          ...(g.sharedBullets ?? []),
          ...g.items.flatMap((i) => [i.lead ?? '', i.blurb ?? '', ...i.bullets]),
        ]),
      ]),
    ];
    expect(texts.filter((t) => !verbatim(t))).toEqual([]);
  });
});

describe('seed data: counts', () => {
  it('matches the expected totals', () => {
    console.log(`seed: ${entries.length} entries, ${allTargets.length} targets, ${allObservations.length} observations`);
    expect({ entries: entries.length, targets: allTargets.length, observations: allObservations.length }).toEqual(EXPECTED);
    const fromNewsletter = entries.filter(({ e }) => e.newsletter.length > 0).length;
    expect(fromNewsletter).toBe(newsletter.sections.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.items.length, 0), 0));
  });
});
