// `pnpm bench:lcp`: Largest Contentful Paint of a portal page in Debian's Chromium on a throttled
// profile like Lighthouse's mobile "slow 4G" (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4×
// slower), over several cold loads (fresh profile each, so nothing is cached); prints every run and
// the median. The built API serves the built portal on a fresh database with the repository's seed.
// Env: LCP_PATH (default the Guizhou synergy plan's entry page), LCP_RUNS (default 7),
// LCP_PORTAL_DIR (a portal build to measure instead of this checkout's, e.g. another branch's
// apps/portal/dist, to compare before and after), BENCH_DATABASE_URL, CHROMIUM_PATH.
import { join } from 'node:path';
import { launchChromium } from '../tests/support/chromium.mjs';
import { createBenchDatabase, log, root, startApi } from './lib.mjs';

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PATH = process.env.LCP_PATH ?? '/en/entries/guizhou-pollution-carbon-synergy-implementation-plan';
const RUNS = Number(process.env.LCP_RUNS ?? 7);
const PORTAL_DIR = process.env.LCP_PORTAL_DIR ?? join(root, 'apps/portal/dist');
/** Lighthouse's mobile throttling ("slow 4G" network, a mid-range phone's CPU). */
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

/** Records LCP candidates as the page reports them; the last one before the page settles is its LCP. */
function observeLcp() {
  window.__lcp = { time: 0, element: '' };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__lcp = {
        time: e.startTime,
        element: e.element ? `${e.element.tagName.toLowerCase()}${e.element.className ? `.${String(e.element.className).split(' ')[0]}` : ''}` : '',
      };
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

async function measure(url) {
  const { context, close } = await launchChromium('dualcarbon-lcp-', {
    viewport: { width: 412, height: 823 },
    locale: 'en-GB',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(observeLcp);
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    await page.waitForSelector('h1', { timeout: 60_000 });
    await page.waitForTimeout(1000); // a late candidate (a web font, an image) still counts
    const lcp = await page.evaluate(() => window.__lcp);
    return { ...lcp, kb: Math.round(bytes / 1000) };
  } finally {
    await close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const db = await createBenchDatabase(SERVER_URL);
let api;
try {
  log(`starting the API on ${db.name} with the repository seed, serving the portal from ${PORTAL_DIR}`);
  api = await startApi(db.url, { SEED_ON_START: 'true', STATIC_DIR_PORTAL: PORTAL_DIR });
  const url = `${api.base}${PATH}`;
  for (
    let i = 0;
    i < 600 &&
    !(await fetch(`${api.base}/api/entries?pageSize=1`)
      .then((r) => r.json())
      .then(
        (b) => b.total > 0,
        () => false,
      ));
    i++
  ) {
    await new Promise((r) => setTimeout(r, 200)); // the seed is still loading
  }
  await measure(url); // warm the server (its caches, the seed's first reads); not counted
  const times = [];
  for (let i = 1; i <= RUNS; i++) {
    const r = await measure(url);
    times.push(r.time);
    log(`run ${i}: LCP ${Math.round(r.time)} ms (${r.element}), ${r.kb} KB transferred`);
  }
  console.log(
    `LCP of ${PATH}, slow 4G (150 ms RTT, 1.6 Mbit/s) and CPU ${CPU_SLOWDOWN}× slower, ${RUNS} cold loads: median ${Math.round(median(times))} ms (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))})`,
  );
} finally {
  await api?.stop();
  await db.drop();
}
