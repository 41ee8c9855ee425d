/**
 * Accounts in Chromium: an admin invites a reviewer, who gets a one-time link by mail (the admin never
 * sees a password), chooses a password on the CMS page the link opens, signs in, and changes it on
 * "My account" (the current password is required).
 */
import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from './support/app';
import { useBrowser } from './support/browser';
import { signIn, useSignedInBrowser } from './support/cms';
import type { TestAccount } from './support/users';
import { waitForLink } from './support/outbox';

const baseUrl = inject('baseUrl');
const mailDir = inject('mailDir');
const shot = (name: string) => join(ARTIFACTS_DIR, `cms-${name}.png`);

describe('CMS accounts: invitation by one-time link, my password', () => {
  const adminSession = useSignedInBrowser({ roles: ['admin'], name: 'Ada Admin' }, { acceptDialogs: true });
  const invitee = useBrowser();
  const email = `invited-${Date.now().toString(36)}@example.org`;
  const first = 'first chosen passphrase';
  const second = 'second chosen passphrase';

  it('the admin invites without ever seeing a password', async () => {
    const { page } = adminSession;
    await page.goto(`${baseUrl}/cms/en/admin/users`);
    await page.locator('#user-name').fill('Rita Reviewer');
    await page.locator('#user-email').fill(email);
    const form = page.locator('form', { has: page.locator('#user-email') });
    await form.getByLabel('Editor').uncheck();
    await form.getByLabel('Reviewer').check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => page.locator('.notices').innerText()).toContain(`Invitation mailed to ${email}`);
    const row = page.getByTestId('users').locator('tr', { hasText: email });
    await expect.poll(() => row.innerText()).toContain('no password yet');
    expect(await page.locator('body').innerText()).not.toMatch(/password for|one-time password/i);
    await page.screenshot({ path: shot('users-invited'), fullPage: true });
  });

  it('the invitee chooses a password through the mailed link and signs in with it', async () => {
    const link = await waitForLink(mailDir, email, '/cms/en/set-password');
    expect(new URL(link).hash).toMatch(/^#token=[\w-]{43}$/);
    const { page } = invitee;
    await page.goto(link);
    await expect.poll(() => page.locator('main').innerText()).toContain('Welcome, Rita Reviewer');
    await page.getByLabel('New password', { exact: true }).fill('too short');
    await page.getByLabel('Repeat the new password').fill('too short');
    await page.getByRole('button', { name: 'Set my password' }).click();
    expect(await page.locator('#set-password-new-error').innerText()).toBe('Use at least 12 characters.');
    await page.getByLabel('New password', { exact: true }).fill(first);
    await page.getByLabel('Repeat the new password').fill(first);
    await page.screenshot({ path: shot('set-password'), fullPage: true });
    await page.getByRole('button', { name: 'Set my password' }).click();
    await expect.poll(() => page.locator('.callout[role="status"]').innerText()).toContain(`Sign in with ${email}`);
    expect(new URL(page.url()).hash).toBe('');
    // The link works once (opened afresh, as from the mail again).
    await page.goto('about:blank');
    await page.goto(link);
    await expect.poll(() => page.locator('[role="alert"]').innerText()).toContain('was already used');
    await signIn(page, baseUrl, { email, password: first } as TestAccount);
  });

  it('changes my password on "My account": the current one is required', async () => {
    const { page } = invitee;
    await page.getByTestId('account').click();
    await page.waitForURL(/\/cms\/en\/account$/);
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill(second);
    await page.getByLabel('Repeat the new password').fill(second);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.locator('#account-current-error').innerText()).toBe('This is not your current password.');
    await page.getByLabel('Current password').fill(first);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.locator('.callout[role="status"]').innerText()).toContain('Your password was changed');
    await page.screenshot({ path: shot('account-password'), fullPage: true });
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/sign-in/);
    await signIn(page, baseUrl, { email, password: second } as TestAccount);
  });

  it('threw no script errors', () => {
    expect([...adminSession.pageErrors, ...invitee.pageErrors].map((e) => e.message)).toEqual([]);
  });
});
