/**
 * Every public page in both languages, in one browser session: axe-core's WCAG 2.x A and AA rules
 * (desktop width) and no horizontal overflow on phones 360, 390 and 414 px wide.
 *
 * The site's CSP forbids injected scripts, so this test's context bypasses CSP (bypassCSP) to run axe;
 * only the contexts that run axe do (this one and portal-data's), never one that tests the site's own behaviour.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchBrowser, type BrowserSession } from './support/browser';
import { everyPublicPage, horizontalOverflow, settled } from './support/public-pages';

const baseUrl = inject('baseUrl');
const DESKTOP = { width: 1280, height: 900 };
/** Phone widths from a small Android to a large iPhone. */
const PHONES = [360, 390, 414].map((width) => ({ width, height: 844 }));

interface Finding {
  path: string;
  detail: string;
}

describe('every public page, in English and Chinese', () => {
  let session: BrowserSession;
  const violations: Finding[] = [];
  const overflows: Finding[] = [];
  const pages = everyPublicPage();

  beforeAll(async () => {
    session = await launchBrowser({ locale: 'en-GB', viewport: DESKTOP, bypassCSP: true });
    const { page } = session;
    for (const path of pages) {
      await page.setViewportSize(DESKTOP);
      await page.goto(baseUrl + path);
      await settled(page);
      const found = await axeViolations(page);
      violations.push(...found.map((detail) => ({ path, detail })));

      for (const phone of PHONES) {
        await page.setViewportSize(phone);
        await page.waitForTimeout(400); // a layout pass, and the charts' own resize (throttled), at the new width
        const px = await horizontalOverflow(page);
        if (px > 0) overflows.push({ path, detail: `${px} px wider than a ${phone.width} px viewport` });
      }
    }
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  it(`visits ${pages.length} pages`, () => {
    expect(pages.length).toBeGreaterThanOrEqual(36);
  });

  it('passes axe-core’s WCAG 2.x A and AA rules on every page', () => {
    expect(violations).toEqual([]);
  });

  it('never lays a page out wider than a phone (360, 390 and 414 px)', () => {
    expect(overflows).toEqual([]);
  });

  it('threw no script errors', () => {
    expect(session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
