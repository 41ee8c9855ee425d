/**
 * The preview frame follows its content's height both ways (issue 19, bug 5): narrowing the window
 * makes the portal page taller, widening it again makes it shorter, and the frame follows without
 * leaving blank space.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createEntry, uniqueSlug, useSignedInBrowser } from './support/cms';

const baseUrl = inject('baseUrl');

describe('CMS preview frame height', () => {
  const session = useSignedInBrowser({ roles: ['editor'], name: 'Pia Preview' }, { viewport: { width: 1280, height: 800 } });
  let url = '';

  beforeAll(async () => {
    const entry = await createEntry(session.page, baseUrl, {
      kind: 'policy',
      slug: uniqueSlug('preview-height'),
      title: { en: 'Zhejiang Climate Plan', zh: '浙江省应对气候变化规划' },
      summary: { en: 'A summary long enough to wrap onto several lines when the window is narrow. '.repeat(12) },
      jurisdiction: '330000',
      level: 'provincial',
    });
    url = `${baseUrl}/cms/en/entries/${entry.id}/preview`;
  });

  it('shrinks again after the window was narrowed and widened', async () => {
    const { page } = session;
    await page.goto(url);
    const frame = page.getByTestId('preview-frame');
    const frameHeight = () => frame.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    const contentHeight = () =>
      frame.evaluate((el) => Math.ceil((el as HTMLIFrameElement).contentDocument!.getElementById('main')!.getBoundingClientRect().height));
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
