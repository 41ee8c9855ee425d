/**
 * Discarding a working copy and trashing an entry are two actions (issue 19, bug 1): two editors
 * revise a published entry in two browsers; "Move to trash" is not offered for it, "Discard
 * unpublished changes" asks its own question, keeps the public copy and leaves the discarded
 * changes in History. A draft that was never published is trashed with its own question.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { launchBrowser } from './support/browser';
import { ARTIFACTS_DIR } from './support/app';
import {
  api,
  cmsEntryUrl,
  createPolicyDraft,
  offeredActions,
  readEntry,
  signIn,
  statusText,
  useAccount,
  useTwoEditorsWithDraft,
  waitSaved,
  type EntryDetailLike,
} from './support/cms';

const baseUrl = inject('baseUrl');
const shot = (name: string) => join(ARTIFACTS_DIR, `cms-${name}.png`);

interface Revision {
  version: number;
  note: string;
  data?: { title: { en?: string }; summary?: { en?: string } };
}

describe('trash and discard are two actions (two browsers)', () => {
  const [anna, ben, draft] = useTwoEditorsWithDraft({ title: 'Jiangxi Carbon Peaking Plan', summary: { en: 'Public summary.' }, jurisdiction: '360000' });
  const rui = useAccount({ roles: ['reviewer'], name: 'Rui Reviewer' });

  beforeAll(async () => {
    await api(anna.page, baseUrl, 'POST', `/editor/entries/${draft.entry.id}/transitions`, { action: 'submit' });
    const reviewer = await launchBrowser({ locale: 'en-GB' });
    try {
      await signIn(reviewer.page, baseUrl, rui);
      for (const action of ['approve', 'publish']) await api(reviewer.page, baseUrl, 'POST', `/editor/entries/${draft.entry.id}/transitions`, { action });
    } finally {
      await reviewer.close();
    }
  });

  it('does not offer "Move to trash" for a published entry with unpublished changes, but "Discard unpublished changes"', async () => {
    await anna.page.goto(draft.url);
    await anna.page.getByLabel('Summary (English)').fill('Anna’s unpublished summary.');
    await waitSaved(anna.page);
    await ben.page.goto(draft.url);
    // Anna has it open: Ben is told so before he types, and takes over.
    await expect.poll(() => ben.page.getByTestId('someone-editing').innerText()).toMatch(/^Anna Analyst is editing — since/);
    expect(await ben.page.getByLabel('Title (English)').isDisabled()).toBe(true);
    await ben.page.getByTestId('take-over').click();
    await expect.poll(() => ben.page.getByLabel('Title (English)').isEditable()).toBe(true);
    await ben.page.getByLabel('Title (English)').fill('Jiangxi Carbon Peaking Plan (Ben’s unpublished title)');
    await waitSaved(ben.page);

    // Where it stands, in words: not "Draft".
    await expect.poll(() => statusText(ben.page)).toBe('Published · unpublished changes');
    await expect.poll(() => offeredActions(ben.page)).toContain('discard');
    expect(await offeredActions(ben.page)).not.toContain('trash');
    expect(await ben.page.locator('[data-action="discard"]').innerText()).toBe('Discard unpublished changes');
  });

  it('shows the workflow history as an activity timeline beside the revisions', async () => {
    const { page } = ben;
    await page.getByRole('link', { name: 'History', exact: true }).click();
    const activity = page.getByTestId('activity');
    await expect.poll(() => activity.innerText()).toContain('Publish');
    const text = await activity.innerText();
    expect(text).toMatch(/Publish[\s\S]*Rui Reviewer[\s\S]*Approve[\s\S]*Rui Reviewer[\s\S]*Submit for review[\s\S]*Anna Analyst/);
    await page.screenshot({ path: shot('history-activity'), fullPage: true });
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
  });

  it('asks its own question, and cancelling it changes nothing', async () => {
    const { page } = ben;
    await page.locator('[data-action="discard"]').click();
    const dialog = page.getByRole('dialog', { name: 'Discard the unpublished changes?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('The public page stays as it is');
    expect(await dialog.innerText()).toContain('History');
    expect(await dialog.innerText()).not.toMatch(/trash/i);
    await page.screenshot({ path: shot('discard-dialog') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    const still = await readEntry<EntryDetailLike & { hasWorkingRevision: boolean }>(page, baseUrl, draft.entry.id);
    expect(still.hasWorkingRevision).toBe(true);
    expect(still.data.summary.en).toBe('Anna’s unpublished summary.');
  });

  it('discards the working copy, keeps the public one and leaves both people’s changes in History', async () => {
    const { page } = ben;
    await page.locator('[data-action="discard"]').click();
    await page.getByRole('dialog', { name: 'Discard the unpublished changes?' }).getByTestId('confirm-action').click();
    await expect.poll(() => page.getByLabel('Title (English)').inputValue()).toBe('Jiangxi Carbon Peaking Plan');
    expect(await page.locator('.notice').allInnerTexts()).toContainEqual(expect.stringContaining('The discarded changes are in History'));

    const after = await readEntry<EntryDetailLike & { hasWorkingRevision: boolean; entryStatus: string }>(page, baseUrl, draft.entry.id);
    expect(after).toMatchObject({ hasWorkingRevision: false, entryStatus: 'published', workflowStatus: 'published' });
    expect((await (await fetch(`${baseUrl}/api/entries/${draft.entry.slug}`)).json()).summary.en).toBe('Public summary.');

    const revisions = (await api<{ items: Revision[] }>(page, baseUrl, 'GET', `/editor/entries/${draft.entry.id}/revisions?pageSize=100`)).items;
    expect(revisions[0].note).toBe('discard');
    const kept = await api<Revision>(page, baseUrl, 'GET', `/editor/entries/${draft.entry.id}/revisions/${revisions[1].version}`);
    expect(kept.data).toMatchObject({ title: { en: 'Jiangxi Carbon Peaking Plan (Ben’s unpublished title)' }, summary: { en: 'Anna’s unpublished summary.' } });

    // Anna's browser follows by itself: Ben took over, and then discarded.
    await expect.poll(() => anna.page.getByTestId('taken-over').innerText(), { timeout: 25_000 }).toContain('Ben Bianji took over editing');
    await expect.poll(() => anna.page.getByLabel('Summary (English)').inputValue(), { timeout: 25_000 }).toBe('Public summary.');
  });

  it('moves a draft that was never published to the trash, with the trash question', async () => {
    const { page } = anna;
    const draft = await createPolicyDraft(page, baseUrl, { title: 'A draft to throw away', jurisdiction: '360000' });
    await page.goto(cmsEntryUrl(baseUrl, draft.id));
    await expect.poll(() => offeredActions(page)).toContain('trash');
    expect(await offeredActions(page)).not.toContain('discard');
    await page.locator('[data-action="trash"]').click();
    const dialog = page.getByRole('dialog', { name: 'Move this entry to the trash?' });
    expect(await dialog.innerText()).toContain('restore it from the trash');
    await dialog.getByTestId('confirm-action').click();
    await expect.poll(() => statusText(page)).toBe('In trash');
  });

  it('threw no script errors', () => {
    expect([...anna.pageErrors, ...ben.pageErrors].map((e) => e.message)).toEqual([]);
  });
});
