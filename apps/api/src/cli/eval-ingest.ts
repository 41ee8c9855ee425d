import { INSTRUMENT_TYPES, ISSUING_BODIES, METRICS, SECTORS, THEMES, type DocumentReading } from '@dualcarbon/domain';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot } from '../config/repo-root';
import { runIngestTask, type IngestVocabulary } from '../ingest/ingest-task';

const USAGE = `Usage: pnpm eval:ingest [--verbose] [--dir apps/api/test/fixtures/ingest/documents] [--runs 3]

Reads every fixture document that has a <name>.expected.json beside it, as POST /api/editor/ingest does
(same extraction and reading, without the database: the domain's built-in vocabulary), and prints field
accuracy, target precision and recall, and the time each read took; then the 40-page PDF's read time
(median of --runs). --verbose lists every miss.`;

/** Scored fields, in the order printed. */
const FIELDS = [
  'title',
  'documentNumber',
  'issuingBodies',
  'issuedOn',
  'effectiveOn',
  'expiresOn',
  'periodFrom',
  'periodTo',
  'level',
  'jurisdiction',
  'instrumentType',
  'sectors',
  'themes',
  'citedDocuments',
] as const;
type FieldName = (typeof FIELDS)[number];

interface ExpectedTarget {
  metric: string;
  comparison: string;
  targetYear: number;
  value?: number;
  valueMax?: number;
  unit?: string;
  baseYear?: number;
  qualifier?: string;
  strive?: boolean;
  cumulativeFrom?: number;
}
interface Expected {
  document: string;
  format: string;
  language: string;
  pages?: number;
  fields: Partial<Record<Exclude<FieldName, 'citedDocuments'>, unknown>>;
  citedDocuments: string[];
  targets: ExpectedTarget[];
}

const STATIC_VOCABULARY: IngestVocabulary = {
  sectors: [...SECTORS],
  themes: [...THEMES],
  instruments: [...INSTRUMENT_TYPES],
  issuers: [...ISSUING_BODIES],
  metrics: [...METRICS],
  zones: [],
};

/** What the reader answered for a field, in the expected file's terms. */
function answered(r: DocumentReading, field: FieldName): unknown {
  if (field === 'citedDocuments') return r.citations.map((c) => c.title);
  const f = r.fields[field];
  if (Array.isArray(f)) return [...new Set(f.map((x) => x.value))];
  return f ? f.value : null;
}

const norm = (v: unknown): string =>
  Array.isArray(v) ? JSON.stringify([...v].map(String).sort()) : JSON.stringify(typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : (v ?? null));

/** A target matches when every stated part agrees (qualifier default exact, strive default false). */
function targetKey(t: ExpectedTarget | Record<string, unknown>): string {
  const x = t as Record<string, unknown>;
  return JSON.stringify([
    x.metric,
    x.comparison,
    x.targetYear,
    x.value ?? null,
    x.valueMax ?? null,
    x.unit ?? null,
    x.baseYear ?? null,
    x.qualifier ?? 'exact',
    x.strive ?? false,
    x.cumulativeFrom ?? null,
  ]);
}

const ms = (x: number) => `${Math.round(x)} ms`;
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
const pad = (s: string | number, n: number, right = false) => (right ? String(s).padStart(n) : String(s).padEnd(n));

async function main() {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean' }, dir: { type: 'string' }, runs: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return console.log(USAGE);
  const dir = values.dir ?? join(findRepoRoot(), 'apps/api/test/fixtures/ingest/documents');
  const runs = Math.max(1, Number(values.runs ?? 3));
  const expectedFiles = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort();
  const perField = new Map<FieldName, { ok: number; n: number }>(FIELDS.map((f) => [f, { ok: 0, n: 0 }]));
  const totals = { fieldsOk: 0, fields: 0, tp: 0, predicted: 0, expected: 0 };
  const misses: string[] = [];
  const rows: string[] = [];
  let longest: { file: string; pages: number; chars: number } | undefined;

  for (const ef of expectedFiles) {
    const exp = JSON.parse(readFileSync(join(dir, ef), 'utf8')) as Expected;
    const data = readFileSync(join(dir, exp.document));
    const t0 = performance.now();
    const result = await runIngestTask({ data: new Uint8Array(data), filename: exp.document, vocabulary: STATIC_VOCABULARY });
    const elapsed = performance.now() - t0;
    if (!result.ok) {
      rows.push(`${pad(exp.document, 48)} FAILED: ${result.kind} — ${result.message}`);
      continue;
    }
    const r = result.reading;
    let ok = 0;
    let n = 0;
    for (const field of FIELDS) {
      if (field !== 'citedDocuments' && !(field in exp.fields)) continue;
      const want = field === 'citedDocuments' ? exp.citedDocuments : exp.fields[field];
      const got = answered(r, field);
      const good = norm(want) === norm(got);
      n++;
      if (good) ok++;
      const pf = perField.get(field)!;
      pf.n++;
      if (good) pf.ok++;
      else misses.push(`  ${exp.document}  ${field}: expected ${norm(want)}, got ${norm(got)}`);
    }
    const predicted = r.targets.map((t) => targetKey(t.value as unknown as Record<string, unknown>));
    const wanted = exp.targets.map(targetKey);
    const tp = wanted.filter((w) => predicted.includes(w)).length;
    for (const w of wanted.filter((x) => !predicted.includes(x))) misses.push(`  ${exp.document}  target missed: ${w}`);
    for (const p of predicted.filter((x) => !wanted.includes(x))) misses.push(`  ${exp.document}  target extra:  ${p}`);
    totals.fieldsOk += ok;
    totals.fields += n;
    totals.tp += tp;
    totals.predicted += predicted.length;
    totals.expected += wanted.length;
    const pages = r.pages ?? '';
    rows.push(
      `${pad(exp.document, 48)} ${pad(r.format, 5)} ${pad(r.language, 3)} ${pad(pages, 5, true)} ${pad(`${ok}/${n}`, 7, true)} ${pad(pct(ok, n), 7, true)}` +
        ` ${pad(`${tp}/${predicted.length}`, 7, true)} ${pad(pct(tp, predicted.length), 7, true)} ${pad(`${tp}/${wanted.length}`, 7, true)} ${pad(pct(tp, wanted.length), 7, true)}` +
        ` ${pad(ms(result.extractMs), 8, true)} ${pad(ms(result.readMs), 8, true)} ${pad(ms(elapsed), 8, true)}`,
    );
    if (r.format === 'pdf' && (!longest || (r.pages ?? 0) > longest.pages)) longest = { file: exp.document, pages: r.pages ?? 0, chars: r.text.length };
  }

  const header = `${pad('document', 48)} ${pad('fmt', 5)} ${pad('lng', 3)} ${pad('pages', 5, true)} ${pad('fields', 7, true)} ${pad('acc', 7, true)} ${pad('tp/pred', 7, true)} ${pad('prec', 7, true)} ${pad('tp/exp', 7, true)} ${pad('recall', 7, true)} ${pad('extract', 8, true)} ${pad('read', 8, true)} ${pad('total', 8, true)}`;
  console.log(`Ingestion evaluation: ${expectedFiles.length} fixture documents (${dir})\n`);
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of rows) console.log(r);
  console.log('-'.repeat(header.length));
  console.log(
    `${pad('overall', 48)} ${pad('', 5)} ${pad('', 3)} ${pad('', 5)} ${pad(`${totals.fieldsOk}/${totals.fields}`, 7, true)} ${pad(pct(totals.fieldsOk, totals.fields), 7, true)}` +
      ` ${pad(`${totals.tp}/${totals.predicted}`, 7, true)} ${pad(pct(totals.tp, totals.predicted), 7, true)} ${pad(`${totals.tp}/${totals.expected}`, 7, true)} ${pad(pct(totals.tp, totals.expected), 7, true)}`,
  );
  console.log('\nField accuracy (documents where the field is exactly right; sets must match exactly):');
  for (const [f, { ok, n }] of perField) console.log(`  ${pad(f, 16)} ${pad(`${ok}/${n}`, 6, true)}  ${pad(pct(ok, n), 7, true)}`);

  if (longest) {
    const data = readFileSync(join(dir, longest.file));
    const times: Array<{ extract: number; read: number; total: number }> = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = await runIngestTask({ data: new Uint8Array(data), filename: longest.file, vocabulary: STATIC_VOCABULARY });
      const total = performance.now() - t0;
      if (r.ok) times.push({ extract: r.extractMs, read: r.readMs, total });
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `\n${longest.pages}-page PDF (${longest.file}, ${(data.length / 1024).toFixed(0)} KB, ${longest.chars.toLocaleString('en')} characters), ${times.length} warm runs after the one above:` +
        `\n  read (extract + suggest): median ${ms(median(times.map((t) => t.total)))}, min ${ms(Math.min(...times.map((t) => t.total)))}` +
        `  — text extraction ${ms(median(times.map((t) => t.extract)))}, reading ${ms(median(times.map((t) => t.read)))} (medians); budget 3000 ms`,
    );
  }
  if (values.verbose && misses.length) console.log(`\nMisses:\n${misses.join('\n')}`);
  else if (misses.length) console.log(`\n${misses.length} misses (--verbose lists them)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
