/**
 * Scores the classifier against the hand labels of data/seed/entries (each entry's own level,
 * jurisdiction, instrumentType, sectors and themes). Micro precision and recall per field; the classifier
 * sees only the title, summary, key points and publisher.
 */
import { describe, expect, it } from 'vitest';
import { loadSeedEntries } from '../testing/seed';
import { classify } from './index';

interface Counts {
  tp: number;
  predicted: number;
  labelled: number;
}
const FIELDS = ['level', 'jurisdiction', 'instrument', 'sectors', 'themes', 'ghgs'] as const;
type FieldName = (typeof FIELDS)[number];

describe('classifier on the seed', () => {
  const entries = loadSeedEntries();
  const counts = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, predicted: 0, labelled: 0 }])) as Record<FieldName, Counts>;
  const errors: string[] = [];
  const add = (field: FieldName, slug: string, predicted: string[], labelled: string[]) => {
    const c = counts[field];
    c.predicted += predicted.length;
    c.labelled += labelled.length;
    c.tp += predicted.filter((p) => labelled.includes(p)).length;
    const fp = predicted.filter((p) => !labelled.includes(p));
    const fn = labelled.filter((l) => !predicted.includes(l));
    if (fp.length || fn.length) errors.push(`  ${field.padEnd(12)} ${slug}: +[${fp.join(', ')}] −[${fn.join(', ')}]`);
  };
  for (const { entry } of entries) {
    const c = classify({ title: entry.title, summary: entry.summary, keyPoints: entry.keyPoints, publisher: entry.publisher });
    const one = (s?: { code: string }) => (s ? [s.code] : []);
    add('level', entry.slug, one(c.level), [entry.level]);
    add('jurisdiction', entry.slug, one(c.jurisdiction), [entry.jurisdiction]);
    add('instrument', entry.slug, one(c.instrumentType), entry.instrumentType ? [entry.instrumentType] : []);
    add(
      'sectors',
      entry.slug,
      c.sectors.map((s) => s.code),
      entry.sectors,
    );
    add(
      'themes',
      entry.slug,
      c.themes.map((s) => s.code),
      entry.themes,
    );
    add(
      'ghgs',
      entry.slug,
      c.ghgs.map((s) => s.code),
      entry.ghgs,
    );
  }
  const p = (f: FieldName) => (counts[f].predicted ? counts[f].tp / counts[f].predicted : 0);
  const r = (f: FieldName) => (counts[f].labelled ? counts[f].tp / counts[f].labelled : 0);

  it('prints micro precision and recall per field', () => {
    const rows = FIELDS.map(
      (f) =>
        `classifier  ${f.padEnd(12)}  ${p(f).toFixed(2).padStart(9)}  ${r(f).toFixed(2).padStart(6)}  ${String(counts[f].tp).padStart(4)}/${counts[f].predicted}/${counts[f].labelled}`,
    );
    console.log(
      [
        `classifier  field         precision  recall    tp/pred/gold   (${entries.length} seed entries)`,
        ...rows,
        'disagreements (+ suggested, not labelled; − labelled, not suggested):',
        ...errors,
      ].join('\n'),
    );
    expect(entries.length).toBeGreaterThan(10);
  });

  it('meets the floors', () => {
    expect(r('level')).toBeGreaterThanOrEqual(0.8);
    expect(r('jurisdiction')).toBeGreaterThanOrEqual(0.8);
    expect(r('instrument')).toBeGreaterThanOrEqual(0.7);
    for (const f of ['sectors', 'themes'] as const) {
      expect(p(f), `${f} precision`).toBeGreaterThanOrEqual(0.5);
      expect(r(f), `${f} recall`).toBeGreaterThanOrEqual(0.5);
    }
  });
});
