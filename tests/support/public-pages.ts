/**
 * The portal's public pages, one of each kind (and each kind of entry and region), for checks that
 * loop over every page in both languages. Paths without the language prefix.
 */
import type { Page } from 'playwright-core';

export const PUBLIC_PAGES = [
  '',
  '/entries',
  '/entries?page=2',
  // a national policy, a provincial and a city policy, an action, a report
  '/entries/beautiful-china-opinions',
  '/entries/shandong-climate-change-adaptation-plan',
  '/entries/mianyang-carbon-peaking-plan',
  '/entries/mee-first-batch-pollution-carbon-reduction-pilot-cities-and-industrial-zones',
  '/entries/nrdc-china-methane-emission-control-pathways-and-policies',
  '/regions',
  '/regions/CN',
  '/regions/370000',
  '/regions/441900',
  '/targets',
  '/targets?metric=carbon_intensity&targetYear=2020',
  '/briefings',
  '/briefings/1',
  '/briefings/unsubscribe',
  '/no-such-page',
] as const;

export const LANGS = ['en', 'zh'] as const;

/** Every public page in both languages: /en…, /zh…. */
export const everyPublicPage = () => LANGS.flatMap((lang) => PUBLIC_PAGES.map((p) => `/${lang}${p}`));

/** Waits until the page has its heading and nothing is loading (skeletons gone, no region busy, every chart drawn). */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(
    () =>
      !document.querySelector('.state--loading, [aria-busy="true"], .chart__loading') &&
      [...document.querySelectorAll('.chart')].every((c) => c.querySelector('svg')),
  );
}

/** How many CSS pixels the document is wider than the viewport (0 when nothing overflows). */
export const horizontalOverflow = (page: Page) => page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
