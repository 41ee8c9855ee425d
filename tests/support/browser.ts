/** Debian's Chromium driven by playwright-core (never `playwright install`: nothing is downloaded). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors thrown by the page's scripts, to assert there were none. */
  pageErrors: Error[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  /** Lets the test inject scripts (axe-core) despite the site's Content-Security-Policy. */
  bypassCSP?: boolean;
  /** false: a reader without JavaScript (the pages the server renders must still read and link). */
  javaScriptEnabled?: boolean;
}

/** Launches Chromium with a fresh profile (so no language choice or cache carries over between tests). */
export async function launchBrowser(opts: LaunchOptions = {}): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'dualcarbon-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: opts.locale ?? 'en-GB',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    bypassCSP: opts.bypassCSP ?? false,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: Error[] = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
