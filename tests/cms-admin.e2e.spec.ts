/**
 * Administration and import in Chromium: the taxonomy manager (add, rename, delete refused while in
 * use, merge with usage counts), users and roles, the audit log, and a CSV import with its
 * row-by-row report, progress and the drafts it created.
 */
import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from './support/app';
import { uniqueSlug, useSignedInBrowser } from './support/cms';

const baseUrl = inject('baseUrl');
const shot = (name: string) => join(ARTIFACTS_DIR, `cms-${name}.png`);

describe('CMS administration and import', () => {
  const session = useSignedInBrowser({ roles: ['admin', 'editor', 'reviewer'], name: 'Ada Admin' }, { acceptDialogs: true });
  const code = `e2e_theme_${Date.now().toString(36)}`;

  it('adds a theme with EN/ZH labels, refuses to delete it while used, and merges it with its usage', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/cms/en/admin/taxonomies/themes`);
    await page.getByTestId('term-table').waitFor();
    await page.getByLabel('Code').fill(code);
    await page.locator('#new-term-en').fill('E2E theme');
    await page.locator('#new-term-zh').fill('测试主题');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const row = page.locator(`tr[data-code="${code}"]`);
    await row.waitFor();

    // An entry uses it. (The API may take up to its validation cache's 10 s to know the new term.)
    const body = { kind: 'policy', slug: uniqueSlug('uses-e2e-theme'), title: { en: 'Uses the theme' }, jurisdiction: 'CN', level: 'national', themes: [code] };
    await expect
      .poll(
        async () =>
          (
            await page.request.post(`${baseUrl}/api/editor/entries`, {
              headers: { 'X-CSRF-Token': (await page.context().cookies(baseUrl)).find((c) => c.name === 'dc_csrf')?.value ?? '' },
              data: body,
            })
          ).status(),
        { timeout: 15_000, interval: 1000 },
      )
      .toBe(201);
    await page.reload();
    await expect.poll(() => row.getByTestId('usage').innerText()).toBe('1');

    await row.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge “E2E theme”' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('used by 1 entry');
    expect(await page.locator('.notices').innerText()).toContain('merge it into another term instead of deleting it');
    expect(await row.count()).toBe(1);
    await dialog.getByLabel('Merge into').selectOption('hydrogen');
    await page.screenshot({ path: shot('taxonomy-merge') });
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await row.waitFor({ state: 'detached' });
    await page.screenshot({ path: shot('taxonomy-manager'), fullPage: true });
  });

  it('lists users with their roles and the audit log with filters', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/cms/en/admin/users`);
    await expect.poll(() => page.getByTestId('users').innerText()).toContain(session.account.email);
    await page.goto(`${baseUrl}/cms/en/admin/audit`);
    await page.getByLabel('Action').fill('taxonomy.*');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(() => page.getByTestId('audit').innerText()).toContain('taxonomy');
    await page.screenshot({ path: shot('audit-log'), fullPage: true });
  });

  it('imports a CSV: row-by-row report, progress, then the drafts created', async () => {
    const { page } = session;
    const a = uniqueSlug('import-a');
    const b = uniqueSlug('import-b');
    const csv = [
      'slug,kind,title_en,title_zh,jurisdiction,level',
      `${a},policy,Imported policy A,导入政策甲,440300,city`,
      `${b},report,Imported report B,,CN,national`,
      `${uniqueSlug('import-c')},action,Imported action C,,440300,provincial`,
    ].join('\n');
    await page.goto(`${baseUrl}/cms/en/import`);
    await page.locator('#import-file').setInputFiles({ name: 'entries.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.locator('tbody tr').count()).toBe(3);
    expect(await report.locator('tbody tr.row--bad').count()).toBe(2); // B lacks a publisher, C's level does not fit
    expect(await report.innerText()).toContain('Name who published the report');
    await page.screenshot({ path: shot('import-report'), fullPage: true });

    await page.getByRole('button', { name: 'Import 1 valid row' }).click();
    await page.getByTestId('import-created').waitFor();
    expect(await page.getByTestId('import-progress').getAttribute('value')).toBe('100');
    expect(await page.getByTestId('import-created').innerText()).toContain(a);
    await page.screenshot({ path: shot('import-done'), fullPage: true });
    await page.getByTestId('import-created').getByRole('link', { name: a }).click();
    await expect.poll(() => page.getByTestId('entry-title').innerText()).toBe('Imported policy A');
  });

  it('imports by names: "Zhejiang" and "省级" read as codes, an unknown place says what it may have meant, templates download', async () => {
    const { page } = session;
    const good = uniqueSlug('import-named');
    const csv = [
      'slug,kind,title_en,jurisdiction,level,target_metric,target_comparison,target_year,target_value,target_unit',
      `${good},政策,Zhejiang named import,浙江,省级,森林覆盖率,share,2025,61.5,%`,
      `${good},,,,,Energy intensity,reduction,2025,14,%`,
      `${uniqueSlug('import-typo')},policy,Typo import,Zhejang,provincial,,,,,`,
    ].join('\n');
    await page.goto(`${baseUrl}/cms/en/import`);
    await page.getByTestId('import-columns').locator('summary').click();
    expect(await page.getByTestId('import-columns').innerText()).toContain('Place: a code (370000) or a name (Shandong, 山东, 山东省)');
    const template = await page.request.get(`${baseUrl}${await page.getByTestId('template-csv').getAttribute('href')}`);
    expect(template.status()).toBe(200);
    expect((await template.text()).split(/\r?\n/)[0]).toContain('target_metric');
    await page.locator('#import-file').setInputFiles({ name: 'named.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.locator('tbody tr').count()).toBe(2);
    expect(await report.locator('tbody tr.row--bad').innerText()).toContain('Unknown place "Zhejang": did you mean Zhejiang Province 浙江省 (330000)?');
    await page.screenshot({ path: shot('import-names'), fullPage: true });
  });

  it('lets an admin edit a term’s keywords (the classifier suggests terms by them)', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/cms/en/admin/taxonomies/sectors`);
    const row = page.locator('tr[data-code="buildings"]');
    await row.waitFor();
    const box = row.getByTestId('keywords');
    expect(await box.inputValue()).toContain('城乡建设');
    await box.fill(`${await box.inputValue()}; 住房和城乡建设`);
    await row.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(
        async () =>
          ((await (await page.request.get(`${baseUrl}/api/taxonomies`)).json()) as { sectors: { code: string; keywords: string[] }[] }).sectors.find(
            (x) => x.code === 'buildings',
          )?.keywords,
        { timeout: 15_000 },
      )
      .toContain('住房和城乡建设');
  });

  it('threw no script errors', () => {
    expect(session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
