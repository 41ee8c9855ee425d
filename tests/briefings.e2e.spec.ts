import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import pg from 'pg';
import { launchBrowser, useBrowser } from './support/browser';
import { ARTIFACTS_DIR } from './support/app';
import { waitForLink } from './support/outbox';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const mailDir = inject('mailDir');
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
const BEAUTIFUL_CHINA = 'Opinions of the Central Committee of the CPC and the State Council on Comprehensively Promoting the Building of a Beautiful China';

/** Subscribes through the API, confirms with the mailed link, and returns the unsubscribe link the mail carries. */
async function confirmedSubscriber(email: string, lang: 'en' | 'zh'): Promise<string> {
  const res = await fetch(`${baseUrl}/api/subscriptions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, lang }),
  });
  expect(res.status).toBe(202);
  const confirm = await waitForLink(mailDir, email, '/api/subscriptions/confirm');
  expect((await (await fetch(confirm, { headers: { Accept: 'application/json' } })).json()).status).toBe('confirmed');
  return waitForLink(mailDir, email, '/api/subscriptions/unsubscribe');
}

/** The subscriber's status, as the unsubscribe link's JSON answer (which changes nothing) and the database (when the tests can reach it) give it. */
async function statusOf(email: string, link: string): Promise<string> {
  const viaLink = (await (await fetch(link, { headers: { Accept: 'application/json' } })).json()).status;
  if (databaseUrl) {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      expect((await c.query('SELECT status FROM subscribers WHERE email = $1', [email])).rows[0]?.status).toBe(viaLink);
    } finally {
      await c.end();
    }
  }
  return viaLink;
}

describe('briefings over HTTP', () => {
  it('serves the seeded issue no. 1 as JSON, Markdown and Atom', async () => {
    const issue = await (await fetch(`${baseUrl}/api/newsletters/1`)).json();
    expect(issue.sections.map((s: { code: string }) => s.code)).toEqual(['top_news', 'subnational_updates', 'perspectives']);
    expect(issue.sections.flatMap((s: { groups: { items: unknown[] }[] }) => s.groups.flatMap((g) => g.items)).length).toBe(31);
    const md = await fetch(`${baseUrl}/api/newsletters/1.md`);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await md.text()).toContain(`${baseUrl}/en/entries/beautiful-china-opinions`);
    const feed = await fetch(`${baseUrl}/api/feeds/newsletters.atom?lang=zh`);
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(await feed.text()).toContain(`${baseUrl}/zh/briefings/1`);
  });
});

describe('the briefing e-mail in Chromium', () => {
  const session = useBrowser({ viewport: { width: 800, height: 900 } });

  it('renders as a 600px table layout with inline styles, in English and Chinese', async () => {
    const { page } = session;
    for (const lang of ['en', 'zh'] as const) {
      await page.goto(`${baseUrl}/api/newsletters/1/email.html?lang=${lang}`);
      const layout = await page.evaluate(() => ({
        container: Math.round(
          document.querySelector('table.dc-container')?.getBoundingClientRect().width ??
            document.querySelectorAll('table')[1]?.getBoundingClientRect().width ??
            0,
        ),
        scripts: document.scripts.length,
        styles: document.querySelectorAll('style').length,
        links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      }));
      expect(layout.container).toBe(600);
      expect(layout.scripts).toBe(0);
      expect(layout.styles).toBeLessThanOrEqual(1);
      expect(layout.links).toContain(`${baseUrl}/${lang}/entries/beautiful-china-opinions`);
      await shot(page, `briefing-email-${lang}`);
    }
    expect(await page.locator('body').innerText()).toContain('要闻');
  });

  it('fits a phone screen', async () => {
    const phone = await launchBrowser({ viewport: { width: 375, height: 740 } });
    try {
      await phone.page.goto(`${baseUrl}/api/newsletters/1/email.html`);
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(phone.page, 'briefing-email-phone');
    } finally {
      await phone.close();
    }
  });
});

describe('briefings in the portal', () => {
  const session = useBrowser({ locale: 'en-GB' });

  it('lists issue no. 1 in the archive, with the Atom feed', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/en/briefings`);
    await page.locator('.briefing-card').first().waitFor();
    expect(await page.locator('h1').innerText()).toBe('Briefings');
    expect(await page.locator('.briefing-card').first().innerText()).toContain('Issue 1');
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/api/feeds/newsletters.atom');
    await shot(page, 'portal-briefings-en');
    await page.locator('.briefing-card a').first().click();
    await page.waitForURL(`${baseUrl}/en/briefings/1`);
  });

  it('shows the issue with its sections and links to the entries', async () => {
    const { page } = session;
    await expect.poll(() => page.locator('h1').innerText()).toContain('China Carbon Neutrality Tracker Newsletter');
    const sections = await page.locator('.briefing-section__title').allInnerTexts();
    expect(sections.map((s) => s.toUpperCase())).toEqual(['TOP NEWS', 'SUBNATIONAL UPDATES', 'PERSPECTIVES']);
    const link = page.getByRole('link', { name: BEAUTIFUL_CHINA, exact: true });
    expect(await link.getAttribute('href')).toBe('/en/entries/beautiful-china-opinions');
    await shot(page, 'portal-briefing-en');
  });

  it('is in Chinese under /zh, and confirms a subscription link’s outcome', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/zh/briefings/1`);
    await expect.poll(() => page.locator('h1').innerText()).toContain('中国碳中和追踪简报');
    expect(await page.locator('.briefing__meta').innerText()).toContain('第1期');
    await shot(page, 'portal-briefing-zh');
    const invalid = await page.goto(`${baseUrl}/api/subscriptions/confirm?token=v1.forged.token`);
    expect(invalid?.url()).toBe(`${baseUrl}/en/briefings?subscription=invalid`);
    await expect.poll(() => page.locator('.briefings__notice').innerText()).toContain('not valid');
  });

  it('leaves a subscriber subscribed when a mail scanner merely fetches the unsubscribe link', async () => {
    const email = `scanned-${Date.now()}@example.org`;
    const link = await confirmedSubscriber(email, 'zh');
    // Outlook Safe Links, Proofpoint and the like fetch every link in a mail, following redirects.
    const asBrowser = await fetch(link, { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'User-Agent': 'Mozilla/5.0 (link scanner)' } });
    expect(asBrowser.status).toBe(200);
    expect(asBrowser.url).toBe(`${baseUrl}/zh/briefings/unsubscribe?token=${new URL(link).searchParams.get('token')}`);
    expect((await fetch(link, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(link)).headers.get('cache-control')).toBe('no-store');
    expect(await statusOf(email, link)).toBe('confirmed');
    // Scanners that render the page in a browser do not press its button either.
    const { page } = session;
    await page.goto(link);
    await page.getByRole('button', { name: '退订', exact: true }).waitFor();
    expect(await page.locator('h1').innerText()).toBe('不再接收 dualcarbon 简报？');
    await shot(page, 'portal-unsubscribe-zh');
    expect(await statusOf(email, link)).toBe('confirmed');
  });

  it('lets a person who follows the mailed unsubscribe link confirm with a button, and unsubscribes them', async () => {
    const email = `leaving-${Date.now()}@example.org`;
    const link = await confirmedSubscriber(email, 'en');
    const { page } = session;
    await page.goto(link);
    expect(page.url()).toBe(`${baseUrl}/en/briefings/unsubscribe?token=${new URL(link).searchParams.get('token')}`);
    expect(await page.locator('h1').innerText()).toBe('Stop receiving the dualcarbon briefings?');
    const button = page.getByRole('button', { name: 'Unsubscribe', exact: true });
    await button.waitFor();
    expect(await statusOf(email, link)).toBe('confirmed');
    await shot(page, 'portal-unsubscribe-en');

    await button.click();
    await expect.poll(() => page.locator('.unsubscribe__outcome').innerText()).toContain('You have been unsubscribed');
    expect(await page.getByRole('status').filter({ hasText: 'unsubscribed' }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('unsubscribe__outcome'))).toBe(true);
    expect(await button.count()).toBe(0);
    expect(await statusOf(email, link)).toBe('unsubscribed');
    await shot(page, 'portal-unsubscribed-en');

    // Opening the link again says so instead of asking.
    await page.goto(link);
    await expect.poll(() => page.locator('.unsubscribe__outcome').innerText()).toContain('already unsubscribed');
  });

  it('threw no script errors', () => {
    expect(session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
