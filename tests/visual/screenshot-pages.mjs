#!/usr/bin/env node
/**
 * Full-page screenshots of every portal and CMS page, to prove a style change changed no pixel
 * (compare two runs with compare-screenshots.mjs). Builds nothing: it starts the built app
 * (apps/api/dist/main.js serving apps/portal/dist and apps/cms/dist), as tests/support/app.ts does.
 *
 *   node tests/visual/screenshot-pages.mjs --out /tmp/shots/before [--only portal|cms] [--fresh-template]
 *       [--color-scheme dark] [--media print] [--langs en] [--viewports desktop]
 *
 * The app serves apps/portal/dist and apps/cms/dist unless STATIC_DIR_PORTAL / STATIC_DIR_CMS name
 * other folders (e.g. a copy of the dist made before a change, to re-take the "before" pictures). *
 * Both runs must see the same data, so the seeded database is made once as a template
 * (dualcarbon_shots_template on TEST_DATABASE_URL's server: the app seeds it on start, then a fixed
 * admin account is added) and every run starts the app on a fresh copy of it, dropped afterwards.
 * The browser's clock is fixed, motion is reduced and the script waits for fonts and for every chart
 * to be drawn, so two runs of the same build give the same pixels.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { REPO_ROOT, spawnBuiltApi } from '../support/built-api.mjs';
import { launchChromium } from '../support/chromium.mjs';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TEMPLATE_DB = 'dualcarbon_shots_template';
const ACCOUNT = { email: 'shots-admin@visual.dualcarbon.local', name: 'Screenshot Admin', password: 'visual-check-password-1' };
// Every run's browser believes it is this moment, so "3 days ago" reads the same in both runs.
const FIXED_NOW = new Date('2026-12-01T09:00:00Z');
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    only: { type: 'string' },
    'fresh-template': { type: 'boolean', default: false },
    'color-scheme': { type: 'string', default: 'light' },
    media: { type: 'string', default: 'screen' },
    // Fixed, because pages show the site's own address (e.g. an entry's citation). A second run at
    // the same time listens elsewhere (--listen-port) and Chromium maps <port> to it (a host resolver
    // rule), so its pages still see http://127.0.0.1:<port>.
    port: { type: 'string', default: '3197' },
    'listen-port': { type: 'string' },
    // Fewer pictures, e.g. for a dark-mode or print pass: --langs en --viewports desktop
    langs: { type: 'string', default: 'en,zh' },
    viewports: { type: 'string', default: 'desktop,phone' },
  },
});
if (!args.out) {
  console.error(
    'usage: node tests/visual/screenshot-pages.mjs --out DIR [--only portal|cms] [--color-scheme light|dark] [--media screen|print] [--port 3197] [--fresh-template]',
  );
  process.exit(2);
}
const OUT = resolve(args.out);

// ---------------------------------------------------------------- database and app

const withDatabase = (url, db) => Object.assign(new URL(url), { pathname: `/${db}` }).toString();

async function sql(url, text, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

const portIsFree = (port) =>
  new Promise((ok) => {
    const srv = createServer().once('error', () => ok(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => ok(true)));
  });

/** Starts the built app on a database; resolves once /api/health answers. */
async function startApp(databaseUrl, { seed }) {
  const port = Number(args['listen-port'] ?? args.port);
  const base = `http://127.0.0.1:${port}`;
  const publicUrl = `http://127.0.0.1:${args.port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'dualcarbon-shots-'));
  const child = spawnBuiltApi({
    databaseUrl,
    port,
    env: {
      PUBLIC_URL: publicUrl,
      METRICS_TOKEN: 'visual-check-metrics-token-0123456789',
      DATA_DIR: dataDir,
      SEED_ON_START: seed ? 'true' : 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  for (const s of [child.stdout, child.stderr]) s.on('data', (c) => (log = (log + c).slice(-6000)));
  const stop = () =>
    new Promise((done) => {
      const cleanup = () => (rmSync(dataDir, { recursive: true, force: true }), done());
      if (child.exitCode !== null) return cleanup();
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => (clearTimeout(kill), cleanup()));
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}):\n${log}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The app did not become healthy:\n${log}`);
    }
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base: publicUrl, stop };
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** The seeded template database with the screenshot account, made once (or again with --fresh-template). */
async function ensureTemplate() {
  const exists = (await sql(ADMIN_URL, 'SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE_DB])).length > 0;
  if (exists && !args['fresh-template']) return;
  if (exists) await sql(ADMIN_URL, `DROP DATABASE "${TEMPLATE_DB}" WITH (FORCE)`);
  console.log(`making the template database ${TEMPLATE_DB} (seeded by the app on start)…`);
  await sql(ADMIN_URL, `CREATE DATABASE "${TEMPLATE_DB}"`);
  const url = withDatabase(ADMIN_URL, TEMPLATE_DB);
  const app = await startApp(url, { seed: true });
  await app.stop();
  const argon2 = createRequire(join(REPO_ROOT, 'apps/api/package.json'))('@node-rs/argon2');
  const hash = await argon2.hash(ACCOUNT.password, { algorithm: argon2.Algorithm.Argon2id, memoryCost: 4096, timeCost: 2, parallelism: 1 });
  await sql(url, `INSERT INTO users (email, name, roles, password_hash, active) VALUES ($1, $2, $3::text[], $4, true)`, [
    ACCOUNT.email,
    ACCOUNT.name,
    ['editor', 'reviewer', 'admin'],
    hash,
  ]);
}

// ---------------------------------------------------------------- browser

async function openBrowser(viewport) {
  const { context, close } = await launchChromium('dualcarbon-shots-chromium-', {
    args: [
      '--hide-scrollbars',
      '--font-render-hinting=none',
      ...(args['listen-port'] ? [`--host-resolver-rules=MAP 127.0.0.1:${args.port} 127.0.0.1:${args['listen-port']}`] : []),
    ],
    locale: 'en-GB',
    timezoneId: 'UTC',
    viewport,
    reducedMotion: 'reduce',
    colorScheme: args['color-scheme'],
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.emulateMedia({ media: args.media });
  await page.clock.setFixedTime(FIXED_NOW);
  return { page, close };
}

/** Waits until nothing is loading, every chart has drawn, fonts are in and the layout has stopped moving. */
async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page
    .waitForFunction(
      () =>
        !document.querySelector('.state--loading, [aria-busy="true"], .chart__loading, .skeleton') &&
        [...document.querySelectorAll('.chart')].every((c) => c.querySelector('svg, canvas')),
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => console.warn(`  (still loading after 20 s: ${page.url()})`));
  await page.evaluate(() => document.fonts.ready);
  // ECharts animates even under reduced motion in places (and resizes on a throttle): let it finish.
  await page.waitForTimeout(1200);
  let last = '';
  for (let i = 0; i < 10; i++) {
    const now = await page.evaluate(() => `${document.documentElement.scrollHeight}x${document.documentElement.scrollWidth}`);
    if (now === last) break;
    last = now;
    await page.waitForTimeout(300);
  }
}

let count = 0;
async function shot(page, name) {
  await settle(page);
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
  count++;
  console.log(`  ${name}`);
}

// ---------------------------------------------------------------- pages

const PORTAL_PAGES = [
  ['home', ''],
  ['explorer', '/entries'],
  ['explorer-query', '/entries?q=carbon&level=national&page=1'],
  ['explorer-page2', '/entries?page=2'],
  ['entry-national', '/entries/beautiful-china-opinions'],
  ['entry-province', '/entries/shandong-climate-change-adaptation-plan'],
  ['entry-city', '/entries/mianyang-carbon-peaking-plan'],
  ['entry-action', '/entries/mee-first-batch-pollution-carbon-reduction-pilot-cities-and-industrial-zones'],
  ['entry-report', '/entries/nrdc-china-methane-emission-control-pathways-and-policies'],
  ['regions', '/regions'],
  ['region-cn', '/regions/CN'],
  ['region-province', '/regions/370000'],
  ['region-city', '/regions/441900'],
  ['targets', '/targets'],
  ['targets-metric', '/targets?metric=carbon_intensity&targetYear=2020'],
  ['briefings', '/briefings'],
  ['briefing-issue', '/briefings/1'],
  ['briefings-unsubscribe', '/briefings/unsubscribe'],
  ['not-found', '/no-such-page'],
];

async function portal(base) {
  for (const [vpName, viewport] of Object.entries(VIEWPORTS).filter(([v]) => args.viewports.split(',').includes(v))) {
    const { page, close } = await openBrowser(viewport);
    try {
      for (const lang of args.langs.split(',')) {
        for (const [name, path] of PORTAL_PAGES) {
          await page.goto(`${base}/${lang}${path}`);
          await shot(page, `portal-${lang}-${vpName}-${name}`);
        }
        // The facets: on a phone behind the "Filters" button (a drawer); on a desk beside the results.
        await page.goto(`${base}/${lang}/entries?q=carbon`);
        await settle(page);
        const opener = page.locator('.facet-drawer__open');
        if (await opener.isVisible()) {
          await opener.click();
          await page.locator('.facet-drawer').waitFor();
          await shot(page, `portal-${lang}-${vpName}-explorer-facets-open`);
        }
      }
    } finally {
      await close();
    }
  }
}

async function cmsApi(page, base, path) {
  const res = await page.request.get(`http://127.0.0.1:${args['listen-port'] ?? args.port}/api${path}`);
  if (!res.ok()) throw new Error(`GET /api${path} → ${res.status()}`);
  return res.json();
}

async function cms(base) {
  const runs = [
    ['en', 'desktop'],
    ['zh', 'desktop'],
    ['en', 'phone'],
  ].filter(([lang, vp]) => args.langs.split(',').includes(lang) && args.viewports.split(',').includes(vp));
  for (const [lang, vpName] of runs) {
    const { page, close } = await openBrowser(VIEWPORTS[vpName]);
    const p = `cms-${lang}-${vpName}`;
    try {
      await page.goto(`${base}/cms/${lang}/sign-in`);
      await shot(page, `${p}-sign-in`);
      await page.goto(`${base}/cms/${lang}/set-password`);
      await shot(page, `${p}-set-password`);
      await page.goto(`${base}/cms/${lang}/sign-in`);
      await page.locator('#sign-in-email').fill(ACCOUNT.email);
      await page.locator('#sign-in-password').fill(ACCOUNT.password);
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));

      const entries = await cmsApi(page, base, '/editor/entries?pageSize=5');
      const entryId = entries.items[0].id;
      const newsletters = await cmsApi(page, base, '/editor/newsletters?pageSize=100');
      const newsletterId = [...newsletters.items].sort((a, b) => a.number - b.number)[0]?.id;
      const pages = [
        ['dashboard', ''],
        ['entries', '/entries'],
        ['entry-new', '/entries/new'],
        ['entry-edit', `/entries/${entryId}`],
        ['entry-preview', `/entries/${entryId}/preview`],
        ['entry-review', `/entries/${entryId}/review`],
        ['entry-history', `/entries/${entryId}/history`],
        ['ingest', '/entries/from-document'],
        ['newsletters', '/newsletters'],
        ...(newsletterId ? [['newsletter-edit', `/newsletters/${newsletterId}`]] : []),
        ['notifications', '/notifications'],
        ['import', '/import'],
        ['taxonomies', '/admin/taxonomies'],
        ['taxonomy-sectors', '/admin/taxonomies/sectors'],
        ['users', '/admin/users'],
        ['audit', '/admin/audit'],
        ['account', '/account'],
        ['forbidden', '/forbidden'],
        ['not-found', '/no-such-page'],
      ];
      for (const [name, path] of pages) {
        await page.goto(`${base}/cms/${lang}${path}`);
        if (name === 'entry-preview') {
          // The preview frame renders the portal's entry page: wait until it has drawn.
          await page
            .frameLocator('iframe')
            .locator('main h1')
            .first()
            .waitFor()
            .catch(() => undefined);
        }
        await shot(page, `${p}-${name}`);
        const compose = page.locator('[data-testid="compose-issue"]');
        if (name === 'newsletters' && (await compose.isEnabled())) {
          // A teleported modal (ModalDialog), opened and closed without composing anything.
          await compose.click();
          await page.getByRole('dialog').waitFor();
          await shot(page, `${p}-newsletters-compose-dialog`);
          await page.keyboard.press('Escape');
        }
      }
    } finally {
      await close();
    }
  }
}

// ---------------------------------------------------------------- main

mkdirSync(OUT, { recursive: true });
if (!(await portIsFree(Number(args['listen-port'] ?? args.port)))) {
  console.error(`port ${args['listen-port'] ?? args.port} is taken (another run?): give this one --listen-port`);
  process.exit(2);
}
await ensureTemplate();
const runDb = `dualcarbon_shots_${process.pid}`;
await sql(ADMIN_URL, `CREATE DATABASE "${runDb}" TEMPLATE "${TEMPLATE_DB}"`);
let app;
const cleanUp = async () => {
  await app?.stop();
  await sql(ADMIN_URL, `DROP DATABASE IF EXISTS "${runDb}" WITH (FORCE)`);
};
// Stopped half-way (Ctrl-C): stop the app and drop this run's database all the same.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
])
  process.once(signal, () => void cleanUp().finally(() => process.exit(code)));
try {
  app = await startApp(withDatabase(ADMIN_URL, runDb), { seed: false });
  const started = Date.now();
  if (args.only !== 'cms') await portal(app.base);
  if (args.only !== 'portal') await cms(app.base);
  console.log(`${count} screenshots in ${OUT} (${Math.round((Date.now() - started) / 1000)} s)`);
} finally {
  await cleanUp();
}
