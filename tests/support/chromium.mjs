// How the black-box tests (browser.ts), the screenshots (tests/visual) and the LCP benchmark (bench/)
// start the Chromium npm test provides (CHROMIUM_PATH, from scripts/provision.mjs; Debian's by default)
// through playwright-core (never `playwright install`).
// Plain JavaScript, so that the node scripts import it as the tests do.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium with a fresh profile in a new temporary folder named `profilePrefix`…, so nothing (cache,
 * language choice) carries over from another run. `options` go to playwright's launchPersistentContext;
 * their `args` come after CHROMIUM_ARGS. close() closes the browser and removes the profile.
 * @param {string} profilePrefix
 * @param {Parameters<typeof chromium.launchPersistentContext>[1]} [options]
 */
export async function launchChromium(profilePrefix, { args = [], ...options } = {}) {
  const profile = await mkdtemp(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
