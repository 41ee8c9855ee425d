/**
 * The editorial workflow in two browsers: an editor drafts an entry with a target and submits it; a
 * reviewer requests changes with a comment; the editor fixes and resubmits; the reviewer approves
 * and publishes; the portal shows it. Approve is never offered to the author.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { launchBrowser, useBrowser, type BrowserSession } from './support/browser';
import { ARTIFACTS_DIR } from './support/app';
import { createAccount, type TestAccount } from './support/users';
import { cmsEntryUrl, createPolicyDraft, offeredActions, runWorkflow, signIn, statusText, uniqueSlug, waitSaved } from './support/cms';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shot = (name: string) => join(ARTIFACTS_DIR, `cms-${name}.png`);

describe('CMS editorial workflow (editor and reviewer in two browsers)', () => {
  let editorAccount: TestAccount;
  let reviewerAccount: TestAccount;
  const editor = useBrowser();
  const reviewer = useBrowser();
  const slug = uniqueSlug('hubei-peaking-plan');
  const title = 'Hubei Province Carbon Peaking Implementation Plan';
  let entryUrl = '';

  beforeAll(async () => {
    [editorAccount, reviewerAccount] = await Promise.all([
      createAccount(databaseUrl, { roles: ['editor'], name: 'Edna Editor' }),
      createAccount(databaseUrl, { roles: ['reviewer'], name: 'Rui Reviewer' }),
    ]);
  });

  it('lets the editor draft an entry with a target parsed from a sentence', async () => {
    const { page } = editor;
    await signIn(page, baseUrl, editorAccount);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Dashboard');
    await page.getByRole('link', { name: 'New entry', exact: true }).click();
    await page.getByLabel('Title (English)').fill(title);
    await page.getByLabel('Title (Chinese)').fill('湖北省碳达峰实施方案');
    await page.getByLabel('Slug').fill(slug);
    // The region picker finds places by their Chinese or English name and shows the hierarchy.
    await page.getByRole('combobox', { name: 'Place' }).fill('Hubei');
    await page
      .getByRole('option', { name: /湖北省/ })
      .first()
      .click();
    expect(await page.getByTestId('region-selected').innerText()).toContain('Hubei');
    expect(await page.locator('#f-level').inputValue()).toBe('provincial');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/cms\/en\/entries\/[0-9a-f-]{36}$/);
    entryUrl = page.url();

    await page.getByLabel('Summary (English)').fill('Hubei sets out how it will peak carbon emissions before 2030.');
    // A metric the portal's own tests do not rank, so publishing this entry does not change theirs.
    await page.getByTestId('parse-sentence').fill('By 2025, the forest coverage rate of Hubei will reach 42.5%.');
    await page.getByRole('button', { name: 'Add 1 target' }).click();
    await page.getByTestId('target-line-0').getByRole('button', { name: /^Edit/ }).click();
    expect(await page.locator('#f-targets-0-metric').inputValue()).toBe('forest_coverage');
    expect(await page.locator('#f-targets-0-value').inputValue()).toBe('42.5');
    expect(await page.locator('#f-targets-0-targetYear').inputValue()).toBe('2025');
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.locator('#f-sources-0-url').fill('https://fgw.hubei.gov.cn/peaking-plan.html');
    await page.locator('#f-sources-0-title').fill('湖北省碳达峰实施方案');
    await waitSaved(page);
    await page.screenshot({ path: shot('editor-draft'), fullPage: true });
  });

  it('never offers approve to the author, and submits with Ctrl+Enter', async () => {
    const { page } = editor;
    expect(await offeredActions(page)).toEqual(expect.arrayContaining(['submit']));
    expect(await offeredActions(page)).not.toContain('approve');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => statusText(page)).toBe('In review');
    await expect.poll(() => offeredActions(page)).toContain('withdraw');
    expect(await offeredActions(page)).not.toContain('approve');
  });

  it('lets the reviewer find it in the queue and request changes with a required comment', async () => {
    const { page } = reviewer;
    await signIn(page, baseUrl, reviewerAccount);
    const queue = page.getByTestId('bucket-review');
    await expect.poll(() => queue.innerText()).toContain(title);
    await queue.getByRole('link', { name: title }).click();
    await page.waitForURL(entryUrl);
    // Told what a reviewer can do, not to withdraw a submission that is not theirs.
    await expect.poll(() => page.getByTestId('read-only').innerText()).toContain('It waits for review: approve it, or request changes');
    expect(await page.getByTestId('read-only').innerText()).not.toContain('Withdraw');
    await page.getByRole('link', { name: 'Review', exact: true }).click();
    await expect.poll(() => page.getByTestId('diff').innerText()).toContain('Forest coverage');
    expect(await offeredActions(page)).toEqual(expect.arrayContaining(['request_changes', 'approve']));

    await page.locator('[data-action="request_changes"]').click();
    const dialog = page.getByRole('dialog', { name: 'Request changes' });
    await dialog.getByRole('button', { name: 'Send to the author' }).click();
    expect(await dialog.locator('#request-changes-error').innerText()).toBe('Say what should change.');
    await dialog.getByLabel('Comment').fill('Please add the Chinese summary and the 2030 peaking target.');
    await page.screenshot({ path: shot('reviewer-request-changes') });
    await dialog.getByRole('button', { name: 'Send to the author' }).click();
    await expect.poll(() => statusText(page)).toBe('Changes requested');
    await expect.poll(() => page.getByTestId('comments').innerText()).toContain('Please add the Chinese summary');
  });

  it('brings the entry back to the editor, who fixes it and resubmits', async () => {
    const { page } = editor;
    await page.goto(`${baseUrl}/cms/en`);
    const returned = page.getByTestId('bucket-changes');
    await expect.poll(() => returned.innerText()).toContain(title);
    expect(await returned.getByTestId('count').innerText()).toBe('1');
    await returned.getByRole('link', { name: title }).click();
    await page.waitForURL(entryUrl);
    await expect.poll(() => page.getByTestId('comments').innerText()).toContain('Please add the Chinese summary');
    await page.getByLabel('Summary (Chinese)').fill('湖北省将在2030年前实现碳达峰。');
    // Ctrl+S saves at once.
    await page.keyboard.press('Control+s');
    await waitSaved(page);
    await page.screenshot({ path: shot('editor-fixes'), fullPage: true });
    await page.locator('[data-action="submit"]').click();
    await expect.poll(() => statusText(page)).toBe('In review');
  });

  it('lets the reviewer approve and publish', async () => {
    const { page } = reviewer;
    await page.goto(entryUrl + '/review');
    await expect.poll(() => statusText(page)).toBe('In review');
    await page.locator('[data-action="approve"]').click();
    await expect.poll(() => statusText(page)).toBe('Approved');
    // Publishing asks in the CMS's own dialog (not the browser's confirm()).
    expect(await runWorkflow(page, 'publish')).toContain('Publish this entry on the public site?');
    await expect.poll(() => statusText(page)).toBe('Published');
    // Shown optimistically: the next test reads the portal, so wait until the server has published it.
    await expect.poll(async () => (await page.request.get(`${baseUrl}/api/entries/${slug}`)).status()).toBe(200);
    await page.screenshot({ path: shot('reviewer-published'), fullPage: true });
    // A reviewer is not told that their edits go to a working copy: they read and comment (issue 19, bug 7).
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect.poll(() => page.getByTestId('read-only').innerText()).toBe('You can read this entry and comment on it; only editors change its content.');
    expect(await page.locator('body').innerText()).not.toContain('Your edits are saved to a working copy');
    expect(await page.getByLabel('Summary (English)').isDisabled()).toBe(true);
  });

  it('shows the published entry on the portal', async () => {
    const { page } = reviewer;
    await page.goto(`${baseUrl}/en/entries/${slug}`);
    await expect.poll(() => page.locator('h1').innerText()).toContain(title);
    await expect.poll(() => page.locator('main').innerText()).toContain('42.5%');
    await page.screenshot({ path: shot('portal-published-entry'), fullPage: true });
    await page.goto(`${baseUrl}/zh/entries/${slug}`);
    await expect.poll(() => page.locator('main').innerText()).toContain('湖北省将在2030年前实现碳达峰。');
  });

  it('takes it off the public site again (leaving the portal as the other tests expect it)', async () => {
    const { page } = reviewer;
    await page.goto(entryUrl);
    expect(await runWorkflow(page, 'unpublish')).toContain('Take this entry off the public site?');
    await expect.poll(() => statusText(page)).toBe('Unpublished');
    // The status is shown optimistically, before the server has answered: wait for the public API.
    await expect.poll(async () => (await page.request.get(`${baseUrl}/api/entries/${slug}`)).status()).toBe(404);
  });

  it('threw no script errors', () => {
    expect([...editor.pageErrors, ...reviewer.pageErrors].map((e) => e.message)).toEqual([]);
  });
});

describe('CMS four eyes', () => {
  let session: BrowserSession;

  afterAll(async () => {
    await session?.close();
  });

  it('does not offer approve to an author who is also a reviewer', async () => {
    const both = await createAccount(databaseUrl, { roles: ['editor', 'reviewer'], name: 'Bo Both' });
    session = await launchBrowser({ locale: 'en-GB' });
    const { page } = session;
    await signIn(page, baseUrl, both);
    const created = await createPolicyDraft(page, baseUrl, { title: 'Own work', jurisdiction: '420000' });
    await page.goto(cmsEntryUrl(baseUrl, created.id));
    await page.locator('[data-action="submit"]').click();
    await expect.poll(() => statusText(page)).toBe('In review');
    // Neither approve nor request changes on their own submission: they withdraw it instead.
    await expect.poll(() => offeredActions(page)).toEqual(['withdraw']);
    expect(await page.locator('.workflow-bar__note').innerText()).toBe('You wrote this entry, so someone else approves it.');
    await page.locator('.entry-head').screenshot({ path: shot('four-eyes') });
  });
});

describe('CMS forms are read-only for people who cannot save them', () => {
  let session: BrowserSession;

  afterAll(async () => {
    await session?.close();
  });

  it('shows a reviewer a draft read-only, says why, and offers no save', async () => {
    const [writer, checker] = await Promise.all([
      createAccount(databaseUrl, { roles: ['editor'], name: 'Wen Writer' }),
      createAccount(databaseUrl, { roles: ['reviewer'], name: 'Chen Checker' }),
    ]);
    session = await launchBrowser({ locale: 'en-GB' });
    const { page } = session;
    await signIn(page, baseUrl, writer);
    const draft = await createPolicyDraft(page, baseUrl, { title: 'A draft a reviewer reads', jurisdiction: '420000' });
    await page.context().clearCookies();
    await signIn(page, baseUrl, checker);
    await page.goto(cmsEntryUrl(baseUrl, draft.id));
    await expect.poll(() => page.getByTestId('read-only').innerText()).toBe('You can read this entry and comment on it; only editors change its content.');
    expect(await page.getByLabel('Title (English)').isDisabled()).toBe(true);
    expect(await page.getByLabel('Summary (English)').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save now' }).count()).toBe(0);
    expect(await page.getByTestId('save-status').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('You do not have permission');
  });
});
