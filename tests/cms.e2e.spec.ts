import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { useBrowser } from './support/browser';
import { ARTIFACTS_DIR } from './support/app';

const baseUrl = inject('baseUrl');

describe('CMS sign-in in Chromium', () => {
  const session = useBrowser({ locale: 'en-GB' });

  it('opens the sign-in page from /cms/', async () => {
    const { page } = session;
    await page.goto(baseUrl + '/cms/');
    await page.waitForURL(`${baseUrl}/cms/en/sign-in`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Sign in');
    expect(await page.getByLabel('Email').count()).toBe(1);
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(1);
  });

  it('explains what is wrong with the form before sending it', async () => {
    const { page } = session;
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.locator('#sign-in-email-error').innerText()).toBe('Enter an email address like name@example.org.');
    expect(await page.locator('#sign-in-password-error').innerText()).toBe('Enter your password.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-email');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'cms-sign-in-invalid.png'), fullPage: true });
  });

  it('stays on sign-in and shows why when the API does not accept the credentials', async () => {
    const { page } = session;
    await page.getByLabel('Email').fill('nobody@example.org');
    await page.getByLabel('Password', { exact: true }).fill('definitely-not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.locator('[role="alert"]');
    await expect.poll(() => alert.innerText()).toContain('Sign-in failed');
    // Until the auth endpoint exists this is "The server could not be reached"; afterwards, the API's own message.
    expect((await alert.innerText()).length).toBeGreaterThan('Sign-in failed'.length);
    expect(page.url()).toBe(`${baseUrl}/cms/en/sign-in`);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'cms-sign-in-refused.png'), fullPage: true });
  });

  it('is in Chinese under /cms/zh', async () => {
    const { page } = session;
    await page.goto(baseUrl + '/cms/zh/sign-in');
    await expect.poll(() => page.locator('h1').innerText()).toBe('登录');
    expect(await page.locator('label[for="sign-in-email"]').innerText()).toBe('电子邮箱');
  });

  it('threw no script errors', () => {
    expect(session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
