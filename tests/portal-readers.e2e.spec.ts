/**
 * The portal as a researcher (English), a provincial official (中文) and a journalist on a phone would
 * use it (issue 20): counts that match what a page lists, feeds and downloads in the reader's language,
 * keyboard and screen-reader paths through the explorer, sharing. One browser session throughout.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type BrowserSession } from './support/browser';
import { settled } from './support/public-pages';

const baseUrl = inject('baseUrl');

async function api<T>(path: string): Promise<T> {
  const res = await fetch(baseUrl + path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

let session: BrowserSession;
beforeAll(async () => {
  session = await launchBrowser({ locale: 'en-GB' });
});
afterAll(async () => {
  await session?.close();
});

describe('national entries (item 4)', () => {
  it('the regions index counts national entries, and the national page lists only those', async () => {
    const national = await api<{ total: number; items: { slug: string }[] }>('/api/entries?region=CN&includeSubregions=false&pageSize=100');
    const all = await api<{ total: number }>('/api/entries?pageSize=1');
    expect(national.total).toBeLessThan(all.total); // else the test could not tell the two apart
    const nationalSlugs = new Set(national.items.map((e) => e.slug));

    for (const [lang, count] of [
      ['en', `${national.total} entries`],
      ['zh', `共 ${national.total} 条`],
    ] as const) {
      const { page } = session;
      await page.goto(`${baseUrl}/${lang}/regions`);
      await settled(page);
      expect((await page.locator('[data-count="national"]').innerText()).trim()).toBe(count);
      await page.locator(`a[href="/${lang}/regions/CN"]`).first().click();
      await page.waitForURL(`${baseUrl}/${lang}/regions/CN`);
      await settled(page);
      expect(await page.locator('.headline-counts__item dd').first().innerText()).toBe(String(national.total));
      const listed = await page
        .locator('.entry-list .entry-card__title a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/').pop()!));
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.filter((slug) => !nationalSlugs.has(slug))).toEqual([]);
    }

    // "Explore all national entries" opens the explorer on the same entries.
    const { page } = session;
    await page.getByRole('link', { name: '浏览全部国家层面条目' }).click();
    await page.waitForURL(/\/zh\/entries\?region=CN&includeSubregions=false$/);
    await expect.poll(() => page.locator('#results-title').innerText()).toBe(`共 ${national.total} 条`);
  });
});

describe('feeds and downloads in the reader’s language (item 8)', () => {
  it('on /zh pages the CSV, JSON and Atom links ask for Chinese, and what they return links to /zh pages', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/zh/entries?level=provincial`);
    await settled(page);
    const href = (format: string) => page.locator(`a[data-format="${format}"]`).getAttribute('href');
    expect(await href('csv')).toBe('/api/export/entries.csv?level=provincial&lang=zh');
    expect(await href('json')).toBe('/api/export/entries.json?level=provincial&lang=zh');
    expect(await href('atom')).toBe('/api/feeds/entries.atom?level=provincial&lang=zh');
    expect(await page.locator('head link[type="application/atom+xml"]').getAttribute('href')).toBe('/api/feeds/entries.atom?level=provincial&lang=zh');

    const feed = await (await page.request.get(baseUrl + (await href('atom'))!)).text();
    expect(feed).toContain('xml:lang="zh-CN"');
    const links = [...feed.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((m) => new URL(m[1]).pathname);
    expect(links.length).toBeGreaterThan(1);
    expect(links.filter((p) => !p.startsWith('/zh/'))).toEqual([]);

    const csv = await (await page.request.get(baseUrl + (await href('csv'))!)).text();
    const urls = csv
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[1])
      .filter((u) => u?.startsWith('http') && u.includes('/entries/'));
    expect(urls.length).toBeGreaterThan(1);
    expect(urls.filter((u) => !new URL(u).pathname.startsWith('/zh/entries/'))).toEqual([]);

    // The English page's links stay English (the API's default).
    await page.goto(`${baseUrl}/en/entries?level=provincial`);
    await settled(page);
    expect(await href('atom')).toBe('/api/feeds/entries.atom?level=provincial');

    // The targets page's downloads of the target values, and the briefings feed, follow the language too.
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`${baseUrl}/${lang}/targets?metric=non_fossil_share&targetYear=2025`);
      await settled(page);
      const targetsCsv = new URL((await href('csv'))!, baseUrl);
      expect(targetsCsv.pathname).toBe('/api/export/targets.csv');
      expect(targetsCsv.searchParams.get('lang')).toBe(lang === 'zh' ? 'zh' : null);
      expect(new URL((await href('json'))!, baseUrl).searchParams.get('lang')).toBe(lang === 'zh' ? 'zh' : null);
      const rows: string[][] = parse((await (await page.request.get(targetsCsv.href)).text()).replace(/^\uFEFF/, ''), { relax_column_count: true });
      const urlColumn = rows[0]!.indexOf('url');
      // Every target row's entry URL (the last row is the citation, which names the export itself).
      const entryUrls = rows
        .slice(1)
        .filter((row) => row[0] !== '#citation')
        .map((row) => row[urlColumn])
        .filter((u) => u?.startsWith('http'));
      expect(entryUrls.length).toBeGreaterThan(1);
      expect(entryUrls.filter((u) => !new URL(u!).pathname.startsWith(`/${lang}/entries/`))).toEqual([]);
    }
    await page.goto(`${baseUrl}/zh/briefings`);
    await settled(page);
    expect(await page.locator('a[type="application/atom+xml"]').first().getAttribute('href')).toBe('/api/feeds/newsletters.atom?lang=zh');
    expect(await page.locator('head link[type="application/atom+xml"]').getAttribute('href')).toBe('/api/feeds/newsletters.atom?lang=zh');
  });
});

describe('the facets drawer on a phone (item 6)', () => {
  it('draws every disclosure triangle and expander inside the drawer', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${baseUrl}/zh/entries`);
      await settled(page);
      await page.locator('.facet-drawer__open').click();
      const drawer = page.getByRole('dialog');
      await drawer.waitFor();
      const clipped = await drawer.evaluate((d) => {
        const left = d.getBoundingClientRect().left;
        const out: string[] = [];
        // A summary's marker drawn outside its box hangs left of it, where the drawer's scrolling edge clips it.
        for (const s of d.querySelectorAll('summary')) {
          const cs = getComputedStyle(s);
          if (cs.display === 'list-item' && cs.listStylePosition === 'outside' && s.getBoundingClientRect().left - left < 24)
            out.push(`marker of "${s.textContent?.trim()}"`);
        }
        for (const b of d.querySelectorAll('.facet-tree__toggle'))
          if (b.getBoundingClientRect().left < left) out.push(`expander of ${b.getAttribute('aria-controls')}`);
        return out;
      });
      expect(clipped).toEqual([]);
      expect(await drawer.locator('summary').count()).toBeGreaterThan(5);
      await page.keyboard.press('Escape');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});

describe('the explorer from the keyboard (item 11)', () => {
  it('skips to the results, and after paging puts focus on the results heading and says which page', async () => {
    const { total } = await api<{ total: number }>('/api/entries?pageSize=1');
    const pages = Math.ceil(total / 20);
    expect(pages).toBeGreaterThan(1);
    const { page } = session;
    await page.goto(`${baseUrl}/en/entries`);
    await settled(page);
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || document.activeElement?.tagName);

    // Tab from the top of the page: the explorer's skip link comes within the first few stops.
    await page.locator('body').focus();
    let stops = 0;
    while ((await focused()) !== 'Skip to results' && stops < 20) {
      await page.keyboard.press('Tab');
      stops++;
    }
    expect(stops).toBeLessThan(15);
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('results-title');
    const status = page.locator('[data-results-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.innerText()).toBe(`Page 1 of ${pages}, ${total} entries`);

    await page.locator('a[rel="next"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]page=2/);
    await expect.poll(focused).toBe('results-title');
    await expect.poll(() => status.innerText()).toBe(`Page 2 of ${pages}, ${total} entries`);

    // In Chinese too.
    await page.goto(`${baseUrl}/zh/entries?page=2`);
    await settled(page);
    await page.locator('a[rel="prev"]').click();
    await page.waitForURL(`${baseUrl}/zh/entries`);
    await expect.poll(focused).toBe('results-title');
    await expect.poll(() => status.innerText()).toBe(`第 1 页，共 ${pages} 页，共 ${total} 条`);
  });
});

describe('the sort menu (item 12)', () => {
  it('applies an order on an explicit choice, not on every ArrowDown', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en/entries`);
    await settled(page);
    const button = page.getByRole('button', { name: 'Sort by Newest first' });
    const menu = page.getByRole('menu', { name: 'Sort by' });
    const focusedItem = () => page.evaluate(() => document.activeElement?.getAttribute('role') + ':' + document.activeElement?.textContent?.trim());
    await button.focus();
    await page.keyboard.press('ArrowDown'); // opens the menu on the current order
    await menu.waitFor();
    expect(await focusedItem()).toBe('menuitemradio:Newest first');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedItem()).toBe('menuitemradio:Title (A–Z)');
    await page.waitForTimeout(400); // time enough for a navigation to start
    expect(new URL(page.url()).search).toBe('');

    // Escape leaves the order as it was; Enter on a choice applies it.
    await page.keyboard.press('Escape');
    expect(await menu.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sort-button');
    expect(new URL(page.url()).search).toBe('');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]sort=oldest/);
    await settled(page);
    expect(await page.getByRole('button', { name: 'Sort by Oldest first' }).count()).toBe(1);

    // A click on a choice applies it too.
    await page.getByRole('button', { name: 'Sort by Oldest first' }).click();
    await page.getByRole('menuitemradio', { name: 'Title (A–Z)' }).click();
    await page.waitForURL(/[?&]sort=title/);
  });
});

describe('focus ring (item 13)', () => {
  it('contrasts at least 3:1 with whatever it is drawn on, in light and dark mode', async () => {
    const { page } = session;
    const weak: string[] = [];
    let measured = 0;
    try {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const path of [
          '/en',
          '/en/entries',
          '/en/entries/shandong-climate-change-adaptation-plan',
          '/en/regions/370000',
          '/en/targets',
          '/zh/briefings',
        ]) {
          await page.goto(baseUrl + path);
          await settled(page);
          await page.keyboard.press('Tab'); // keyboard modality, so focus() shows the ring as Tab would
          const found = await page.evaluate(() => {
            const rgba = (c: string) => {
              const m = c.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
              return { r: m[0], g: m[1], b: m[2], a: m[3] ?? 1 };
            };
            const lum = ({ r, g, b }: { r: number; g: number; b: number }) => {
              const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
              return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
            };
            /** What the ring is drawn over: the ancestors' backgrounds composited (it sits outside the element). */
            const behind = (el: Element) => {
              const layers: ReturnType<typeof rgba>[] = [];
              for (let n = el.parentElement; n; n = n.parentElement) {
                const c = rgba(getComputedStyle(n).backgroundColor);
                if (c.a > 0) layers.push(c);
                if (c.a >= 1) break;
              }
              let out = { r: 255, g: 255, b: 255 };
              for (const l of layers.reverse()) out = { r: l.r * l.a + out.r * (1 - l.a), g: l.g * l.a + out.g * (1 - l.a), b: l.b * l.a + out.b * (1 - l.a) };
              return out;
            };
            const results: { what: string; ratio: number }[] = [];
            const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex="0"]')].filter(
              (el) => el.offsetParent !== null && !(el as HTMLButtonElement).disabled,
            );
            for (const el of focusable) {
              el.focus();
              if (document.activeElement !== el) continue;
              const cs = getComputedStyle(el);
              if (cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0) continue;
              const [a, b] = [lum(rgba(cs.outlineColor)), lum(behind(el))];
              const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              results.push({ what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`, ratio });
            }
            return results;
          });
          measured += found.length;
          for (const f of found) if (f.ratio < 3) weak.push(`${scheme} ${path}: ${f.what} ${f.ratio.toFixed(2)}:1`);
        }
      }
    } finally {
      await page.emulateMedia({ colorScheme: null });
    }
    expect(measured).toBeGreaterThan(200);
    expect([...new Set(weak)].slice(0, 20)).toEqual([]);
  });
});

describe('chart tables and the Tab order (item 14)', () => {
  it('the home page’s charts take one Tab stop each ("Show as table"), whose table then opens to the keyboard', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en`);
    await settled(page);
    const figures = await page.locator('figure.chart-figure').count();
    expect(figures).toBeGreaterThanOrEqual(3);

    /** Tabs through the whole page once; what each stop inside a chart figure is. */
    async function stopsInCharts(): Promise<string[]> {
      await page.locator('body').focus();
      const stops: string[] = [];
      for (let i = 0; i < 300; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          return { inFigure: !!el.closest('figure.chart-figure'), what: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 40)}` };
        });
        if (!at) break; // past the last stop, focus leaves the page
        if (at.inFigure) stops.push(at.what);
      }
      return stops;
    }

    const before = await stopsInCharts();
    expect(before).toEqual(
      Array(figures)
        .fill(0)
        .map(() => expect.stringMatching(/^button Show as table$/)),
    );

    // The map's table, shown, is reachable link by link.
    const map = page.locator('figure.chart-figure', { has: page.getByRole('heading', { name: 'Entries by province' }) });
    await map.getByRole('button', { name: 'Show as table' }).click();
    const link = map.getByRole('link', { name: 'Guizhou', exact: true });
    await link.waitFor();
    expect(await link.getAttribute('tabindex')).toBeNull();
    const after = await stopsInCharts();
    expect(after.length).toBeGreaterThan(figures + 5);
    expect(after).toContain('a Guizhou');
  });
});

describe('sharing (item 15)', () => {
  it('copies the link with the reader’s filters on target, entry and region pages', async () => {
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const pages = [
      ['/en/targets?metric=carbon_intensity&targetYear=2025', 'Copy link', 'Link copied'],
      ['/zh/entries/shandong-climate-change-adaptation-plan', '复制链接', '链接已复制'],
      ['/en/regions/370000', 'Copy link', 'Link copied'],
    ] as const;
    for (const [path, label, done] of pages) {
      await page.goto(baseUrl + path);
      await settled(page);
      await page.getByRole('button', { name: label, exact: true }).click();
      await expect.poll(() => page.locator('.share-link [role="status"]').innerText()).toBe(done);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(baseUrl + path);
    }
  });

  it('opens the system share sheet on a phone that has one', async () => {
    const phone = await session.context.newPage();
    try {
      await phone.addInitScript(() => {
        // A touch screen with the Web Share API, as on a phone; records what would be shared.
        const coarse = window.matchMedia.bind(window);
        window.matchMedia = (q: string) => (q === '(pointer: coarse)' ? ({ matches: true, media: q } as MediaQueryList) : coarse(q));
        (navigator as unknown as { share: (d: ShareData) => Promise<void> }).share = async (d) => {
          (window as unknown as { shared: ShareData }).shared = d;
        };
      });
      await phone.setViewportSize({ width: 390, height: 844 });
      const path = '/zh/targets?metric=carbon_intensity&targetYear=2025';
      await phone.goto(baseUrl + path);
      await settled(phone);
      await phone.getByRole('button', { name: '分享', exact: true }).click();
      await expect.poll(() => phone.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url)).toBe(baseUrl + path);
      expect(await phone.evaluate(() => (window as unknown as { shared: ShareData }).shared.title)).toContain('单位GDP二氧化碳排放');
    } finally {
      await phone.close();
    }
  });
});
