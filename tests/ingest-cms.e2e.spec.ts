/**
 * Issue 14, done when: an editor uploads a provincial carbon-peaking plan (a PDF) in the CMS, accepts the
 * suggestions, creates the draft and submits it; a second person approves and publishes it; the portal's
 * targets comparison then shows its non-fossil share, its peak year and its "as assigned" carbon-intensity
 * target beside the other jurisdictions'. The uploaded PDF is the entry's source file: editors download the
 * same bytes, the public entry names it without a link.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MARK_ZH } from '../apps/api/test/fixtures/ingest/documents.mjs';
import { renderPdf } from '../apps/api/test/fixtures/ingest/render-pdf.mjs';
import { ARTIFACTS_DIR } from './support/app';
import { launchBrowser, type BrowserSession } from './support/browser';
import { offeredActions, runWorkflow, signIn, statusText, uniqueSlug } from './support/cms';
import { createAccount, type TestAccount } from './support/users';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shot = (name: string) => join(ARTIFACTS_DIR, `ingest-${name}.png`);

const HENAN = '410000';
const TITLE_ZH = '河南省碳达峰实施方案';
const TITLE_EN = 'Henan Province Carbon Peaking Implementation Plan';
const NON_FOSSIL = '到2025年，非化石能源消费比重达到28.3%，单位地区生产总值二氧化碳排放确保完成国家下达指标。';
const PEAK = '到2030年，非化石能源消费比重达到33%左右，确保2030年前实现碳达峰。';

/** A synthetic provincial peaking plan, typeset like the ingestion fixtures (cover notice, 文号, 落款, the plan). */
function planPdf(): Promise<Buffer> {
  return renderPdf({
    pdfTitle: TITLE_ZH,
    blocks: [
      ['banner', '河南省人民政府文件'],
      ['number', '豫政〔2022〕31号'],
      ['title', `河南省人民政府关于印发《${TITLE_ZH}》的通知`],
      ['plain', '各省辖市人民政府，济源示范区管委会，省人民政府各部门：'],
      ['p', `现将《${TITLE_ZH}》印发给你们，请认真贯彻执行。`],
      ['sign', '河南省人民政府'],
      ['sign', '2022年7月8日'],
      ['break'],
      ['title', TITLE_ZH],
      ['p', '为深入贯彻落实《2030年前碳达峰行动方案》，扎实推进全省碳达峰工作，结合我省实际，制定本方案。'],
      ['h', '一、主要目标'],
      ['p', NON_FOSSIL],
      ['p', PEAK],
      ['h', '二、重点任务'],
      ['p', '推进能源绿色低碳转型，大力发展风电、光伏发电，严格合理控制煤炭消费增长，推动工业领域节能降碳。'],
      ['p', MARK_ZH],
    ],
  });
}

/** The review row of the target whose value reads like `text`. */
const targetRow = (page: Page, text: RegExp) => page.locator('[data-testid="review-targets"] [data-testid="review-item"]', { hasText: text });

async function accept(page: Page, row: ReturnType<Page['locator']>) {
  await row.waitFor();
  if ((await row.getAttribute('data-decision')) !== 'accepted') await row.locator('[data-action="accept"]').click();
  await expect.poll(() => row.getAttribute('data-decision')).toBe('accepted');
}

describe('a new entry from a provincial peaking plan PDF, through review, to the targets comparison', () => {
  let editorAccount: TestAccount;
  let reviewerAccount: TestAccount;
  let editor: BrowserSession;
  let reviewer: BrowserSession;
  let pdf: Buffer;
  const slug = uniqueSlug('henan-carbon-peaking-plan');
  let entryUrl = '';

  beforeAll(async () => {
    [editorAccount, reviewerAccount, pdf] = await Promise.all([
      createAccount(databaseUrl, { roles: ['editor'], name: 'Edna Editor' }),
      createAccount(databaseUrl, { roles: ['reviewer'], name: 'Rui Reviewer' }),
      planPdf(),
    ]);
    [editor, reviewer] = await Promise.all([launchBrowser({ locale: 'en-GB', viewport: { width: 1400, height: 900 } }), launchBrowser({ locale: 'en-GB' })]);
    await Promise.all([signIn(editor.page, baseUrl, editorAccount), signIn(reviewer.page, baseUrl, reviewerAccount)]);
  });

  afterAll(async () => {
    await Promise.all([editor?.close(), reviewer?.close()]);
  });

  it('uploads the PDF and shows the passage behind the selected suggestion', async () => {
    const { page } = editor;
    await page.goto(`${baseUrl}/cms/en`);
    await page.getByRole('link', { name: 'New entry from a document' }).click();
    await page.locator('#ingest-file').setInputFiles({ name: `${TITLE_ZH}.pdf`, mimeType: 'application/pdf', buffer: pdf });
    await page.locator('[data-testid="review-item"]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#ingest-document-title').innerText()).toBe(`${TITLE_ZH}.pdf`);
    expect(await page.getByTestId('document-text').innerText()).toContain('确保2030年前实现碳达峰');

    // Selecting a target marks its clause in the document.
    const nonFossil = targetRow(page, /Non-fossil.*2025/);
    await nonFossil.click();
    await expect.poll(() => page.getByTestId('evidence').innerText()).toContain('28.3%');
    await page.screenshot({ path: shot('review') });
  });

  it('accepts the suggestions, adds the English title and creates the draft with the PDF as its source file', async () => {
    const { page } = editor;
    await page.getByTestId('accept-confident').click();
    for (const row of [
      page.locator('[data-testid="review-item"][data-id="title.zh"]'),
      page.locator('[data-testid="review-item"][data-id="place"]'),
      targetRow(page, /Non-fossil.*2025/),
      targetRow(page, /peak/i),
      targetRow(page, /Carbon intensity.*as assigned/i),
    ])
      await accept(page, row);
    expect(await page.locator('[data-id="place"] .review-item__value').innerText()).toContain('Henan');

    const titleEn = page.locator('[data-testid="review-item"][data-id="title.en"]');
    await titleEn.locator('[data-action="edit"]').click();
    await titleEn.getByLabel('Title (English)').fill(TITLE_EN);
    await titleEn.getByRole('button', { name: 'Use this' }).click();
    await expect.poll(() => titleEn.getAttribute('data-decision')).toBe('accepted');
    expect(await page.locator('#ingest-slug').inputValue()).toBe('henan-province-carbon-peaking-implementation-plan');
    await page.locator('#ingest-slug').fill(slug);
    await page.getByTestId('create-draft').click();
    await page.waitForURL(/\/cms\/en\/entries\/[0-9a-f-]{36}$/);
    entryUrl = page.url();

    // The editor opens on the draft: its targets, and the uploaded PDF among its sources, downloadable as uploaded.
    await expect.poll(() => page.locator('#f-title-zh').inputValue()).toBe(TITLE_ZH);
    const link = page.getByTestId('source-file').getByRole('link', { name: `Download ${TITLE_ZH}.pdf` });
    await link.waitFor();
    const download = await page.request.get(new URL((await link.getAttribute('href'))!, baseUrl).toString());
    expect(download.status()).toBe(200);
    const bytes = await download.body();
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
    await page.locator('#f-sources').screenshot({ path: shot('draft-sources') });

    await runWorkflow(page, 'submit');
    await expect.poll(() => statusText(page)).toBe('In review');
  });

  it('is approved and published by a second person', async () => {
    const { page } = reviewer;
    await page.goto(`${entryUrl}/review`);
    await expect.poll(() => offeredActions(page)).toContain('approve');
    await page.locator('[data-action="approve"]').click();
    await expect.poll(() => statusText(page)).toBe('Approved');
    await runWorkflow(page, 'publish');
    await expect.poll(() => statusText(page)).toBe('Published');
    await expect.poll(async () => (await page.request.get(`${baseUrl}/api/entries/${slug}`)).status(), { timeout: 15_000 }).toBe(200);
  });

  it('shows its non-fossil share, peak year and "as assigned" carbon-intensity target beside the other jurisdictions', async () => {
    const { page } = reviewer;
    const row = () => page.locator(`.target-rows tr[data-code="${HENAN}"]`);
    const others = () => page.locator(`.target-rows tbody tr:not([data-code="${HENAN}"])`).count();

    await page.goto(`${baseUrl}/en/targets?metric=non_fossil_share&targetYear=2025`);
    await expect.poll(() => row().locator('td.value').innerText()).toBe('28.3%');
    expect(await others()).toBeGreaterThan(0);
    await page.screenshot({ path: shot('portal-non-fossil'), fullPage: true });

    await page.goto(`${baseUrl}/en/targets?metric=co2_emissions&targetYear=2030`);
    await expect.poll(() => row().locator('td.value').innerText()).toMatch(/peak/i);
    expect(await row().innerText()).toMatch(/2030/);
    expect(await others()).toBeGreaterThan(0);
    await page.screenshot({ path: shot('portal-peak'), fullPage: true });

    await page.goto(`${baseUrl}/en/targets?metric=carbon_intensity&targetYear=2025`);
    await expect.poll(() => row().locator('td.value').innerText()).toMatch(/as assigned/i);
    expect(await others()).toBeGreaterThan(0);
    await page.screenshot({ path: shot('portal-assigned'), fullPage: true });
  });

  it('names the source document on the public entry without a link to the editors’ copy', async () => {
    const res = await fetch(`${baseUrl}/api/entries/${slug}`);
    const entry = (await res.json()) as { sources: Array<Record<string, unknown>> };
    expect(entry.sources).toEqual([{ title: TITLE_ZH, language: 'zh', official: true }]);
    const { page } = reviewer;
    await page.goto(`${baseUrl}/en/entries/${slug}`);
    const sources = page.locator('.source-list li');
    await expect.poll(() => sources.innerText()).toContain(TITLE_ZH);
    expect(await sources.locator('a').count()).toBe(0);
  });

  it('takes it off the public site again (leaving the portal as the other tests expect it)', async () => {
    const { page } = reviewer;
    await page.goto(entryUrl);
    await runWorkflow(page, 'unpublish');
    await expect.poll(() => statusText(page)).toBe('Unpublished');
    await expect.poll(async () => (await page.request.get(`${baseUrl}/api/entries/${slug}`)).status()).toBe(404);
  });

  it('threw no script errors', () => {
    expect([...editor.pageErrors, ...reviewer.pageErrors].map((e) => e.message)).toEqual([]);
  });
});
