/**
 * Helpers for the CMS browser tests: people signed in in their own browsers, waiting for autosave,
 * creating entries through the API, the conflict dialog.
 */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type BrowserSession, type LaunchOptions } from './browser';
import { createAccount, type Role, type TestAccount } from './users';

export async function signIn(page: Page, baseUrl: string, account: TestAccount, lang: 'en' | 'zh' = 'en'): Promise<void> {
  await page.goto(`${baseUrl}/cms/${lang}/sign-in`);
  await page.locator('#sign-in-email').fill(account.email);
  await page.locator('#sign-in-password').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
}

/** Waits until the editor says everything typed is on the server. */
export async function waitSaved(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout });
}

export async function saveState(page: Page): Promise<string | null> {
  return page.locator('[data-testid="save-status"]').getAttribute('data-state');
}

/** The workflow buttons the page offers now (their action codes). */
export async function offeredActions(page: Page): Promise<string[]> {
  const buttons = page.locator('[data-testid="workflow-actions"] button[data-action]');
  return (await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-action') ?? ''))).filter(Boolean);
}

/**
 * Clicks a workflow button and, for the actions asked about first, answers the confirmation dialog;
 * returns that dialog's title and text ('' when none was asked).
 */
export async function runWorkflow(page: Page, action: string): Promise<string> {
  await page.locator(`[data-testid="workflow-actions"] [data-action="${action}"]`).click();
  const confirm = page.getByTestId('confirm-action');
  const asked = await confirm.waitFor({ timeout: 1_500 }).then(
    () => true,
    () => false,
  );
  if (!asked) return '';
  const dialog = page.getByRole('dialog');
  const text = (await dialog.innerText()).trim();
  await confirm.click();
  await dialog.waitFor({ state: 'detached' });
  return text;
}

export async function statusText(page: Page): Promise<string> {
  return (await page.locator('.entry-head [data-testid="status-badge"]').innerText()).trim();
}

/** Calls the API with the page's session (cookies) and CSRF token. */
export async function api<T = unknown>(page: Page, baseUrl: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  const cookies = await page.context().cookies(baseUrl);
  const csrf = cookies.find((c) => c.name === 'dc_csrf')?.value ?? '';
  const res = await page.request.fetch(`${baseUrl}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  expect(res.ok(), `${method} ${path} → ${res.status()} ${text.slice(0, 400)}`).toBe(true);
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface EntryDetailLike {
  id: string;
  slug: string;
  version: number;
  workflowStatus: string;
  data: Record<string, unknown> & { title: { en?: string; zh?: string }; summary: { en?: string; zh?: string } };
  availableActions: string[];
}

let counter = 0;
/** A unique slug for this run. */
export const uniqueSlug = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Creates a draft entry through the API as the page's user. */
export function createEntry(page: Page, baseUrl: string, body: Record<string, unknown>): Promise<EntryDetailLike> {
  return api<EntryDetailLike>(page, baseUrl, 'POST', '/editor/entries', body);
}

export type PolicyDraftFields = { slug?: string; title: string; jurisdiction: string } & Record<string, unknown>;

/** "Guangdong Climate Plan" → "guangdong-climate-plan". */
const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Creates a provincial policy draft through the API as the page's user: a unique slug made from
 * `slug` (by default the title's), the English title, the place's code; the other fields are added
 * (or override the level).
 */
export function createPolicyDraft(page: Page, baseUrl: string, { title, slug = slugOf(title), ...fields }: PolicyDraftFields): Promise<EntryDetailLike> {
  return createEntry(page, baseUrl, { kind: 'policy', slug: uniqueSlug(slug), title: { en: title }, level: 'provincial', ...fields });
}

/** An entry's editorial detail (working copy, state, actions) as the page's user reads it. */
export function readEntry<T extends EntryDetailLike = EntryDetailLike>(page: Page, baseUrl: string, id: string): Promise<T> {
  return api<T>(page, baseUrl, 'GET', `/editor/entries/${id}`);
}

/** An entry's page in the CMS. */
export const cmsEntryUrl = (baseUrl: string, id: string) => `${baseUrl}/cms/en/entries/${id}`;

/** The text of an element, or '' while it is not on the page (for expect.poll). */
export const textOrEmpty = (locator: Locator): Promise<string> => locator.innerText().catch(() => '');

/** Someone signed in to the CMS in a browser of their own. */
export interface SignedInBrowser extends BrowserSession {
  account: TestAccount;
}

/**
 * People signed in to the CMS, one fresh browser each, for the tests of one describe block: their
 * accounts are created and they sign in before the tests (all at once), and the browsers close after
 * them. The objects returned are filled in by that beforeAll, so read them inside the tests.
 */
export function useSignedInBrowsers(people: { name: string; roles: Role[] }[], opts: LaunchOptions = {}): SignedInBrowser[] {
  const sessions = people.map(() => ({}) as SignedInBrowser);
  beforeAll(async () => {
    const baseUrl = inject('baseUrl');
    const databaseUrl = inject('databaseUrl');
    await Promise.all(
      people.map(async (person, i) => {
        const account = await createAccount(databaseUrl, person);
        Object.assign(sessions[i], await launchBrowser({ locale: 'en-GB', ...opts }), { account });
        await signIn(sessions[i].page, baseUrl, account);
      }),
    );
  });
  afterAll(async () => {
    await Promise.all(sessions.map((s) => s.close?.()));
  });
  return sessions;
}

/** One person signed in to the CMS in a fresh browser, for the tests of one describe block (see useSignedInBrowsers). */
export const useSignedInBrowser = (person: { name: string; roles: Role[] }, opts: LaunchOptions = {}): SignedInBrowser =>
  useSignedInBrowsers([person], opts)[0];

/**
 * An account (no browser) for the tests of one describe block, created before them. The object is
 * filled in by that beforeAll, so read it inside the tests.
 */
export function useAccount(person: { name: string; roles: Role[] }): TestAccount {
  const account = {} as TestAccount;
  beforeAll(async () => {
    Object.assign(account, await createAccount(inject('databaseUrl'), person));
  });
  return account;
}

/** Anna Analyst and Ben Bianji: two editors, each signed in in a browser of their own. */
export const useTwoEditors = () =>
  useSignedInBrowsers([
    { roles: ['editor'], name: 'Anna Analyst' },
    { roles: ['editor'], name: 'Ben Bianji' },
  ]);

/** Opens an entry's editor and waits until this browser holds it (its form is editable). */
export async function openHolding(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // The form turns editable once the entry and the first heartbeat are back: seconds on a busy machine (poll's default is 1 s).
  await expect.poll(() => page.getByLabel('Summary (English)').isEditable(), { timeout: 15_000 }).toBe(true);
}

/** The dialog a save that met a newer version opens, once it is shown. */
export async function conflictDialog(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'Someone saved a newer version' });
  await dialog.waitFor();
  return dialog;
}

/** Saves what the conflict dialog merged, waits until it is on the server, and returns the entry as saved. */
export async function saveMerge(page: Page, baseUrl: string, dialog: Locator, entryId: string): Promise<EntryDetailLike> {
  await dialog.getByTestId('save-merge').click();
  await dialog.waitFor({ state: 'detached' });
  await waitSaved(page);
  return readEntry(page, baseUrl, entryId);
}

/** The draft two editors work on, and its page in the CMS. */
export interface SharedDraft {
  entry: EntryDetailLike;
  url: string;
}

/**
 * Anna and Ben (useTwoEditors) and a provincial policy draft Anna makes before the tests
 * (createPolicyDraft's fields). The draft is filled in by that beforeAll, so read it inside the tests.
 */
export function useTwoEditorsWithDraft(fields: PolicyDraftFields): [SignedInBrowser, SignedInBrowser, SharedDraft] {
  const [anna, ben] = useTwoEditors();
  const draft = {} as SharedDraft;
  beforeAll(async () => {
    const baseUrl = inject('baseUrl');
    const entry = await createPolicyDraft(anna.page, baseUrl, fields);
    Object.assign(draft, { entry, url: cmsEntryUrl(baseUrl, entry.id) });
  });
  return [anna, ben, draft];
}
