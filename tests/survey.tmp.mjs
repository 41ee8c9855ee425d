import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const base = process.env.BASE ?? 'http://127.0.0.1:3917';
const paths = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const width = Number(process.env.W ?? 390);
const ctx = await browser.newContext({ viewport: { width, height: 844 }, bypassCSP: true, reducedMotion: 'reduce' });
const page = await ctx.newPage();
page.on('pageerror', e => console.log('PAGEERROR', e.message));
for (const p of paths) {
  await page.goto(base + p, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const sw = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  let v = [];
  if (process.env.AXE) {
    await page.addScriptTag({ content: axe });
    v = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa'] } })).violations.map(v => `${v.id}: ${v.nodes.length} ${v.nodes.slice(0,3).map(n=>n.target.join(' ')).join(' | ')}`));
  }
  console.log(p, sw.join('/'), v.join('\n   '));
  if (process.env.SHOT) await page.screenshot({ path: `/tmp/pp/${p.replace(/\W+/g,'_')}.png`, fullPage: true });
}
await browser.close();
