/**
 * Knowing who else is here and what they did (issue 19, items 10 and 11), in two browsers: an editor
 * opening an entry a colleague holds is told so before typing ("Anna Analyst is editing — since …"),
 * with a take-over the colleague's page then notices; a reviewer's dashboard lists a submission and
 * an open entry shows a colleague's comment without a reload; the submission is mailed to reviewers,
 * unless they opted out.
 */
import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from './support/app';
import { readOutbox } from './support/outbox';
import {
  api,
  cmsEntryUrl,
  createPolicyDraft,
  openHolding,
  readEntry,
  runWorkflow,
  signIn,
  statusText,
  textOrEmpty,
  useAccount,
  useTwoEditorsWithDraft,
  waitSaved,
} from './support/cms';

const baseUrl = inject('baseUrl');
const mailDir = inject('mailDir');
const shot = (name: string) => join(ARTIFACTS_DIR, `cms-${name}.png`);
/** The heartbeat is every 15 s; a page notices within one beat. */
const BEAT = { timeout: 25_000 };

describe('presence and live updates (two browsers)', () => {
  const title = 'Anhui Carbon Peaking Implementation Plan';
  const [anna, ben, draft] = useTwoEditorsWithDraft({ title, jurisdiction: '340000' });
  const rui = useAccount({ roles: ['reviewer'], name: 'Rui Reviewer' });

  it('tells the second editor who is editing before they type, and lets them take over', async () => {
    await openHolding(anna.page, draft.url);
    await ben.page.goto(draft.url);
    const notice = ben.page.getByTestId('someone-editing');
    await expect.poll(() => notice.innerText()).toMatch(/^Anna Analyst is editing — since \d+ sec\./);
    expect(await notice.innerText()).toContain('It stays read-only for you until they leave or you take over.');
    expect(await ben.page.getByLabel('Summary (English)').isDisabled()).toBe(true);
    await ben.page.screenshot({ path: shot('presence-someone-editing') });

    // Anna types; Ben takes over; Anna's page saves what she typed and turns read-only.
    await anna.page.getByLabel('Summary (English)').fill('Anhui will peak carbon emissions before 2030.');
    await ben.page.getByTestId('take-over').click();
    await expect.poll(() => ben.page.getByLabel('Summary (English)').isEditable()).toBe(true);
    await expect.poll(() => anna.page.getByTestId('taken-over').innerText(), BEAT).toContain('Ben Bianji took over editing');
    expect(await anna.page.getByLabel('Summary (English)').isDisabled()).toBe(true);
    await expect.poll(() => ben.page.getByLabel('Summary (English)').inputValue(), BEAT).toBe('Anhui will peak carbon emissions before 2030.');
    await anna.page.screenshot({ path: shot('presence-taken-over') });

    await ben.page.getByLabel('Title (Chinese)').fill('安徽省碳达峰实施方案');
    await waitSaved(ben.page);
    const saved = await readEntry(ben.page, baseUrl, draft.entry.id);
    expect(saved.data).toMatchObject({ summary: { en: 'Anhui will peak carbon emissions before 2030.' }, title: { zh: '安徽省碳达峰实施方案' } });
  });

  it('updates a reviewer’s dashboard when an editor submits, and mails the reviewer', async () => {
    // Anna's browser becomes the reviewer's.
    await anna.page.context().clearCookies();
    await signIn(anna.page, baseUrl, rui);
    const queue = anna.page.getByTestId('bucket-review');
    await queue.waitFor();
    expect(await queue.innerText()).not.toContain(title);

    await runWorkflow(ben.page, 'submit');
    await expect.poll(() => statusText(ben.page)).toBe('In review');
    await expect.poll(() => queue.innerText(), { timeout: 15_000 }).toContain(title);
    expect(await anna.page.locator('.notice').allInnerTexts()).toContainEqual(expect.stringContaining(`Ben Bianji submitted “${title}” for review.`));
    await anna.page.screenshot({ path: shot('dashboard-live') });

    await expect
      .poll(async () => (await readOutbox(mailDir)).filter((m) => m.to === rui.email && m.links.includes(cmsEntryUrl(baseUrl, draft.entry.id))).length, {
        timeout: 10_000,
      })
      .toBe(1);
  });

  it('shows a colleague’s comment on the open entry without a reload', async () => {
    await api(anna.page, baseUrl, 'POST', `/editor/entries/${draft.entry.id}/comments`, { body: 'Which base year does the 2030 target use?' });
    await expect.poll(() => textOrEmpty(ben.page.getByTestId('comments')), BEAT).toContain('Which base year does the 2030 target use?');
    expect(await ben.page.locator('.notice').allInnerTexts()).toContainEqual(expect.stringContaining(`Rui Reviewer commented on “${title}”.`));

    // Resolved where it is read, beside the form (issue 19, item 10), without going to the Review tab.
    expect(new URL(ben.page.url()).pathname).toBe(`/cms/en/entries/${draft.entry.id}`);
    const comment = ben.page.getByTestId('comments').locator('li', { hasText: 'Which base year does the 2030 target use?' });
    await comment.getByRole('button', { name: 'Mark resolved' }).click();
    await expect.poll(() => comment.innerText()).toContain('Resolved');
    const stored = await api<{ items: { body: string; resolvedAt: string | null }[] }>(ben.page, baseUrl, 'GET', `/editor/entries/${draft.entry.id}/comments`);
    expect(stored.items.find((c) => c.body === 'Which base year does the 2030 target use?')?.resolvedAt).toBeTruthy();
  });

  it('mails nobody who opted out', async () => {
    await anna.page.goto(`${baseUrl}/cms/en/notifications`);
    const box = anna.page.getByTestId('notify-email');
    await box.waitFor();
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(async () => (await api<{ email: boolean }>(anna.page, baseUrl, 'GET', '/editor/notifications')).email).toBe(false);
    const other = await createPolicyDraft(ben.page, baseUrl, { title: 'Opted-out check', jurisdiction: '340000' });
    await api(ben.page, baseUrl, 'POST', `/editor/entries/${other.id}/transitions`, { action: 'submit' });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await readOutbox(mailDir)).filter((m) => m.to === rui.email && m.links.some((l) => l.includes(other.id)))).toEqual([]);
  });

  it('threw no script errors', () => {
    expect([...anna.pageErrors, ...ben.pageErrors].map((e) => e.message)).toEqual([]);
  });
});
