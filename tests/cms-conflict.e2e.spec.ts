/**
 * Two people edit the same draft. Ben has it open in the CMS (he holds it); Anna saves a change from
 * elsewhere (her own session, through the API, as another window would). Ben's next save meets a
 * newer version (409): the merge dialog shows their change and mine field by field, and after the
 * merge both changes survive.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from './support/app';
import { api, conflictDialog, readEntry, saveMerge, useTwoEditorsWithDraft } from './support/cms';

const baseUrl = inject('baseUrl');
const shot = (name: string) => join(ARTIFACTS_DIR, `cms-${name}.png`);

describe('CMS save conflicts (two browsers, one draft)', () => {
  const [anna, ben, draft] = useTwoEditorsWithDraft({ title: 'Guangdong Climate Plan', summary: { en: 'First summary.' }, jurisdiction: '440000' });

  beforeAll(async () => {
    await ben.page.goto(draft.url);
    await ben.page.getByLabel('Title (English)').waitFor();
    await ben.page.waitForFunction(() => !(document.getElementById('f-title-en') as HTMLInputElement | null)?.disabled);
  });

  /** Anna changes the summary through her own session, based on the version she read. */
  async function annaSaves(summary: string) {
    const now = await readEntry(anna.page, baseUrl, draft.entry.id);
    await api(anna.page, baseUrl, 'PUT', `/editor/entries/${draft.entry.id}`, {
      version: now.version,
      data: { ...now.data, summary: { ...now.data.summary, en: summary } },
    });
  }

  it('shows both changes side by side and keeps both after the merge', async () => {
    await annaSaves('Guangdong will peak emissions before 2030 (Anna).');

    // Ben still edits the version he opened: his save meets Anna's.
    await ben.page.getByLabel('Title (Chinese)').fill('广东省应对气候变化规划');
    const dialog = await conflictDialog(ben.page);
    expect(await dialog.innerText()).toContain('Anna Analyst');
    const theirs = dialog.locator('tr[data-field="summary.en"]');
    const mine = dialog.locator('tr[data-field="title.zh"]');
    expect(await theirs.innerText()).toContain('Changed by them only');
    expect(await theirs.innerText()).toContain('Guangdong will peak emissions before 2030 (Anna).');
    expect(await mine.innerText()).toContain('Changed by you only');
    expect(await mine.innerText()).toContain('广东省应对气候变化规划');
    await ben.page.screenshot({ path: shot('conflict-dialog') });

    const saved = await saveMerge(ben.page, baseUrl, dialog, draft.entry.id);
    expect(saved.data.summary.en).toBe('Guangdong will peak emissions before 2030 (Anna).');
    expect(saved.data.title.zh).toBe('广东省应对气候变化规划');
    // Ben's form shows Anna's change too.
    expect(await ben.page.getByLabel('Summary (English)').inputValue()).toBe('Guangdong will peak emissions before 2030 (Anna).');
  });

  it('lets the person decide where both changed the same field, losing nothing', async () => {
    await annaSaves('Anna’s wording.');

    await ben.page.getByLabel('Summary (English)').fill('Ben’s wording.');
    const dialog = await conflictDialog(ben.page);
    const row = dialog.locator('tr[data-field="summary.en"]');
    expect(await row.innerText()).toContain('Changed by both of you: choose.');
    await row.getByLabel('Edit the merged text').check();
    await row.getByRole('textbox', { name: 'Merged text' }).fill('Anna’s wording. Ben’s wording.');
    await ben.page.screenshot({ path: shot('conflict-both-changed') });
    const saved = await saveMerge(ben.page, baseUrl, dialog, draft.entry.id);
    expect(saved.data.summary.en).toBe('Anna’s wording. Ben’s wording.');
    expect(saved.data.title.zh).toBe('广东省应对气候变化规划');
  });

  it('threw no script errors', () => {
    expect([...anna.pageErrors, ...ben.pageErrors].map((e) => e.message)).toEqual([]);
  });
});
