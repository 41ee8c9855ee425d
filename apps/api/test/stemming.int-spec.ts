import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStopWord, stem } from '../src/search/text-query';
import { createTestDatabase, type TestDatabase } from './helpers/test-db';

/** Highlighting stems words in JavaScript; matching stems them in PostgreSQL. They must agree, word for word. */
describe('highlighting stems words as PostgreSQL english matching does', () => {
  let db: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('on every English word of the seed', async () => {
    const seed = join(__dirname, '../../../data/seed');
    const files = [...readdirSync(join(seed, 'entries')).map((f) => join(seed, 'entries', f)), join(seed, 'sources', 'ccnt-newsletter-001.txt')];
    const text = files.map((f) => readFileSync(f, 'utf8')).join(' ');
    const words = [...new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 1))];
    expect(words.length).toBeGreaterThan(700);
    const { rows } = await client.query<{ w: string; lexemes: string[] | null }>(
      `SELECT w, ts_lexize('english_stem', w) AS lexemes FROM unnest($1::text[]) AS w`,
      [words],
    );
    // PostgreSQL 18 ships a newer Snowball, which keeps a doubled consonant after -ed/-ing in some words
    // ("added" → "add"; Porter2 and PostgreSQL ≤ 17: "ad"). Both sides of a highlight use the same stem, so
    // the word forms still mark each other; any other disagreement fails.
    const undoubled = (pg: string, js: string) => pg.length === js.length + 1 && pg.startsWith(js) && pg.at(-1) === pg.at(-2);
    const disagree = rows.filter(({ w, lexemes }) => (lexemes?.length ? lexemes[0] !== stem(w) && !undoubled(lexemes[0], stem(w)) : !isStopWord(w)));
    expect(disagree.map((r) => `${r.w}: pg ${r.lexemes} js ${stem(r.w)}`)).toEqual([]);
  });
});
