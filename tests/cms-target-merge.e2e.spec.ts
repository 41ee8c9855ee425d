/**
 * Targets merge one by one (issue 19, bug 4), in two browsers: Anna edits a plan; Ben takes it over
 * and edits another target while Anna's page, not yet told, saves a changed source sentence. Ben's
 * save meets her version: the merge dialog has a row per changed target, shows the changed words, and
 * keeping his change does not drop hers; nothing is duplicated.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from './support/app';
import { conflictDialog, openHolding, readEntry, saveMerge, textOrEmpty, useTwoEditorsWithDraft, waitSaved } from './support/cms';
import { editTarget } from './support/targets';

const baseUrl = inject('baseUrl');
const shot = (name: string) => join(ARTIFACTS_DIR, `cms-${name}.png`);

type TargetRow = { metric: string; targetYear: number; value: number; sourceText?: string };

describe('per-target merge (two browsers)', () => {
  const [anna, ben, draft] = useTwoEditorsWithDraft({
    title: 'Henan Carbon Peaking Plan',
    jurisdiction: '410000',
    targets: [
      {
        metric: 'energy_intensity',
        comparison: 'reduction',
        targetYear: 2025,
        value: 14.5,
        unit: '%',
        baseYear: 2020,
        sourceText: '单位地区生产总值能源消耗比2020年下降14.5%',
      },
      {
        metric: 'carbon_intensity',
        comparison: 'reduction',
        targetYear: 2025,
        value: 20.5,
        unit: '%',
        baseYear: 2020,
        sourceText: '单位地区生产总值二氧化碳排放比2020年下降20.5%',
      },
    ],
  });

  beforeAll(async () => {});

  it('shows a row per changed target with the changed words, and keeps both people’s changes', async () => {
    await openHolding(anna.page, draft.url);
    await ben.page.goto(draft.url);
    await ben.page.getByTestId('take-over').click();
    await expect.poll(() => ben.page.getByLabel('Summary (English)').isEditable()).toBe(true);

    // Anna's page has not heard yet (its next heartbeat is seconds away): her change to one target is saved.
    await editTarget(anna.page, 0, 'sourceText', '单位地区生产总值能源消耗比2020年下降14.5%左右');
    await waitSaved(anna.page);
    // Ben changes the other target on the version he took over.
    await editTarget(ben.page, 1, 'value', '21');

    const dialog = await conflictDialog(ben.page);
    const theirs = dialog.locator('tr[data-field="targets[energy_intensity|2025|reduction]"]');
    const mine = dialog.locator('tr[data-field="targets[carbon_intensity|2025|reduction]"]');
    expect(await theirs.innerText()).toContain('Changed by them only');
    // The changed words are marked.
    expect(await theirs.locator('ins').allInnerTexts()).toContain('左右');
    expect(await mine.innerText()).toContain('Changed by you only');
    expect(await dialog.locator('tr[data-field="targets"]').count()).toBe(0);
    expect(await dialog.getByLabel('Keep both').count()).toBe(0);
    await ben.page.screenshot({ path: shot('target-merge') });

    const saved = await saveMerge(ben.page, baseUrl, dialog, draft.entry.id);
    const targets = (saved.data.targets as TargetRow[]).map(({ metric, value, sourceText }) => [metric, value, sourceText]);
    expect(targets).toEqual([
      ['energy_intensity', 14.5, '单位地区生产总值能源消耗比2020年下降14.5%左右'],
      ['carbon_intensity', 21, '单位地区生产总值二氧化碳排放比2020年下降20.5%'],
    ]);
  });

  it('takes review comments on a single target, shown on its line in the other browser', async () => {
    const { page } = anna;
    await page.reload();
    const row = page.getByTestId('target-line-1');
    await row.getByRole('button', { name: /^Edit/ }).click();
    await row.getByRole('button', { name: 'Comment on this target' }).click();
    await row.getByLabel('Comment', { exact: true }).fill('Is 21% the figure in the published plan?');
    await row.getByRole('button', { name: 'Post comment' }).click();
    await expect.poll(() => textOrEmpty(ben.page.getByTestId('target-line-1').getByTestId('target-comments')), { timeout: 25_000 }).toBe('1 comment');
    expect(await ben.page.getByTestId('target-line-0').getByTestId('target-comments').count()).toBe(0);
    expect(await ben.page.locator('.notice').allInnerTexts()).toContainEqual(expect.stringContaining('Anna Analyst commented on “Henan Carbon Peaking Plan”.'));
    // Opened in place (Ben's is still open from his edit), the row lists the comment.
    const edit = ben.page.getByTestId('target-line-1').getByRole('button', { name: /^Edit/ });
    if (await edit.count()) await edit.click();
    await expect.poll(() => ben.page.getByTestId('target-line-1').innerText()).toContain('Is 21% the figure in the published plan?');
  });

  it('flags a duplicate metric + year + place at once, and saves nothing until one is removed', async () => {
    const { page } = ben;
    await page.getByTestId('parse-sentence').fill('到2025年，单位地区生产总值能源消耗比2020年下降14.6%。');
    await page.getByRole('button', { name: 'Add 1 target' }).click();
    const dup = page.getByTestId('target-line-2');
    await expect.poll(() => textOrEmpty(dup.getByTestId('target-problem'))).toBe('Same metric, year and place as target 1: keep one of them');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state'), { timeout: 8_000 }).toBe('invalid');
    await page.screenshot({ path: shot('target-duplicate') });
    await dup.getByRole('button', { name: /^Edit/ }).click();
    await dup.getByRole('button', { name: 'Remove target 3' }).click();
    await waitSaved(page);
    expect(((await readEntry(page, baseUrl, draft.entry.id)).data.targets as unknown[]).length).toBe(2);
  });

  it('threw no script errors', () => {
    expect([...anna.pageErrors, ...ben.pageErrors].map((e) => e.message)).toEqual([]);
  });
});
