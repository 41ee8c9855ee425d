/**
 * The preview frame follows its content's height both ways (issue 19, bug 5): narrowing the window
 * makes the portal page taller, widening it again makes it shorter, and the frame follows without
 * leaving blank space.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type BrowserSession } from './support/browser';
import { createAccount } from './support/users';
import { api, signIn, uniqueSlug, type EntryDetailLike } from './support/cms';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');

describe('CMS preview frame height', () => {
  let session: BrowserSession;
  let url = '';

  beforeAll(async () => {
    const editor = await createAccount(databaseUrl, { roles: ['editor'], name: 'Pia Preview' });
    session = await launchBrowser({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    await signIn(session.page, baseUrl, editor);
    const entry = await api<EntryDetailLike>(session.page, baseUrl, 'POST', '/editor/entries', {
      kind: 'policy', slug: uniqueSlug('preview-height'), title: { en: 'Zhejiang Climate Plan', zh: '浙江省应对气候变化规划' },
      summary: { en: 'A summary long enough to wrap onto several lines when the window is narrow. '.repeat(12) },
      jurisdiction: '330000', level: 'provincial',
    });
    url = `${baseUrl}/cms/en/entries/${entry.id}/preview`;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shrinks again after the window was narrowed and widened', async () => {
    const { page } = session;
    await page.goto(url);
    const frame = page.getByTestId('preview-frame');
    const frameHeight = () => frame.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    const contentHeight = () => frame.evaluate((el) => Math.ceil((el as HTMLIFrameElement).contentDocument!.getElementById('main')!.getBoundingClientRect().height));
    await page.frameLocator('[data-testid="preview-frame"]').locator('h1').waitFor();
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThan(60);
    const wide = await frameHeight();

    await page.setViewportSize({ width: 420, height: 800 });
    await expect.poll(frameHeight).toBeGreaterThan(wide + 200);
    const narrow = await frameHeight();

    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(frameHeight, { timeout: 5_000 }).toBeLessThan(narrow - 200);
    expect(Math.abs((await frameHeight()) - wide)).toBeLessThan(60);
  });

  it('threw no script errors', () => {
    expect(session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
