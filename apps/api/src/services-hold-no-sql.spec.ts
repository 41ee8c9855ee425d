import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One persistence style: a feature's SQL lives in its repository or `*.queries.ts` module (typed rows,
 * one mapper); services call those and hold no SQL. This fails when a service runs a raw query or
 * carries SQL in a template or string literal.
 */
const SRC = __dirname;
const SQL_STATEMENT = /\b(SELECT\s[\s\S]*?\sFROM|INSERT\s+INTO|UPDATE\s+\w[\w.]*\s+(\w+\s+)?SET|DELETE\s+FROM|WITH\s+\w+\s+AS\s*\(|pg_advisory)\b/;

function serviceFiles(): string[] {
  return readdirSync(SRC, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(SRC, d.name))
        .filter((f) => f.endsWith('.service.ts'))
        .map((f) => join(d.name, f)),
    );
}

/** Every template and quoted string literal of a source file (comments skipped). */
function literals(source: string): string[] {
  const out: string[] = [];
  const re = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|`(?:\\[\s\S]|\$\{(?:[^{}]|\{[^{}]*\})*\}|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g;
  for (const m of source.matchAll(re)) if (!m[0].startsWith('/')) out.push(m[0]);
  return out;
}

describe('services hold no SQL', () => {
  const files = serviceFiles();

  it('finds the services', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('%s runs no raw query', (file) => {
    // `.query(` of a DataSource, EntityManager or pg pool, typed or not, and readRows (pg-pool.ts).
    expect(readFileSync(join(SRC, file), 'utf8')).not.toMatch(/\.query\s*(<[^>()]*>)?\s*\(|\breadRows\s*(<[^>()]*>)?\s*\(/);
  });

  it.each(files)('%s has no SQL in its string literals', (file) => {
    const sql = literals(readFileSync(join(SRC, file), 'utf8')).filter((l) => SQL_STATEMENT.test(l));
    expect(sql).toEqual([]);
  });

  it('the check itself sees SQL', () => {
    expect(literals('const q = `SELECT id\n FROM users WHERE id = $1`;').some((l) => SQL_STATEMENT.test(l))).toBe(true);
    expect(literals("m.query('DELETE FROM sessions WHERE id = $1')").some((l) => SQL_STATEMENT.test(l))).toBe(true);
    expect('await this.pool.query<EntryRow>(SQL, [keys])').toMatch(/\.query\s*(<[^>()]*>)?\s*\(/);
    expect(literals('const msg = `Select a file from the list`; // SELECT x FROM y').some((l) => SQL_STATEMENT.test(l))).toBe(false);
  });
});
