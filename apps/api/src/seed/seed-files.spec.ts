import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksum } from './checksum';
import { readSeedEntries, readSeedNewsletters } from './seed-files';

const entry = (slug: string, extra: Record<string, unknown> = {}) => ({
  kind: 'policy',
  slug,
  title: { en: `Title of ${slug}` },
  jurisdiction: 'CN',
  level: 'national',
  ...extra,
});

describe('seed files', () => {
  let dir: string;
  const write = (path: string, value: unknown) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof value === 'string' ? value : JSON.stringify(value));
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dualcarbon-seedfiles-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads one entry per file, or arrays, in file-name order, with defaults applied', () => {
    write('entries/b-plan.json', entry('b-plan'));
    write('entries/a-list.json', [entry('first-one'), entry('second-one')]);
    const seeds = readSeedEntries(dir);
    expect(seeds.map((s) => [s.source, s.data.slug])).toEqual([
      ['entries/a-list.json[0]', 'first-one'],
      ['entries/a-list.json[1]', 'second-one'],
      ['entries/b-plan.json', 'b-plan'],
    ]);
    expect(seeds[2].data).toMatchObject({ status: 'in_force', targets: [], sources: [] });
  });

  it('returns nothing when the folders do not exist yet', () => {
    expect(readSeedEntries(dir)).toEqual([]);
    expect(readSeedNewsletters(dir)).toEqual([]);
  });

  it('names the file and field of an invalid entry', () => {
    write(
      'entries/bad-plan.json',
      entry('bad-plan', { level: 'galactic', targets: [{ metric: 'x', targetYear: 1900, value: 1, unit: '%', comparison: 'level' }] }),
    );
    expect(() => readSeedEntries(dir)).toThrow(
      /entries\/bad-plan\.json is not a valid entry:\n\s+level: Choose a level[\s\S]*targets\.0\.targetYear: Year must be 1950 or later/,
    );
  });

  it('rejects broken JSON, a slug that is not the file name, and duplicate slugs', () => {
    write('entries/broken.json', '{ "kind": ');
    expect(() => readSeedEntries(dir)).toThrow(/entries\/broken\.json: not valid JSON/);
    rmSync(join(dir, 'entries/broken.json'));
    write('entries/named-wrong.json', entry('other-slug'));
    expect(() => readSeedEntries(dir)).toThrow('entries/named-wrong.json: slug "other-slug" does not match the file name');
    rmSync(join(dir, 'entries/named-wrong.json'));
    write('entries/dupe.json', entry('dupe'));
    write('entries/list.json', [entry('dupe')]);
    expect(() => readSeedEntries(dir)).toThrow('entries/list.json[0]: slug "dupe" is already used by entries/dupe.json');
  });

  it('reads newsletters keyed by their number, keeping the structure', () => {
    write('newsletters/001.json', { number: 1, title: 'Issue one', sections: [{ code: 'top_news', groups: [] }], about: [] });
    const [n] = readSeedNewsletters(dir);
    expect(n).toMatchObject({ issue: 1, title: 'Issue one', source: 'newsletters/001.json' });
    expect(n.structure).toHaveProperty('about');
    write('newsletters/002.json', { title: 'No number', sections: [] });
    expect(() => readSeedNewsletters(dir)).toThrow(/newsletters\/002\.json is not a valid newsletter:\n\s+number: Expected the issue number/);
  });
});

describe('checksum', () => {
  it('ignores key order and undefined fields but not values', () => {
    expect(checksum({ a: 1, b: [1, { c: 2, d: undefined }] })).toBe(checksum({ b: [1, { c: 2 }], a: 1 }));
    expect(checksum({ a: 1 })).not.toBe(checksum({ a: 2 }));
    expect(checksum([1, 2])).not.toBe(checksum([2, 1]));
  });
});
