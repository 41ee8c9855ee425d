/**
 * Two people edit the same draft. Ben has it open in the CMS (he holds it); Anna saves a change from
 * elsewhere (her own session, through the API, as another window would). Ben's next save meets a
 * newer version (409): the merge dialog shows their change and mine field by field, and after the
 * merge both changes survive.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { launchBrowser, type BrowserSession } from './support/browser';
import { ARTIFACTS_DIR } from './support/app';
import { createAccount, type TestAccount } from './support/users';
import { api, signIn, uniqueSlug, waitSaved, type EntryDetailLike } from './support/cms';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shot = (name: string) => join(ARTIFACTS_DIR, `cms-${name}.png`);

describe('CMS save conflicts (two browsers, one draft)', () => {
  let anna: TestAccount;
  let ben: TestAccount;
  let a: BrowserSession;
  let b: BrowserSession;
  let entry: EntryDetailLike;
  let url = '';

  beforeAll(async () => {
    [anna, ben] = await Promise.all([
      createAccount(databaseUrl, { roles: ['editor'], name: 'Anna Analyst' }),
      createAccount(databaseUrl, { roles: ['editor'], name: 'Ben Bianji' }),
    ]);
    [a, b] = await Promise.all([launchBrowser({ locale: 'en-GB' }), launchBrowser({ locale: 'en-GB' })]);
    await Promise.all([signIn(a.page, baseUrl, anna), signIn(b.page, baseUrl, ben)]);
    entry = await api<EntryDetailLike>(a.page, baseUrl, 'POST', '/editor/entries', {
      kind: 'policy',
      slug: uniqueSlug('guangdong-climate-plan'),
      title: { en: 'Guangdong Climate Plan' },
      summary: { en: 'First summary.' },
      jurisdiction: '440000',
      level: 'provincial',
    });
    url = `${baseUrl}/cms/en/entries/${entry.id}`;
    await b.page.goto(url);
    await b.page.getByLabel('Title (English)').waitFor();
    await b.page.waitForFunction(() => !(document.getElementById('f-title-en') as HTMLInputElement | null)?.disabled);
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  /** Anna changes the summary through her own session, based on the version she read. */
  async function annaSaves(summary: string) {
    const now = await api<EntryDetailLike>(a.page, baseUrl, 'GET', `/editor/entries/${entry.id}`);
    await api(a.page, baseUrl, 'PUT', `/editor/entries/${entry.id}`, { version: now.version, data: { ...now.data, summary: { ...now.data.summary, en: summary } } });
  }

  it('shows both changes side by side and keeps both after the merge', async () => {
    await annaSaves('Guangdong will peak emissions before 2030 (Anna).');

    // Ben still edits the version he opened: his save meets Anna's.
    await b.page.getByLabel('Title (Chinese)').fill('广东省应对气候变化规划');
    const dialog = b.page.getByRole('dialog', { name: 'Someone saved a newer version' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Anna Analyst');
    const theirs = dialog.locator('tr[data-field="summary.en"]');
    const mine = dialog.locator('tr[data-field="title.zh"]');
    expect(await theirs.innerText()).toContain('Changed by them only');
    expect(await theirs.innerText()).toContain('Guangdong will peak emissions before 2030 (Anna).');
    expect(await mine.innerText()).toContain('Changed by you only');
    expect(await mine.innerText()).toContain('广东省应对气候变化规划');
    await b.page.screenshot({ path: shot('conflict-dialog') });

    await dialog.getByTestId('save-merge').click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(b.page);

    const saved = await api<EntryDetailLike>(b.page, baseUrl, 'GET', `/editor/entries/${entry.id}`);
    expect(saved.data.summary.en).toBe('Guangdong will peak emissions before 2030 (Anna).');
    expect(saved.data.title.zh).toBe('广东省应对气候变化规划');
    // Ben's form shows Anna's change too.
    expect(await b.page.getByLabel('Summary (English)').inputValue()).toBe('Guangdong will peak emissions before 2030 (Anna).');
  });

  it('lets the person decide where both changed the same field, losing nothing', async () => {
    await annaSaves('Anna’s wording.');

    await b.page.getByLabel('Summary (English)').fill('Ben’s wording.');
    const dialog = b.page.getByRole('dialog', { name: 'Someone saved a newer version' });
    await dialog.waitFor();
    const row = dialog.locator('tr[data-field="summary.en"]');
    expect(await row.innerText()).toContain('Changed by both of you: choose.');
    await row.getByLabel('Edit the merged text').check();
    await row.getByRole('textbox', { name: 'Merged text' }).fill('Anna’s wording. Ben’s wording.');
    await b.page.screenshot({ path: shot('conflict-both-changed') });
    await dialog.getByTestId('save-merge').click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(b.page);

    const saved = await api<EntryDetailLike>(b.page, baseUrl, 'GET', `/editor/entries/${entry.id}`);
    expect(saved.data.summary.en).toBe('Anna’s wording. Ben’s wording.');
    expect(saved.data.title.zh).toBe('广东省应对气候变化规划');
  });

  it('threw no script errors', () => {
    expect([...a.pageErrors, ...b.pageErrors].map((e) => e.message)).toEqual([]);
  });
});
