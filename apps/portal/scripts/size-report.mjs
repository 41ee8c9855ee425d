#!/usr/bin/env node
/**
 * First-view JavaScript budget. Reads the Vite manifest of the built portal and, for every route page,
 * adds up the gzipped size of the JavaScript a browser must load before that page can render: the
 * entry chunk, the page's chunk and everything they import statically. Lazily imported chunks (ECharts,
 * the China map) are listed separately and must not be part of any first view.
 *
 * Exits 1 when a first view is over the budget (150 KB gzipped) or pulls in a chart chunk; prints a
 * notice and exits 0 when the portal has not been built (run `pnpm --filter @dualcarbon/portal build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 100 * 1000; // bytes, gzipped
const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');
const manifestPath = join(dist, '.vite/manifest.json');
/** Modules that must only ever arrive through dynamic import(). */
const LAZY_ONLY = ['src/components/charts/echarts.ts', 'src/assets/map/china.json'];
/** Dynamic imports every first view waits for: one of them, in the page's language. */
const LANGUAGE_CATALOGUES = ['src/i18n/catalogue.en.ts', 'src/i18n/catalogue.zh.ts'];

if (!existsSync(manifestPath)) {
  console.log(`size-report: ${manifestPath} not found — build the portal first to check the first-view budget.`);
  process.exit(process.env.SIZE_REPORT_REQUIRED ? 1 : 0);
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gz = new Map();
const gzipped = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return gz.get(file);
};
const closure = (key, seen = new Set()) => {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
};
const jsOf = (keys) => [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) {
  console.error('size-report: no entry chunk in the manifest');
  process.exit(1);
}
const entry = closure(entryKey);
const pages = (manifest[entryKey].dynamicImports ?? []).filter((k) => k.startsWith('src/pages/'));
const catalogues = LANGUAGE_CATALOGUES.filter((k) => manifest[k]);
if (catalogues.length !== LANGUAGE_CATALOGUES.length) {
  console.error(`size-report: the manifest lacks ${LANGUAGE_CATALOGUES.filter((k) => !manifest[k]).join(', ')}`);
  process.exit(1);
}

const sizeOf = (keys) => jsOf(keys).reduce((s, f) => s + gzipped(f), 0);
/** A page's first view: its closure with the entry's, plus the heavier of the two catalogues' chunks. */
function firstView(keys) {
  const withCatalogue = catalogues.map((c) => closure(c, new Set(keys)));
  return withCatalogue.reduce((a, b) => (sizeOf(b) > sizeOf(a) ? b : a));
}

let failed = false;
const rows = [['(entry only)', firstView(entry)]];
for (const page of pages) rows.push([page.replace(/^src\/pages\//, ''), firstView(closure(page, new Set(entry)))]);

console.log(`First-view JavaScript, gzipped (budget ${kb(BUDGET)}, the larger language catalogue included):`);
for (const [name, keys] of rows) {
  const files = jsOf(keys);
  const total = sizeOf(keys);
  const over = total > BUDGET;
  failed ||= over;
  console.log(`  ${over ? '✗' : '✓'} ${name.padEnd(24)} ${kb(total).padStart(9)}  (${files.length} files)`);
}

for (const page of [entryKey, ...pages]) {
  const keys = closure(page, new Set(entry));
  const bad = LAZY_ONLY.filter((k) => keys.has(k));
  if (bad.length) {
    failed = true;
    console.log(`  ✗ ${page} loads ${bad.join(', ')} up front; these must stay behind import()`);
  }
}

console.log('Lazy chunks (loaded on demand):');
for (const k of LAZY_ONLY) if (manifest[k]) console.log(`    ${k.padEnd(40)} ${kb(gzipped(manifest[k].file)).padStart(9)}`);

if (failed) {
  console.error('size-report: first-view JavaScript is over budget or includes a lazy-only chunk.');
  process.exit(1);
}
