/**
 * Pages rendered on the server (issue 18): the browser takes over the server's HTML without a mismatch
 * and without asking the API again for what came with the page, the text the server sent is the text on
 * screen once the app runs, and a reader without JavaScript reads an entry and follows its links.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from './support/browser';

const baseUrl = inject('baseUrl');
const ENTRY = 'guizhou-pollution-carbon-synergy-implementation-plan';

/** The visible text of #app, charts left out (they draw in the browser only), whitespace folded. */
function appText(root: ParentNode): string {
  const app = root.querySelector('#app');
  if (!app) return '';
  const copy = app.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('.chart, script, style')) el.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Loads `path`, waits for the app to have hydrated, and returns the server's #app text and the page's. */
async function loadAndCompare(page: Page, path: string) {
  const messages: string[] = [];
  const apiCalls: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  };
  const onRequest = (r: { url(): string }) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) apiCalls.push(r.url());
  };
  page.on('console', onConsole);
  page.on('request', onRequest);
  const response = await page.goto(baseUrl + path);
  expect(response?.status()).toBe(200);
  const served = await response!.text();
  await page.waitForFunction(() => !!(document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__);
  await page.waitForLoadState('networkidle');
  const result = await page.evaluate(
    ({ html, fn }) => {
      const text = new Function(`return (${fn})`)() as (root: ParentNode) => string;
      return { server: text(new DOMParser().parseFromString(html, 'text/html')), client: text(document) };
    },
    { html: served, fn: appText.toString() },
  );
  page.off('console', onConsole);
  page.off('request', onRequest);
  return { ...result, messages, apiCalls };
}

describe('hydration of server-rendered pages', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: an entry page hydrates without mismatch or error, with the server's text and without fetching its entry again`, async () => {
      const { server, client, messages, apiCalls } = await loadAndCompare(session.page, `/${lang}/entries/${ENTRY}`);
      expect(server).toContain(lang === 'en' ? 'Guizhou' : '贵州省减污降碳协同增效实施方案');
      expect(client).toBe(server);
      expect(messages).toEqual([]);
      expect(apiCalls.filter((u) => u.includes(`/api/entries/${ENTRY}`))).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    });

    it(`${lang}: the explorer with a query hydrates without mismatch or error and shows the server's results`, async () => {
      const { server, client, messages, apiCalls } = await loadAndCompare(session.page, `/${lang}/entries?level=provincial&sort=title`);
      expect(server).toMatch(lang === 'en' ? /\d+ entries/ : /共 \d+ 条/);
      expect(client).toBe(server);
      expect(messages).toEqual([]);
      expect(apiCalls.filter((u) => new URL(u).pathname === '/api/entries')).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    });
  }

  it('after hydration the app navigates on its own: a click on a link changes the page without loading a document', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en/entries/${ENTRY}`);
    await page.waitForFunction(() => !!(document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__);
    const documents: string[] = [];
    page.on('request', (r) => r.resourceType() === 'document' && documents.push(r.url()));
    await page.locator('.entry__back').click();
    await page.waitForURL(`${baseUrl}/en/entries`);
    await expect.poll(() => page.locator('#results-title').innerText()).toMatch(/\d+ entries/);
    expect(documents).toEqual([]);
    // The head follows the page: title, canonical and hreflang.
    expect(await page.title()).toBe('Explore entries · dualcarbon');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${baseUrl}/en/entries`);
    expect(await page.locator('link[rel="alternate"][hreflang="zh-CN"]').getAttribute('href')).toBe(`${baseUrl}/zh/entries`);
  });
});

describe('without JavaScript', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser({ locale: 'en-GB', javaScriptEnabled: false });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a reader reads an entry and follows its links to the region and back to the list', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en/entries/${ENTRY}`);
    await expect(page.locator('h1').first().innerText()).resolves.toMatch(/Guizhou/);
    await expect(page.locator('#summary-title').innerText()).resolves.toBe('Summary');
    expect(await page.locator('.entry__main .prose').innerText()).toMatch(/synergistic reduction of pollution/);

    // The breadcrumb's province link is a real link: a new document, rendered by the server.
    await page.locator('.entry__nav a[href="/en/regions/520000"]').first().click();
    await page.waitForURL(`${baseUrl}/en/regions/520000`);
    await expect(page.locator('h1').first().innerText()).resolves.toMatch(/Guizhou/);
    expect(await page.locator('.entry-list a').count()).toBeGreaterThan(0);

    await page.goto(`${baseUrl}/zh/entries/${ENTRY}`);
    await page.locator('.entry__back').click();
    await page.waitForURL(`${baseUrl}/zh/entries`);
    await expect(page.locator('#results-title').innerText()).resolves.toMatch(/共 \d+ 条/);
    // …and from the list into another entry.
    const first = page.locator('.entry-card__title a').first();
    const title = (await first.innerText()).trim();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/zh\/entries\/[a-z0-9-]+$/);
    await first.click();
    await page.waitForURL(baseUrl + href!);
    expect((await page.locator('h1').first().innerText()).trim()).toBe(title);
  });
});
