/**
 * The portal's explorer, map, region pages and targets explorer in real Chromium against the built app
 * on a fresh, seeded database. Screenshots go to tests/artifacts/portal-*.png.
 */
import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, useBrowser } from './support/browser';
import { ARTIFACTS_DIR } from './support/app';

const baseUrl = inject('baseUrl');
const HAINAN = 'Medium- and Long-Term Plan for the Development of Hydrogen Energy Industry in Hainan (2023-2035)';
const DONGGUAN = 'Action Plan for the Development of Hydrogen Energy Industry in Dongguan (2023-2025)';
const HYDROGEN = encodeURIComponent('氢能');

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage });

/** Titles of the result cards on screen, once the results (or an empty/error state) are shown and not stale. */
async function resultTitles(page: Page): Promise<string[]> {
  await page.locator('.entry-list:not([aria-busy="true"]), .state--empty, [role="alert"]').first().waitFor({ timeout: 30_000 });
  return page.locator('.entry-list .entry-card__title').allInnerTexts();
}

/** Hovers each province shape of the SVG map until the tooltip names `name`; returns the point hovered. */
async function findProvince(page: Page, map: Locator, name: string): Promise<{ x: number; y: number } | null> {
  const tooltip = page.locator('.chart-tooltip');
  const paths = map.locator('svg path');
  const n = await paths.count();
  for (let i = 0; i < n; i++) {
    const path = paths.nth(i);
    const box = await path.boundingBox();
    if (!box || box.width < 8 || box.height < 8) continue;
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(40);
    if ((await tooltip.count()) && (await tooltip.first().isVisible()) && (await tooltip.first().innerText()).includes(name)) return point;
  }
  return null;
}

describe('portal explorer in Chromium', () => {
  const session = useBrowser({ locale: 'en-GB' });

  it('searching 氢能 finds the Hainan and Dongguan hydrogen plans, with the match highlighted', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en/entries`);
    await page.getByLabel('Search titles and summaries, in English or Chinese').fill('氢能');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(`${baseUrl}/en/entries?q=${HYDROGEN}`);
    await expect.poll(() => resultTitles(page)).toEqual(expect.arrayContaining([HAINAN, DONGGUAN]));
    expect(await page.locator('.entry-card mark').first().innerText()).toBe('氢能');
    expect(await page.locator('#results-title').innerText()).toMatch(/^\d+ entries$/);
    expect(await page.title()).toBe('Search: 氢能 · dualcarbon');
    await shot(page, 'portal-explorer-search');
  });

  it('a facet click filters the results and changes the URL; the back button restores both', async () => {
    const { page } = session;
    const before = await resultTitles(page);
    await page.locator('input[name="level"][value="city"]').check();
    await page.waitForURL(`${baseUrl}/en/entries?q=${HYDROGEN}&level=city`);
    await expect.poll(() => resultTitles(page)).toEqual([DONGGUAN]);
    expect(await page.locator('.filter-chip').allInnerTexts()).toContainEqual(expect.stringContaining('Level: Prefectural city'));
    await shot(page, 'portal-explorer-facet');

    await page.goBack();
    await page.waitForURL(`${baseUrl}/en/entries?q=${HYDROGEN}`);
    await expect.poll(() => resultTitles(page)).toEqual(before);
    expect(await page.locator('input[name="level"][value="city"]').isChecked()).toBe(false);

    await page.goForward();
    await page.waitForURL(/level=city/);
    await expect.poll(() => resultTitles(page)).toEqual([DONGGUAN]);
  });

  it('links the CSV and JSON downloads and the Atom feed to the current filters', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en/entries?q=${HYDROGEN}&level=city&sort=title&page=1`);
    await resultTitles(page);
    const csv = await page.locator('a[data-format="csv"]').getAttribute('href');
    expect(csv).toBe(`/api/export/entries.csv?q=${HYDROGEN}&level=city`);
    expect(await page.locator('a[data-format="json"]').getAttribute('href')).toBe(`/api/export/entries.json?q=${HYDROGEN}&level=city`);
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(
      `/api/feeds/entries.atom?q=${HYDROGEN}&level=city`,
    );

    const res = await page.request.get(baseUrl + csv!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    const body = await res.text();
    expect(body).toContain('dongguan-hydrogen-energy-industry-action-plan-2023-2025');
    expect(body).not.toContain('hainan-hydrogen-energy-industry-medium-long-term-plan-2023-2035');

    const feed = await page.request.get(`${baseUrl}/api/feeds/entries.atom?q=${HYDROGEN}&level=city`);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('Dongguan');
  });

  it('draws the map of entries per province; hovering a province shows its count and clicking opens it', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en`);
    const map = page.locator('.china-map');
    await map.waitFor();
    await expect.poll(() => map.locator('svg path').count()).toBeGreaterThan(30);
    await map.scrollIntoViewIfNeeded();
    await shot(page, 'portal-home-map');
    await map.screenshot({ path: join(ARTIFACTS_DIR, 'portal-map.png') });

    const guizhou = await findProvince(page, map, 'Guizhou');
    expect(guizhou, 'a province shape whose tooltip names Guizhou').not.toBeNull();
    expect(await page.locator('.chart-tooltip').first().innerText()).toMatch(/Guizhou\s+2 entries/);
    await page.mouse.click(guizhou!.x, guizhou!.y);
    await page.waitForURL(`${baseUrl}/en/regions/520000`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Guizhou');
  });

  it('offers the map as a table whose links work from the keyboard', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en`);
    const figure = page.locator('figure.chart-figure', { has: page.getByRole('heading', { name: 'Entries by province' }) });
    await figure.waitFor();
    expect(await figure.locator('.chart[role="img"]').getAttribute('aria-label')).toMatch(/provinces have entries/);
    await figure.getByRole('button', { name: 'Show as table' }).click();
    const link = figure.getByRole('link', { name: 'Guizhou', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/en/regions/520000`);
  });

  it('shows Guizhou’s page with its 2025 carbon-intensity target set against other places', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en/regions/520000`);
    const row = page.locator('table.target-rows tbody tr', { hasText: 'Carbon intensity' }).first();
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('2020');
    expect(text).toContain('2025');
    expect(text).toContain('a reduction of 18%');
    expect(text).toContain('By 2025, CO₂ emissions per unit of GDP will drop by 18% compared with 2020.');
    const comparison = page.locator('.target-comparison').first();
    await expect.poll(() => comparison.innerText()).toMatch(/ranked \d+ of \d+ places/);
    expect(await page.title()).toBe('Guizhou · dualcarbon');
    await page.locator('.chart svg').first().waitFor();
    await shot(page, 'portal-region-guizhou');
  });

  it('lists every province with its count on the regions page, and China has a national page', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en/regions`);
    await expect.poll(() => page.locator('.region-grid__item').count()).toBe(34);
    await page.getByRole('link', { name: 'National policies (China)' }).click();
    await page.waitForURL(`${baseUrl}/en/regions/CN`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('China');
    await page.locator('#children-title').waitFor();
    expect(await page.locator('.subregions').innerText()).toContain('Guizhou');
  });

  it('compares every place’s 2025 carbon-intensity target in the targets explorer', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en/targets?metric=carbon_intensity&targetYear=2025`);
    const rows = page.locator('table.target-rows tbody tr');
    await rows.first().waitFor();
    const places = await rows.locator('th').allInnerTexts();
    expect(places).toEqual(expect.arrayContaining(['Guizhou', 'Liaoning', 'Mianyang']));
    const mianyang = rows.filter({ hasText: 'Mianyang' });
    expect(await mianyang.innerText()).toContain('a reduction of 19%');
    expect(await mianyang.getByRole('link', { name: 'Mianyang City Carbon Peaking Plan' }).getAttribute('href')).toBe(
      '/en/entries/mianyang-carbon-peaking-plan',
    );
    await page.locator('figure .chart svg').first().waitFor();
    await shot(page, 'portal-targets');

    // Picking another year is a navigation too; 2020 has China's target and its official statistic.
    await page.locator('select[name="targetYear"]').selectOption('2020');
    await page.waitForURL(/targetYear=2020/);
    await expect.poll(() => rows.locator('th').allInnerTexts()).toEqual(['China']);
    await page.getByRole('heading', { name: /official statistics against the target path/ }).waitFor();
    await shot(page, 'portal-targets-2020');
  });

  it('threw no script errors', () => {
    expect(session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});

describe('portal explorer in Chinese', () => {
  it('shows the explorer’s interface, facets and results in Chinese', async () => {
    const zh = await launchBrowser({ locale: 'zh-CN' });
    try {
      const { page } = zh;
      await page.goto(`${baseUrl}/zh/entries?q=${HYDROGEN}`);
      await expect.poll(() => page.locator('h1').innerText()).toBe('检索政策、行动与报告');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await expect.poll(() => resultTitles(page)).toContain('东莞市氢能产业发展行动计划（2023—2025年）');
      expect(await page.locator('.facet__title').allInnerTexts()).toEqual(
        expect.arrayContaining(['地区', '行业', '层级', '文件类型', '主题', '温室气体', '状态', '类型', '发布机构', '发布年份']),
      );
      expect(await page.locator('label[for="explorer-q"]').innerText()).toBe('搜索标题和摘要（中英文均可）');
      expect(await page.locator('#results-title').innerText()).toMatch(/^共 \d+ 条$/);
      expect(await page.locator('.export-links').innerText()).toContain('下载当前结果');
      expect(await page.title()).toBe('搜索：氢能 · dualcarbon');
      await shot(page, 'portal-explorer-zh');
      expect(zh.pageErrors.map((e) => e.message)).toEqual([]);
    } finally {
      await zh.close();
    }
  });
});

describe('portal explorer on a phone', () => {
  it('puts the facets in a drawer that filters, closes with Escape and returns focus', async () => {
    const phone = await launchBrowser({ locale: 'en-GB', viewport: { width: 375, height: 740 } });
    try {
      const { page } = phone;
      await page.goto(`${baseUrl}/en/entries?q=${HYDROGEN}`);
      await resultTitles(page);
      expect(await page.locator('aside.facet-drawer').isVisible()).toBe(false);
      const open = page.locator('.facet-drawer__open');
      await open.click();
      const drawer = page.getByRole('dialog', { name: 'Filter the results' });
      await drawer.waitFor();
      await shot(page, 'portal-explorer-phone-drawer', false);
      await drawer.locator('input[name="level"][value="city"]').check();
      await page.waitForURL(/level=city/);
      await page.keyboard.press('Escape');
      await expect.poll(() => drawer.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('facet-drawer__open'))).toBe(true);
      expect(await open.innerText()).toContain('1');
      await expect.poll(() => resultTitles(page)).toEqual([DONGGUAN]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(page, 'portal-explorer-phone');
      expect(phone.pageErrors.map((e) => e.message)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
