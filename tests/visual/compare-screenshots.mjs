#!/usr/bin/env node
/**
 * Compares two folders of screenshots made by screenshot-pages.mjs, pixel by pixel (pixelmatch with
 * threshold 0: any change in colour counts), and lists each page with its differing pixels. Pages of
 * different height count their extra rows as differing. Writes a diff image per differing page.
 *
 *   node tests/visual/compare-screenshots.mjs /tmp/shots/before /tmp/shots/after [--diff-dir DIR]
 *
 * Exits 1 when any page differs or is missing from one side.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'diff-dir': { type: 'string' } } });
if (positionals.length !== 2) {
  console.error('usage: node tests/visual/compare-screenshots.mjs BEFORE_DIR AFTER_DIR [--diff-dir DIR]');
  process.exit(2);
}
const [before, after] = positionals.map((p) => resolve(p));
const diffDir = resolve(values['diff-dir'] ?? join(after, '../diff'));
mkdirSync(diffDir, { recursive: true });

const pngs = (dir) => new Set(readdirSync(dir).filter((f) => f.endsWith('.png')));
const a = pngs(before);
const b = pngs(after);
const names = [...new Set([...a, ...b])].sort();

/** Copies an image onto a canvas of the given size (transparent beyond its own edges). */
function padTo(img, width, height) {
  if (img.width === width && img.height === height) return img.data;
  const out = Buffer.alloc(width * height * 4);
  for (let y = 0; y < img.height; y++) img.data.copy(out, y * width * 4, y * img.width * 4, y * img.width * 4 + img.width * 4);
  return out;
}

let differing = 0;
let missing = 0;
for (const name of names) {
  if (!a.has(name) || !b.has(name)) {
    missing++;
    console.log(`${name}: only in ${a.has(name) ? 'before' : 'after'}`);
    continue;
  }
  const imgA = PNG.sync.read(readFileSync(join(before, name)));
  const imgB = PNG.sync.read(readFileSync(join(after, name)));
  const width = Math.max(imgA.width, imgB.width);
  const height = Math.max(imgA.height, imgB.height);
  const diff = new PNG({ width, height });
  const pixels = pixelmatch(padTo(imgA, width, height), padTo(imgB, width, height), diff.data, width, height, { threshold: 0 });
  const size = imgA.width === imgB.width && imgA.height === imgB.height ? '' : ` (size ${imgA.width}x${imgA.height} → ${imgB.width}x${imgB.height})`;
  console.log(`${name}: ${pixels} px differ${size}`);
  if (pixels > 0) {
    differing++;
    writeFileSync(join(diffDir, name), PNG.sync.write(diff));
  }
}
console.log(`\n${names.length} pages compared, ${differing} differ, ${missing} on one side only${differing ? ` (diff images in ${diffDir})` : ''}`);
if (existsSync(diffDir) && differing === 0) console.log('no pixel differs');
process.exit(differing || missing ? 1 : 0);
