import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, useBrowser } from './support/browser';
import { ARTIFACTS_DIR } from './support/app';

const baseUrl = inject('baseUrl');
const TITLE = 'Implementation Plan for the Synergistic Reduction of Pollution and Carbon Emissions in Guizhou';
const SLUG = 'guizhou-pollution-carbon-synergy-implementation-plan';

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });

/** Walks the list's pages (by the "Next page" link, as a reader would) until the title is shown. */
/** Pages through the list (following its "Next" link) until the title shows up on the page it says it is on. */
async function findInList(page: Page, title: string, maxPages = 10) {
  for (let i = 1; i <= maxPages; i++) {
    // This page's answer, not the previous page's still on screen while it loads (an in-app navigation
    // leaves the document's load state at networkidle, so that alone does not wait for it).
    await page.locator(`.entry-list[aria-label="Entries, page ${i}"]:not([aria-busy="true"]), .state--empty, [role="alert"]`).first().waitFor();
    const link = page.getByRole('link', { name: title, exact: true });
    if (await link.count()) return link;
    const next = page.locator('a[rel="next"]');
    if (!(await next.count())) break;
    await next.click();
    await page.waitForURL(new RegExp(`[?&]page=${i + 1}(&|$)`));
  }
  throw new Error(`"${title}" is not in the entry list`);
}

describe('portal in Chromium', () => {
  const session = useBrowser({ locale: 'en-GB' });

  it('opens in English from / and shows the latest entries', async () => {
    const { page } = session;
    await page.goto(baseUrl + '/');
    await page.waitForURL(`${baseUrl}/en`);
    await expect.poll(() => page.locator('.entry-card').count()).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toContain('dualcarbon');
    expect(await page.locator('footer').innerText()).toContain('Data from the CCNT newsletter, iGDP');
    await shot(page, 'portal-home-en');
  });

  it('finds the Guizhou synergy plan in the list, opens it and shows its targets', async () => {
    const { page } = session;
    await page.goto(baseUrl + '/en/entries');
    const link = await findInList(page, TITLE);
    await shot(page, 'portal-entries-en');
    await link.click();
    await page.waitForURL(`${baseUrl}/en/entries/${SLUG}`);

    await expect.poll(() => page.locator('h1').innerText()).toContain(TITLE);
    const targets = page.locator('table.targets-table');
    await targets.waitFor();
    const text = await targets.innerText();
    expect(text).toContain('18');
    expect(text).toContain('2020');
    expect(text).toContain('a reduction of 18% vs 2020 by 2025');
    expect(await page.title()).toBe(`${TITLE} · dualcarbon`);
    await shot(page, 'portal-entry-en');
  });

  it('switches to 中文 with a real link and shows the UI in Chinese', async () => {
    const { page } = session;
    const sw = page.locator('a.lang-switch');
    expect(await sw.getAttribute('href')).toBe(`/zh/entries/${SLUG}`);
    await sw.click();
    await page.waitForURL(`${baseUrl}/zh/entries/${SLUG}`);

    await expect.poll(() => page.locator('h1').innerText()).toContain('贵州省减污降碳协同增效实施方案');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('#targets-title').innerText()).toBe('目标');
    expect(await page.locator('nav[aria-label="主导航"]').innerText()).toContain('条目');
    expect(await page.locator('table.targets-table thead').innerText()).toContain('基准年');
    // the summary is the team's Chinese one, with no English stand-in
    expect(await page.locator('#summary-title').innerText()).toBe('摘要');
    expect(await page.locator('section[aria-labelledby="summary-title"]').innerText()).toMatch(/[\u4e00-\u9fff]{10}/);
    await shot(page, 'portal-entry-zh');
    // a report whose Chinese title no source gives: its English title, marked "EN"
    await page.goto(`${baseUrl}/zh/entries/nrdc-china-methane-emission-control-pathways-and-policies`);
    await expect.poll(() => page.locator('.is-fallback .lang-badge [aria-hidden="true"]').first().innerText()).toBe('EN');
  });

  it('remembers 中文 for the next visit to /', async () => {
    const { page } = session;
    await page.goto(baseUrl + '/');
    await page.waitForURL(`${baseUrl}/zh`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('中国碳中和政策，中英双语');
    await shot(page, 'portal-home-zh');
  });

  it('shows a 404 page for an unknown entry', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en/entries/no-such-entry`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Entry not found');
  });

  it('threw no script errors', () => {
    expect(session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});

describe('portal on a phone', () => {
  it('lays the entry page out without horizontal scrolling', async () => {
    const phone = await launchBrowser({ locale: 'zh-CN', viewport: { width: 375, height: 740 } });
    try {
      const { page } = phone;
      await page.goto(`${baseUrl}/en/entries/${SLUG}`);
      await page.locator('table.targets-table').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(page, 'portal-entry-phone');
    } finally {
      await phone.close();
    }
  });
});
