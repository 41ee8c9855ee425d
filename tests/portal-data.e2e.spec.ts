/**
 * The portal views that make the data comparable, in Chromium against the built app: which policies set
 * a 2025 target and for what (explorer facets), a national document's implementation across China, an
 * entry's links to its places, and the targets page (level, sorting, national line, downloads). The
 * entries are published here through the editorial API, in provinces the other specs do not look at.
 */
import { formatTarget, type FormattableTarget } from '@dualcarbon/domain';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './support/app';
import { axeViolations } from './support/axe';
import { launchBrowser, type BrowserSession } from './support/browser';
import { uniqueSlug } from './support/cms';
import { publisher } from './support/publish';
import { horizontalOverflow, settled } from './support/public-pages';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });

const SLUG = {
  national: uniqueSlug('e2e-national-peaking-plan'),
  jiangsu: uniqueSlug('e2e-jiangsu-peaking-plan'),
  zhejiang: uniqueSlug('e2e-zhejiang-peaking-plan'),
  hangzhou: uniqueSlug('e2e-hangzhou-peaking-plan'),
  jiangxi: uniqueSlug('e2e-jiangxi-peaking-plan'),
  yunnan: uniqueSlug('e2e-yunnan-draft-plan'),
};
const NATIONAL_TITLE = 'E2E Action Plan for Peaking Before 2030';
const nonFossil = (value: number, sourceText?: string) => ({
  metric: 'non_fossil_share',
  comparison: 'share',
  targetYear: 2025,
  value,
  unit: '%',
  qualifier: 'at_least',
  sourceText,
  sourceLanguage: sourceText ? 'zh' : undefined,
});
const entry = (slug: string, jurisdiction: string, level: string, en: string, zh: string, extra: Record<string, unknown> = {}) => ({
  kind: 'policy',
  slug,
  title: { en, zh },
  summary: { en: `${en}: a plan published by a browser test.` },
  jurisdiction,
  level,
  issuingBodies: [level === 'national' ? 'state_council' : level === 'city' ? 'municipal_government' : 'provincial_government'],
  sectors: ['cross_cutting'],
  instrumentType: 'implementation_plan',
  themes: ['one_plus_n'],
  ghgs: ['co2'],
  sources: [{ url: `https://example.gov.cn/${slug}` }],
  ...extra,
});
const implementsIt = (target: string) => ({ relations: [{ type: 'implements', target }] });
/** "E2E <place> Peaking Plan" (端到端<地方>碳达峰实施方案), implementing its parent's plan. */
const peakingPlan = (key: keyof typeof SLUG, jurisdiction: string, level: string, [en, zh]: [string, string], parent: keyof typeof SLUG, extra = {}) =>
  entry(SLUG[key], jurisdiction, level, `E2E ${en} Peaking Plan`, `端到端${zh}碳达峰实施方案`, { ...implementsIt(SLUG[parent]), ...extra });

/** The fill of a province on the map: hovers shapes until the tooltip names it, then reads the shape at that point. */
async function provinceFill(page: Page, map: Locator, name: string): Promise<string | null> {
  const tooltip = page.locator('.chart-tooltip').first();
  const paths = map.locator('svg path');
  const names = async (x: number, y: number, wait: number) => {
    await page.mouse.move(x, y);
    await page.waitForTimeout(wait);
    return (await tooltip.count()) > 0 && (await tooltip.isVisible()) && (await tooltip.innerText()).startsWith(name);
  };
  for (let i = 0, n = await paths.count(); i < n; i++) {
    const box = await paths.nth(i).boundingBox();
    if (!box || box.width < 6 || box.height < 6) continue;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    if (!(await names(x, y, 40))) continue;
    // The tooltip may still have shown the shape hovered before: leave, come back, and look again.
    await page.mouse.move(0, 0);
    await page.waitForTimeout(200);
    if (!(await names(x, y, 200))) continue;
    // The shape under that point (a shape's box may centre on its neighbour), in its own colour, not the hover colour.
    await page.mouse.move(0, 0);
    await page.waitForTimeout(200);
    return page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.getAttribute('fill') ?? null, [x, y]);
  }
  return null;
}

async function texts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('comparable data in the portal', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    const pub = await publisher(baseUrl, databaseUrl);
    for (const published of [
      entry(SLUG.national, 'CN', 'national', NATIONAL_TITLE, '端到端2030年前碳达峰行动方案', {
        issuingBodies: ['state_council'],
        instrumentType: 'action_plan',
        issuedOn: '2021-10-24',
        targets: [nonFossil(20, '到2025年，非化石能源消费比重达到20%左右')],
      }),
      peakingPlan('jiangsu', '320000', 'provincial', ['Jiangsu', '江苏省'], 'national', { issuedOn: '2022-10-10', targets: [nonFossil(18)] }),
      peakingPlan('zhejiang', '330000', 'provincial', ['Zhejiang', '浙江省'], 'national', {
        issuedOn: '2022-08-01',
        targets: [nonFossil(24, '到2025年，非化石能源消费比重达到24%')],
      }),
      peakingPlan('hangzhou', '330100', 'city', ['Hangzhou', '杭州市'], 'zhejiang', { issuedOn: '2023-03-01', targets: [nonFossil(26)] }),
      peakingPlan('jiangxi', '360000', 'provincial', ['Jiangxi', '江西省'], 'national', { targets: [] }),
    ])
      await pub.entry(published);
    await pub.entry(
      entry(SLUG.yunnan, '530000', 'provincial', 'E2E Yunnan Draft Plan', '端到端云南省草稿', { ...implementsIt(SLUG.national), targets: [nonFossil(40)] }),
      { draft: true },
    );
    session = await launchBrowser({ locale: 'en-GB' });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the explorer answers "which policies set a 2025 target, and for what" with facets that filter', async () => {
    const { page } = session;
    // Narrowed to this spec's plans by their words, so the seed's many 2025 targets stay off the page.
    await page.goto(`${baseUrl}/en/entries?q=E2E`);
    await page.locator('input[name="targetYear"][value="2025"]').check();
    await page.waitForURL(`${baseUrl}/en/entries?q=E2E&targetYear=2025`);
    const metric = page.locator('input[name="targetMetric"][value="non_fossil_share"]');
    // Counted among entries with a 2025 target: our five plans with one, at least.
    const count = Number((await metric.locator('xpath=..').locator('.facet-option__count').innerText()).match(/\d+/)![0]);
    expect(count).toBeGreaterThanOrEqual(4);
    await metric.check();
    await page.waitForURL(`${baseUrl}/en/entries?q=E2E&targetMetric=non_fossil_share&targetYear=2025`);
    await page.locator('.entry-list:not([aria-busy="true"])').waitFor();
    const titles = await texts(page, '.entry-list .entry-card__title');
    expect(titles).toEqual(expect.arrayContaining([NATIONAL_TITLE, 'E2E Jiangsu Peaking Plan', 'E2E Zhejiang Peaking Plan', 'E2E Hangzhou Peaking Plan']));
    expect(titles).not.toContain('E2E Jiangxi Peaking Plan');
    expect(titles).not.toContain('E2E Yunnan Draft Plan');
    expect(await texts(page, '.filter-chip')).toEqual(
      expect.arrayContaining([expect.stringContaining('Target metric: Non-fossil share'), expect.stringContaining('Target year: 2025')]),
    );
    // The API agrees: the same filters, the same total.
    const api = (await (await page.request.get(`${baseUrl}/api/entries?q=E2E&targetMetric=non_fossil_share&targetYear=2025`)).json()) as { total: number };
    expect(await page.locator('#results-title').innerText()).toBe(`${api.total} entries`);
    await shot(page, 'portal-data-target-facets');
  });

  it("a national document's result card says how many provinces implement it and leads to its implementation section", async () => {
    const { page } = session;
    const card = page.locator('.entry-card', { hasText: NATIONAL_TITLE });
    const badge = card.getByTestId('implemented-by');
    expect(await badge.innerText()).toBe('Implemented in 3 provinces');
    await badge.click();
    await page.waitForURL(`${baseUrl}/en/entries/${SLUG.national}#implementation`);
    const section = page.locator('section#implementation');
    await section.waitFor();
    await expect.poll(() => section.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
  });

  it("the national document's page shows which provinces implement it and which do not", async () => {
    const { page } = session;
    const section = page.locator('section#implementation');
    expect(await section.getByTestId('implementation-summary').innerText()).toBe('Implemented by 4 entries in 3 of 31 provinces.');
    const map = section.locator('.china-map');
    await map.locator('svg path').first().waitFor();
    // Coloured covered / not covered: Jiangsu as Zhejiang, Guangdong (no plan) otherwise.
    const [jiangsu, zhejiangFill, guangdong] = [
      await provinceFill(page, map, 'Jiangsu'),
      await provinceFill(page, map, 'Zhejiang'),
      await provinceFill(page, map, 'Guangdong'),
    ];
    expect(jiangsu).toBeTruthy();
    expect(jiangsu).toBe(zhejiangFill);
    expect(guangdong).toBeTruthy();
    expect(guangdong).not.toBe(jiangsu);
    const zhejiang = section.locator('tbody[data-code="330000"]');
    expect(await zhejiang.locator('th').innerText()).toBe('Zhejiang');
    const rows = zhejiang.locator('tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain('E2E Zhejiang Peaking Plan');
    expect(await rows.nth(0).locator('.implementation__targets').innerText()).toContain('Non-fossil share of energy consumption: at least 24% by 2025');
    expect(await rows.nth(1).innerText()).toContain('Hangzhou');
    expect(await rows.nth(1).locator('.implementation__via').innerText()).toContain('through E2E Zhejiang Peaking Plan');
    expect(await section.locator('tbody[data-code="360000"]').innerText()).toContain('E2E Jiangxi Peaking Plan');
    const missing = section.getByTestId('implementation-missing').locator('li');
    expect(await missing.count()).toBe(28);
    expect(await missing.allInnerTexts()).toEqual(expect.arrayContaining(['Yunnan', 'Guangdong', 'Beijing']));
    expect(await section.innerText()).not.toContain('E2E Yunnan Draft Plan');
    await shot(page, 'portal-data-implementation');

    await page.goto(`${baseUrl}/zh/entries/${SLUG.national}`);
    const zh = page.locator('section#implementation');
    await zh.waitFor();
    expect(await zh.locator('h2').innerText()).toBe('各地落实情况');
    expect(await zh.getByTestId('implementation-summary').innerText()).toBe('已有3个省份（共31个）的4项文件落实本文件。');
    expect(await zh.locator('tbody[data-code="330000"] th').innerText()).toBe('浙江省');
    expect(await zh.innerText()).toContain('尚无落实文件（28个省份）');
    await shot(page, 'portal-data-implementation-zh');
  });

  it("the real national Action Plan's page shows which provinces implement it and which do not", async () => {
    const { page } = session;
    const slug = 'carbon-dioxide-peaking-action-plan-before-2030';
    const res = await page.request.get(`${baseUrl}/api/entries/${slug}/implementation`);
    expect(res.status()).toBe(200);
    const answer = (await res.json()) as { total: number; covered: number; missing: string[]; provinces: { code: string; entries: unknown[] }[] };
    // The seed's provincial carbon-peaking plans name it.
    expect(answer.covered).toBeGreaterThanOrEqual(5);
    await page.goto(`${baseUrl}/en/entries/${slug}`);
    const section = page.locator('section#implementation');
    await section.waitFor();
    expect(await section.getByTestId('implementation-summary').innerText()).toBe(
      `Implemented by ${answer.total} entries in ${answer.covered} of 31 provinces.`,
    );
    for (const p of answer.provinces.filter((x) => x.entries.length))
      expect(await section.locator(`tbody[data-code="${p.code}"] tr`).count()).toBe(p.entries.length);
    expect(
      await section
        .getByTestId('implementation-missing')
        .locator('li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code'))),
    ).toEqual(answer.missing);
    // Peak years and "as assigned" targets read as sentences.
    expect(await section.locator('.implementation__targets').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Peak before 2030')]));
    await section.locator('.china-map svg path').first().waitFor();
    await shot(page, 'portal-data-action-plan');
  });

  it("a city's entry links to its city and to its province, in the breadcrumb and the Region fact", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en/entries/${SLUG.hangzhou}`);
    const crumbs = page.locator('.breadcrumb a');
    await crumbs.first().waitFor();
    expect(await crumbs.evaluateAll((as) => as.map((a) => [a.textContent?.trim(), a.getAttribute('href')]))).toEqual([
      ['China', '/en/regions/CN'],
      ['Zhejiang', '/en/regions/330000'],
      ['Hangzhou', '/en/regions/330100'],
    ]);
    expect(await page.getByTestId('fact-province').getAttribute('href')).toBe('/en/regions/330000');
    await page.getByTestId('fact-region').click();
    await page.waitForURL(`${baseUrl}/en/regions/330100`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Hangzhou');
    await page.goBack();
    await page.getByTestId('fact-province').click();
    await page.waitForURL(`${baseUrl}/en/regions/330000`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Zhejiang');

    // A provincial entry's own place is a link too (it was plain text).
    await page.goto(`${baseUrl}/en/entries/${SLUG.jiangsu}`);
    const last = page.locator('.breadcrumb li').last().locator('a');
    expect([await last.innerText(), await last.getAttribute('href')]).toEqual(['Jiangsu', '/en/regions/320000']);
  });

  it('the targets page filters by level, sorts, draws the national target and downloads the target values', async () => {
    const { page } = session;
    // The national target the page reads against: the first national row the API lists (the seed may have one too).
    const table = (await (await page.request.get(`${baseUrl}/api/targets?metric=non_fossil_share&targetYear=2025&pageSize=1000`)).json()) as {
      rows: (FormattableTarget & { jurisdiction: { code: string } })[];
    };
    const national = table.rows.find((r) => r.jurisdiction.code === 'CN')!;
    await page.goto(`${baseUrl}/en/targets?metric=non_fossil_share&targetYear=2025`);
    expect(await page.getByTestId('national-target').innerText()).toContain(`National target: ${formatTarget(national, 'en')}`);
    const places = () => texts(page, 'table.target-rows tbody tr th');
    await page.locator('table.target-rows tbody tr').first().waitFor();
    expect(await places()).toEqual(expect.arrayContaining(['China', 'Jiangsu', 'Zhejiang', 'Hangzhou']));
    await page.locator('figure .chart svg').first().waitFor();
    expect(await page.locator('figure .chart').first().getAttribute('aria-label')).toContain(
      `National target: ${formatTarget(national, 'en', { compact: true })}`,
    );

    await page.locator('select[name="level"]').selectOption('province');
    await page.waitForURL(/level=province/);
    await expect.poll(places).not.toContain('Hangzhou');
    expect(await places()).not.toContain('China');
    expect(await places()).toEqual(expect.arrayContaining(['Jiangsu', 'Zhejiang']));

    await page.locator('button[data-sort="value"]').click();
    await page.waitForURL(/sort=value/);
    // The first number of each value (a range's lower bound, which the order uses); rows without one sort last.
    const values = async () =>
      (await texts(page, 'table.target-rows tbody td.value')).map((v) => Number(/\d+(?:\.\d+)?/.exec(v)?.[0] ?? NaN)).filter((v) => !Number.isNaN(v));
    await expect
      .poll(async () => {
        const v = await values();
        return v.every((x, i) => i === 0 || v[i - 1]! <= x);
      })
      .toBe(true);
    await page.locator('button[data-sort="value"]').click();
    await page.waitForURL(/sort=-value/);
    await expect
      .poll(async () => {
        const v = await values();
        return v.length > 1 && v.every((x, i) => i === 0 || v[i - 1]! >= x);
      })
      .toBe(true);
    expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);
    await shot(page, 'portal-data-targets');

    const csvHref = await page.locator('a[data-format="csv"]').getAttribute('href');
    expect(csvHref).toBe('/api/export/targets.csv?metric=non_fossil_share&targetYear=2025&kind=province');
    const csv = await page.request.get(baseUrl + csvHref!);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const rows: string[][] = parse((await csv.text()).replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    expect(header.slice(0, 4)).toEqual(['jurisdiction', 'jurisdiction_en', 'jurisdiction_zh', 'level']);
    const zhejiang = rows.find((r) => r[header.indexOf('entry')] === SLUG.zhejiang)!;
    expect(Object.fromEntries(header.map((h, i) => [h, zhejiang[i]]))).toMatchObject({
      jurisdiction: '330000',
      level: 'provincial',
      metric: 'non_fossil_share',
      kind: 'share',
      value: '24',
      unit: '%',
      qualifier: 'at_least',
      target_year: '2025',
      source_text: '到2025年，非化石能源消费比重达到24%',
      url: `${baseUrl}/en/entries/${SLUG.zhejiang}`,
    });
    expect(rows.some((r) => r[header.indexOf('entry')] === SLUG.hangzhou)).toBe(false);
    expect(rows.at(-1)![0]).toBe('#citation');
    const json = (await (await page.request.get(`${baseUrl}${(await page.locator('a[data-format="json"]').getAttribute('href'))!}`)).json()) as {
      total: number;
      items: { entry: string }[];
      citation: string;
    };
    expect(json.total).toBe(rows.length - 2);
    expect(json.items.map((i) => i.entry)).toEqual(rows.slice(1, -1).map((r) => r[header.indexOf('entry')]));
    expect(json.citation).toContain('targets export');
  });

  it("passes axe-core's WCAG 2.x A and AA rules and fits a 390 px phone, in both languages", async () => {
    // Its own context: axe is injected, which the site's CSP forbids everywhere else.
    const axe = await launchBrowser({ locale: 'en-GB', bypassCSP: true });
    try {
      const findings: string[] = [];
      for (const lang of ['en', 'zh']) {
        for (const path of [
          `/${lang}/entries/${SLUG.national}`,
          `/${lang}/targets?metric=non_fossil_share&targetYear=2025&level=province&sort=-value`,
          `/${lang}/entries?targetYear=2025`,
        ]) {
          await axe.page.setViewportSize({ width: 1280, height: 900 });
          await axe.page.goto(baseUrl + path);
          await settled(axe.page);
          findings.push(...(await axeViolations(axe.page)).map((v) => `${path}: ${v}`));
          await axe.page.setViewportSize({ width: 390, height: 844 });
          await axe.page.waitForTimeout(400); // a layout pass, and the charts' own resize (throttled) at the new width
          const px = await horizontalOverflow(axe.page);
          if (px > 0) findings.push(`${path}: ${px} px wider than a 390 px phone`);
        }
      }
      expect(findings).toEqual([]);
      expect(axe.pageErrors.map((e) => e.message)).toEqual([]);
    } finally {
      await axe.close();
    }
  });

  it('threw no script errors', () => {
    expect(session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
