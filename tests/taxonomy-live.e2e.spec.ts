/**
 * Terms admins add at run time reach both front-ends: an admin adds a sector through the API, an
 * editor's entry form offers it and saves an entry tagged with it (no "unknown sector"), and once the
 * entry is published the portal's explorer keeps the new code from the URL, labels its facet and
 * chip with the database's English label and lists the entry.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { ARTIFACTS_DIR } from './support/app';
import { api, cmsEntryUrl, readEntry, uniqueSlug, useSignedInBrowsers, waitSaved, type EntryDetailLike } from './support/cms';

const baseUrl = inject('baseUrl');
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });

describe('taxonomy terms added at run time, in the CMS and on the portal', () => {
  const code = `industry.e2e_glass_${Date.now().toString(36)}`;
  const label = { en: 'Flat glass (e2e)', zh: '平板玻璃（测试）' };
  const slug = uniqueSlug('flat-glass-plan');
  const title = `Flat glass decarbonisation plan ${slug}`;
  const [adminSession, editorSession] = useSignedInBrowsers([
    { roles: ['admin', 'reviewer'], name: 'Tess Taxonomist' },
    { roles: ['editor'], name: 'Eddie Editor' },
  ]);
  let entry: EntryDetailLike;

  // Runs before the browsers close (afterAll hooks run in reverse order).
  afterAll(async () => {
    // Leave the portal as the other specs expect it (they count the published entries).
    if (entry && adminSession.page) {
      const detail = await readEntry(adminSession.page, baseUrl, entry.id);
      if (detail.workflowStatus === 'published')
        await api(adminSession.page, baseUrl, 'POST', `/editor/entries/${entry.id}/transitions`, { action: 'unpublish' });
    }
  });

  it('an admin adds a sector; the public list of terms has it with both labels', async () => {
    await api(adminSession.page, baseUrl, 'POST', '/admin/taxonomies/sectors', { code, parent: 'industry', ...label });
    const res = await fetch(`${baseUrl}/api/taxonomies`);
    const body = (await res.json()) as { sectors: { code: string; en: string; zh: string; parent: string | null }[] };
    expect(body.sectors.find((s) => s.code === code)).toMatchObject({ ...label, parent: 'industry' });
  });

  it('the editor’s entry form offers the new sector and saves an entry tagged with it', async () => {
    const { page } = editorSession;
    entry = await api<EntryDetailLike>(page, baseUrl, 'POST', '/editor/entries', {
      kind: 'policy',
      slug,
      title: { en: title },
      jurisdiction: 'CN',
      level: 'national',
    });
    await page.goto(cmsEntryUrl(baseUrl, entry.id));
    const picker = page.locator('#f-sectors');
    await picker.locator('#f-sectors-filter').fill('Flat glass');
    const box = picker.getByRole('checkbox', { name: label.en });
    await box.waitFor();
    await box.check();
    await waitSaved(page);
    expect(await picker.locator('.chip').allInnerTexts()).toEqual([expect.stringContaining(label.en)]);
    expect(await page.locator('body').innerText()).not.toMatch(/Unknown sector/i);
    await shot(page, 'cms-live-sector');
    const saved = await readEntry(page, baseUrl, entry.id);
    expect(saved.data.sectors).toEqual([code]);
    entry = saved;
  });

  it('offers a term added while the entry is open when the editor comes back to the window, without a reload', async () => {
    const { page } = editorSession;
    // The editor's browser already has GET /api/taxonomies (a public answer cached for a minute).
    const second = { code: `industry.e2e_ceramics_${Date.now().toString(36)}`, en: 'Ceramics (e2e)', zh: '陶瓷（测试）' };
    await api(adminSession.page, baseUrl, 'POST', '/admin/taxonomies/sectors', { code: second.code, parent: 'industry', en: second.en, zh: second.zh });
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const picker = page.locator('#f-sectors');
    await picker.locator('#f-sectors-filter').fill('Ceramics');
    await picker.getByRole('checkbox', { name: second.en }).waitFor({ timeout: 5_000 });
    await picker.locator('#f-sectors-filter').fill('');
  });

  it('once published, the explorer keeps the code from the URL, labels it and lists the entry', async () => {
    await api(editorSession.page, baseUrl, 'POST', `/editor/entries/${entry.id}/transitions`, { action: 'submit' });
    for (const action of ['approve', 'publish']) await api(adminSession.page, baseUrl, 'POST', `/editor/entries/${entry.id}/transitions`, { action });

    const portal = await launchBrowser({ locale: 'en-GB' });
    try {
      const { page } = portal;
      await page.goto(`${baseUrl}/en/entries?sector=${encodeURIComponent(code)}`);
      await expect.poll(() => page.locator('.entry-list .entry-card__title').allInnerTexts(), { timeout: 30_000 }).toEqual([title]);
      expect(new URL(page.url()).searchParams.get('sector')).toBe(code);
      expect(await page.locator('.filter-chip').allInnerTexts()).toContainEqual(expect.stringContaining(`Sector: ${label.en}`));
      expect(await page.locator('.facet-tree__row').allInnerTexts()).toContainEqual(expect.stringContaining(label.en));
      expect(await page.locator('.notice[role="status"]').count()).toBe(0);
      await shot(page, 'portal-live-sector');
    } finally {
      await portal.close();
    }
  });
});
