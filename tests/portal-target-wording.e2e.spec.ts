/**
 * Qualified reductions read naturally and their bar labels fit (issue 19, item 6): Mianyang's 2030
 * carbon-intensity target is "a reduction of more than 70%" / "下降超过70%" in the table and on its bar
 * (never "more than −70%"), and the bar's label lies wholly inside the chart.
 */
import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { useBrowser } from './support/browser';
import { ARTIFACTS_DIR } from './support/app';

const baseUrl = inject('baseUrl');

describe('portal: qualified reductions on the targets page', () => {
  const session = useBrowser({ locale: 'en-GB' });

  for (const [lang, words] of [
    ['en', 'a reduction of more than 70%'],
    ['zh', '下降超过70%'],
  ] as const) {
    it(`says “${words}” in the table and on the whole bar label (${lang})`, async () => {
      const { page } = session;
      await page.goto(`${baseUrl}/${lang}/targets?metric=carbon_intensity&targetYear=2030`);
      const row = page.locator('table.target-rows tbody tr').filter({ hasText: lang === 'en' ? 'Mianyang' : '绵阳' });
      await row.waitFor();
      expect(await row.innerText()).toContain(words);
      expect(await row.innerText()).not.toContain('−70%');
      const svg = page.locator('figure .chart svg').first();
      await svg.waitFor();
      await expect.poll(() => svg.locator('text').allTextContents(), { timeout: 10_000 }).toContainEqual(words);
      const fits = await svg.evaluate((el, w) => {
        const label = [...el.querySelectorAll('text')].find((x) => x.textContent === w)!;
        const box = label.getBoundingClientRect();
        const frame = el.getBoundingClientRect();
        return box.right <= frame.right + 0.5 && box.left >= frame.left - 0.5;
      }, words);
      expect(fits).toBe(true);
      await page
        .locator('figure .chart')
        .first()
        .screenshot({ path: join(ARTIFACTS_DIR, `portal-reduction-label-${lang}.png`) });
    });
  }

  it('threw no script errors', () => {
    expect(session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
