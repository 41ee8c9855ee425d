import { beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import pg from 'pg';
import { launchBrowser, useBrowser } from './support/browser';
import { ARTIFACTS_DIR } from './support/app';
import { signIn } from './support/cms';
import { createAccount, type TestAccount } from './support/users';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');

describe('composing an issue in the CMS (Chromium)', () => {
  let editor: TestAccount;
  let reviewer: TestAccount;
  const session = useBrowser({ locale: 'en-GB', viewport: { width: 1400, height: 900 }, acceptDialogs: true });
  let issuePath = '';

  beforeAll(async () => {
    editor = await createAccount(databaseUrl, { roles: ['editor'], name: 'Newsletter Editor' });
    reviewer = await createAccount(databaseUrl, { roles: ['reviewer'], name: 'Newsletter Reviewer' });
  });

  it('composes a draft from a period and opens it in the editor', async () => {
    const { page } = session;
    await signIn(page, baseUrl, editor);
    await page.goto(`${baseUrl}/cms/en/newsletters`);
    await page.locator('.row-card').first().waitFor();
    await page.locator('[data-testid="compose-issue"]').click();
    // Issue 1 exists (the seed), so the dialog proposes 2; the period ends today on the newsletter's (China's) calendar.
    expect(await page.locator('#compose-number').inputValue()).toBe('2');
    const chinaToday = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(await page.locator('#compose-to').inputValue()).toBe(chinaToday);
    await page.locator('#compose-from').fill('2023-12-01');
    await page.locator('#compose-form').evaluate((f: HTMLFormElement) => f.requestSubmit());
    await page.waitForURL(/\/cms\/en\/newsletters\/[0-9a-f-]{36}$/);
    issuePath = new URL(page.url()).pathname;
    await page.locator('[data-item]').first().waitFor();
    expect(await page.locator('h2.section-title').allInnerTexts()).toEqual(expect.arrayContaining(['Top News', 'Subnational Updates', 'Perspectives']));
    // Every entry published in the period, by its date in China, is an item.
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM entries WHERE workflow_status = 'published' AND deleted_at IS NULL
          AND (published_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN '2023-12-01' AND $1::date`,
      [chinaToday],
    );
    await db.end();
    expect(rows[0].n).toBeGreaterThan(31);
    expect(await page.locator('[data-item]').count()).toBe(rows[0].n);
  });

  it('reorders an item with the keyboard', async () => {
    const { page } = session;
    const group = page.locator('.nl-group:has([data-item]:nth-child(2))').first();
    const before = await group.locator('[data-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
    await group.locator('[data-item]').first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => group.locator('[data-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item'))))
      .toEqual([before[1], before[0], ...before.slice(2)]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-item'))).toBe(before[0]);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'cms-newsletter-editor.png') });
  });

  it('previews the e-mail in a sandboxed frame', async () => {
    const { page } = session;
    await page.locator('[data-testid="preview-tab"]').click();
    const frame = page.locator('iframe.nl-preview__frame');
    expect(await frame.getAttribute('sandbox')).toBe('');
    await expect.poll(() => page.frameLocator('iframe.nl-preview__frame').locator('body').innerText()).toContain('TOP NEWS');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'cms-newsletter-preview.png') });
  });

  it('submits for review; the reviewer, not the author, may approve, and is asked before publishing in the CMS’s own dialog', async () => {
    const { page } = session;
    await page.locator('[data-action="submit"]').click();
    await expect.poll(() => page.locator('[data-testid="status-badge"]').first().innerText()).toBe('In review');
    expect(await page.locator('[data-action="approve"]').count()).toBe(0);
    const other = await launchBrowser({ locale: 'en-GB' });
    try {
      await signIn(other.page, baseUrl, reviewer);
      await other.page.goto(`${baseUrl}${issuePath}`);
      await other.page.locator('[data-action="approve"]').waitFor();
      expect(await other.page.locator('[data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual([
        'request_changes',
        'approve',
      ]);

      // Publishing asks in the CMS's own dialog, as for entries (issue 19, bug 7), never the browser's confirm().
      const native: string[] = [];
      other.page.on('dialog', (d) => {
        native.push(d.message());
        void d.dismiss();
      });
      await other.page.locator('[data-action="approve"]').click();
      await expect.poll(() => other.page.locator('[data-testid="status-badge"]').first().innerText()).toBe('Approved');
      await other.page.locator('[data-action="publish"]').click();
      const dialog = other.page.getByRole('dialog', { name: /^Publish issue \d+ on the public site\?$/ });
      await dialog.waitFor();
      expect(await dialog.getByTestId('confirm-body').innerText()).toContain('Mailing it to subscribers is a separate step.');
      expect(await dialog.getByTestId('confirm-action').innerText()).toBe('Publish');
      // Cancelling changes nothing (the portal's briefing tests expect issue 1 alone published).
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await other.page.locator('[data-testid="status-badge"]').first().innerText()).toBe('Approved');
      expect(native).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('threw no script errors', () => {
    expect(session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
