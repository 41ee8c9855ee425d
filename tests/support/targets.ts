import type { Page } from 'playwright-core';

/** Changes one field of target `i` in the entry editor (the form's own field ids: #f-targets-<i>-<field>). */
export async function editTarget(page: Page, i: number, field: string, value: string): Promise<void> {
  const input = page.locator(`#f-targets-${i}-${field}`);
  if (!(await input.isVisible())) await page.getByTestId(`target-line-${i}`).getByRole('button', { name: /^Edit/ }).click();
  await input.fill(value);
}
