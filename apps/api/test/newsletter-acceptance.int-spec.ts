/**
 * Acceptance: issue no. 1 of the seed (fixtures/newsletter-seed/newsletters/001.json, as in data/seed) is published by the seeder, and
 * the same issue is re-created from the seeded entries by "compose from period" plus the domain's
 * edits (derived as in packages/domain/src/newsletter/compose.spec.ts), through the API.
 */
import { applyEdits, fromSeedNewsletter, toSeedNewsletter, type NewsletterEdit, type NewsletterIssue } from '@dualcarbon/domain';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** What an editor types: the seed's text, only where the draft differs (as in the domain's spec). */
function textEdits(arranged: NewsletterIssue, seed: NewsletterIssue): NewsletterEdit[] {
  const edits: NewsletterEdit[] = [{ op: 'editIssue', imageCredit: { en: SEED_JSON.imageCredit }, about: seed.about }];
  seed.sections.forEach((s, si) =>
    s.groups.forEach((g, gi) => {
      const d = arranged.sections[si].groups[gi];
      if (d.heading.en !== g.heading.en || d.lead?.en !== g.lead?.en || g.sharedBullets) {
        edits.push({
          op: 'editGroup',
          section: s.code,
          group: gi,
          heading: { en: g.heading.en ?? null },
          lead: g.lead ?? null,
          sharedBullets: g.sharedBullets ?? null,
        });
      }
      g.items.forEach((it, ii) => {
        const di = d.items[ii];
        if (di.blurb.en === it.blurb.en && JSON.stringify(di.bullets) === JSON.stringify(it.bullets) && di.lead?.en === it.lead?.en) return;
        edits.push({ op: 'editItem', entry: it.entry, blurb: { en: it.blurb.en ?? null }, bullets: it.bullets, lead: it.lead ?? null });
      });
    }),
  );
  return edits;
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
    const text = textEdits(arranged, seed);
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
