/** The Chromium npm test provides (scripts/provision.mjs: CHROMIUM_PATH), driven by playwright-core (never `playwright install`). */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.mjs';

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
  /** Answers every window.confirm with OK (the CMS asks before deleting and revoking). */
  acceptDialogs?: boolean;
  /** false: a reader without JavaScript (the pages the server renders must still read and link). */
  javaScriptEnabled?: boolean;
}

/**
 * Portal pages arrive rendered by the server and only respond to buttons once the app has hydrated
 * them (links work at once). A reader takes longer than that to click; a test does not: `goto` returns
 * once a server-rendered page (it carries #portal-state) is hydrated, as it returned once the app had
 * rendered before pages were rendered on the server.
 */
function waitForHydrationOnGoto(page: Page) {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await page.waitForFunction(
      () => !document.getElementById('portal-state') || !!(document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__,
    );
    return response;
  };
}

/** Launches Chromium with a fresh profile (so no language choice or cache carries over between tests). */
export async function launchBrowser(opts: LaunchOptions = {}): Promise<BrowserSession> {
  const { context, close } = await launchChromium('dualcarbon-chromium-', {
    locale: opts.locale ?? 'en-GB',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    bypassCSP: opts.bypassCSP ?? false,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  if (opts.javaScriptEnabled !== false) waitForHydrationOnGoto(page);
  const pageErrors: Error[] = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  if (opts.acceptDialogs) page.on('dialog', (d) => void d.accept());
  return {
    context,
    page,
    pageErrors,
    close,
  };
}

/**
 * A browser for the tests of one describe block: launched before them, closed after them. The object
 * returned is filled in by that beforeAll, so read its page inside the tests.
 */
export function useBrowser(opts: LaunchOptions = {}): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    Object.assign(session, await launchBrowser(opts));
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}
