/**
 * Acceptance: issue no. 1 of the seed (fixtures/newsletter-seed/newsletters/001.json, as in data/seed) is published by the seeder, and
 * the same issue is re-created from the seeded entries by "compose from period" plus the domain's
 * edits (derived as in packages/domain/src/newsletter/compose.spec.ts), through the API.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { applyEdits, englishTextEdits, fromSeedNewsletter, type NewsletterEdit, type NewsletterIssue, toSeedNewsletter } from '@dualcarbon/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { signedInAgent } from './helpers/auth';
import { NEWSLETTER_SEED } from './helpers/public-app';
import { startTestApp, type TestApp } from './helpers/test-app';

const SEED_JSON = JSON.parse(readFileSync(join(NEWSLETTER_SEED, 'newsletters/001.json'), 'utf8'));
type Shaped = { sections: { code: string; groups: { items: { entry: string }[] }[] }[] };
const shape = (i: Shaped) => i.sections.map((s) => [s.code, s.groups.map((g) => g.items.map((x) => x.entry))]);

/** Groups and items in the seed's order: the composer groups as the seed does, so only order differs. */
function structuralEdits(draft: NewsletterIssue, seed: NewsletterIssue): NewsletterEdit[] {
  const groupOrder: NewsletterEdit[] = seed.sections.flatMap((s) => {
    const d = draft.sections.find((x) => x.code === s.code)!;
    const order = s.groups.map((g) => d.groups.findIndex((dg) => dg.items.some((i) => i.entry === g.items[0].entry)));
    return order.every((o, i) => o === i) ? [] : [{ op: 'reorderGroups', section: s.code, order }];
  });
  const arranged = applyEdits(draft, groupOrder);
  const itemOrder: NewsletterEdit[] = seed.sections.flatMap((s) => {
    const d = arranged.sections.find((x) => x.code === s.code)!;
    return s.groups.flatMap((g, gi): NewsletterEdit[] => {
      const want = g.items.map((i) => i.entry);
      return d.groups[gi].items.map((i) => i.entry).join() === want.join() ? [] : [{ op: 'reorderItems', section: s.code, group: gi, order: want }];
    });
  });
  return [...groupOrder, ...itemOrder];
}

describe('issue no. 1, from the seed and re-created by compose + edits', () => {
  let t: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dc-acceptance-'));
    t = await startTestApp({ env: { SEED_DIR: NEWSLETTER_SEED, DATA_DIR: dataDir } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the seeder publishes 001.json as issue no. 1 with the seed’s structure and text', async () => {
    const pub = (await request(t.app.getHttpServer()).get('/api/newsletters/1').expect(200)).body;
    expect(shape(pub)).toEqual(shape(SEED_JSON));
    const [row] = await t.db.query(`SELECT workflow_status, published_data FROM newsletters WHERE issue = 1`);
    expect(row.workflow_status).toBe('published');
    expect(toSeedNewsletter(row.published_data, 'en')).toEqual(SEED_JSON);
    expect(pub.title).toEqual({ en: 'China Carbon Neutrality Tracker Newsletter', zh: '中国碳中和追踪简报' });
  });

  it('compose over the seeded entries’ period + the domain’s edits gives 001.json', async () => {
    // Start from an empty archive: issue no. 1 is made again by hand.
    await t.db.query(`DELETE FROM newsletters WHERE issue = 1`);
    // The period the seeder's publication dates span, in China time.
    const [{ from, to }] = await t.db.query(
      `SELECT min((published_at AT TIME ZONE 'Asia/Shanghai')::date)::text AS from, max((published_at AT TIME ZONE 'Asia/Shanghai')::date)::text AS to
         FROM entries WHERE workflow_status = 'published'`,
    );
    const editor = await signedInAgent(t.app, t.db, ['editor']);
    const composed = await editor.post('/api/editor/newsletters/compose').send({ number: 1, periodFrom: from, periodTo: to }).expect(201);
    const draft: NewsletterIssue = composed.body.data;
    const seed = fromSeedNewsletter(SEED_JSON, { periodFrom: from, periodTo: to });
    const count = (i: Shaped) => i.sections.flatMap((s) => s.groups.flatMap((g) => g.items)).length;
    expect([draft.sections.map((s) => s.code), count(draft)]).toEqual([['top_news', 'subnational_updates', 'perspectives'], 31]);

    const structural = structuralEdits(draft, seed);
    const arranged = applyEdits(draft, structural);
    expect(shape(arranged)).toEqual(shape(seed));
    const text = englishTextEdits(arranged, seed);
    const edited = await editor
      .post(`/api/editor/newsletters/${composed.body.id}/edits`)
      .send({ version: 1, edits: [...structural, ...text] })
      .expect(200);
    expect(shape(edited.body.data)).toEqual(shape(SEED_JSON));
    expect(toSeedNewsletter(edited.body.data, 'en')).toEqual(SEED_JSON);
    expect(edited.body.problems).toEqual([]);

    const reviewer = await signedInAgent(t.app, t.db, ['reviewer']);
    await editor.post(`/api/editor/newsletters/${composed.body.id}/transitions`).send({ action: 'submit' }).expect(200);
    await reviewer.post(`/api/editor/newsletters/${composed.body.id}/transitions`).send({ action: 'approve' }).expect(200);
    await reviewer.post(`/api/editor/newsletters/${composed.body.id}/transitions`).send({ action: 'publish' }).expect(200);
    const pub = (await request(t.app.getHttpServer()).get('/api/newsletters/1').expect(200)).body;
    expect(shape(pub)).toEqual(shape(SEED_JSON));
    console.log(`acceptance: compose ${from}..${to} + ${structural.length} structural + ${text.length} text edits = 001.json`);
  });
});
