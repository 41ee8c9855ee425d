/**
 * An expired session: the next save is refused (401), the CMS goes to sign-in and, after signing in
 * again, back to the entry with everything typed meanwhile, which is then saved. Also sign-out and the
 * Chinese interface.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from './support/app';
import { endSessions } from './support/users';
import { cmsEntryUrl, createEntry, readEntry, uniqueSlug, useSignedInBrowser, waitSaved, type EntryDetailLike } from './support/cms';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shot = (name: string) => join(ARTIFACTS_DIR, `cms-${name}.png`);

describe('CMS sessions', () => {
  const session = useSignedInBrowser({ roles: ['editor'], name: 'Sun Editor' }, { acceptDialogs: true });
  let entry: EntryDetailLike;

  beforeAll(async () => {
    entry = await createEntry(session.page, baseUrl, {
      kind: 'action',
      slug: uniqueSlug('shenzhen-nev-action'),
      title: { en: 'Shenzhen NEV action' },
      jurisdiction: '440300',
      level: 'city',
    });
  });

  it('keeps unsaved work across an expired session and brings the person back to it', async () => {
    const { page } = session;
    const url = cmsEntryUrl(baseUrl, entry.id);
    await page.goto(url);
    await page.getByLabel('Summary (English)').waitFor();

    await endSessions(databaseUrl, session.account.id);
    await page.getByLabel('Summary (English)').fill('Typed after the session ended.');
    await page.waitForURL((u) => u.pathname.endsWith('/sign-in') && u.searchParams.get('expired') === '1');
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/en/entries/${entry.id}`);
    await expect.poll(() => page.locator('.callout').innerText()).toContain('Your session has ended');
    await page.screenshot({ path: shot('session-expired') });

    await page.locator('#sign-in-email').fill(session.account.email);
    await page.locator('#sign-in-password').fill(session.account.password);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(url);
    expect(await page.getByLabel('Summary (English)').inputValue()).toBe('Typed after the session ended.');
    await waitSaved(page);
    const saved = await readEntry(page, baseUrl, entry.id);
    expect(saved.data.summary.en).toBe('Typed after the session ended.');
  });

  it('restores unsaved work after a reload of the tab', async () => {
    const { page } = session;
    await page.getByLabel('Summary (Chinese)').fill('深圳市新能源汽车行动');
    // Reload before the autosave runs: the copy in this tab's storage comes back.
    await page.reload();
    await page.getByLabel('Summary (Chinese)').waitFor();
    expect(await page.getByLabel('Summary (Chinese)').inputValue()).toBe('深圳市新能源汽车行动');
    await waitSaved(page);
  });

  it('says when it is offline and saves once the connection returns', async () => {
    const { page, context } = session;
    await context.setOffline(true);
    await page.getByLabel('Summary (English)').fill('Typed while offline.');
    await page.locator('[data-testid="save-status"][data-state="offline"]').waitFor();
    expect(await page.getByTestId('save-status').innerText()).toContain('Offline');
    await context.setOffline(false);
    await waitSaved(page);
    const saved = await readEntry(page, baseUrl, entry.id);
    expect(saved.data.summary.en).toBe('Typed while offline.');
  });

  it('restores an earlier revision as a new draft', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'History' }).click();
    const first = page.locator('[data-testid="revisions"] tr[data-version="1"]');
    await first.waitFor();
    await first.getByRole('button', { name: 'Restore as new draft' }).click();
    // Asked in the CMS's own dialog.
    await page.getByRole('dialog', { name: 'Restore version 1?' }).getByTestId('confirm-action').click();
    await expect.poll(() => page.locator('.notices').innerText()).toContain('Version 1 restored as a new draft');
    await page.screenshot({ path: shot('history-restored'), fullPage: true });
    const now = await readEntry(page, baseUrl, entry.id);
    expect(now.data.summary?.en).toBeUndefined();
  });

  it('works in Chinese', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/cms/zh/entries/${entry.id}`);
    await expect.poll(() => page.locator('.tabs').innerText()).toContain('编辑');
    expect(await page.locator('label[for="f-title-zh"]').innerText()).toContain('标题（中文）');
    await page.screenshot({ path: shot('editor-zh'), fullPage: true });
  });

  it('signs out', async () => {
    const { page } = session;
    await page.getByTestId('sign-out').click();
    await page.waitForURL((u) => u.pathname.endsWith('/sign-in'));
    await page.goto(cmsEntryUrl(baseUrl, entry.id));
    await page.waitForURL((u) => u.pathname.endsWith('/sign-in'));
  });

  it('threw no script errors', () => {
    expect(session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
