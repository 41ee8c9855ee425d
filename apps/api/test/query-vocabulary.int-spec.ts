import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.factory';
import { signedInAgent } from './helpers/auth';
import { createDraft, publish, startEditorialApp, team, type Team } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

type Issue = { path: string; message: string };

/**
 * The public entry filters accept the taxonomy terms the database has now (admins add, delete and
 * merge them), on every route that takes them, and refuse everything else with the usual 400.
 */
describe('entry filters follow the taxonomy admins maintain (real PostgreSQL)', () => {
  let t: TestApp;
  let people: Team;
  const http = () => request(t.app.getHttpServer());
  const sectors = (rest = '') => `/api/admin/taxonomies/sectors${rest}`;

  /** 400 request/invalid with an issue naming `param`. */
  async function refused(url: string, param: string): Promise<Issue> {
    const res = await http().get(url).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'request/invalid', message: expect.stringContaining(`${param}: `) });
    const issue = (res.body.issues as Issue[]).find((i) => i.path === param);
    expect(issue, JSON.stringify(res.body)).toBeDefined();
    return issue!;
  }

  beforeAll(async () => {
    t = await startEditorialApp();
    people = await team(t);
  });
  afterAll(() => t?.close());

  it('accepts a sector an admin added, on search, facets, statistics, export and feeds', async () => {
    expect((await refused('/api/entries?sector=mining', 'sector')).message).toContain('"mining"');

    await people.admin.post(sectors()).send({ code: 'mining', en: 'Mining', zh: '采矿' }).expect(201);
    const draft = await createDraft(people.editor, 'mining-plan', { sectors: ['mining'] });
    await publish({ author: people.editor, reviewer: people.reviewer }, draft.id);

    const search = await http().get('/api/entries?sector=mining').expect(200);
    expect(search.body.items.map((i: { slug: string }) => i.slug)).toEqual(['mining-plan']);
    expect(search.body.total).toBe(1);
    expect(search.body.facets.sector).toContainEqual({ value: 'mining', count: 1 });
    expect((await http().get('/api/entries').expect(200)).body.facets.sector).toContainEqual({ value: 'mining', count: 1 });

    expect((await http().get('/api/stats?sector=mining').expect(200)).body.total).toBe(1);
    const csv = await http().get('/api/export/entries.csv?sector=mining').expect(200);
    expect(csv.text).toContain('mining-plan');
    expect((await http().get('/api/export/entries.json?sector=mining').expect(200)).body.total).toBe(1);
    const feed = await http().get('/api/feeds/entries.atom?sector=mining').expect(200);
    expect(feed.text).toContain('/en/entries/mining-plan');
  });

  it('counts a sub-sector an admin nested under a parent as part of that parent (by parent, whatever its code)', async () => {
    await people.admin.post(sectors()).send({ code: 'ccus', en: 'Carbon capture, use and storage', zh: '碳捕集利用与封存', parent: 'energy' }).expect(201);
    const draft = await createDraft(people.editor, 'ccus-pilot-plan', { sectors: ['ccus'] });
    await publish({ author: people.editor, reviewer: people.reviewer }, draft.id);

    const energy = await http().get('/api/entries?sector=energy&pageSize=100').expect(200);
    expect(energy.body.items.map((i: { slug: string }) => i.slug)).toContain('ccus-pilot-plan');
    const all = (await http().get('/api/entries').expect(200)).body.facets.sector as { value: string; count: number }[];
    expect(all).toContainEqual({ value: 'ccus', count: 1 });
    expect(all.find((v) => v.value === 'energy')!.count).toBe(energy.body.total);
    // Its region's page counts it under energy too (one rule for both); the draft is Guangdong's.
    const guangdong = (await http().get('/api/regions/440000').expect(200)).body.bySector as { code: string; count: number }[];
    expect(guangdong.find((s) => s.code === 'ccus')?.count).toBe(1);
    expect(guangdong.find((s) => s.code === 'energy')!.count).toBeGreaterThanOrEqual(1);
  });

  it('still refuses codes nobody added, naming the parameter and the current terms', async () => {
    for (const route of ['/api/entries', '/api/stats', '/api/export/entries.csv', '/api/feeds/entries.atom']) {
      const issue = await refused(`${route}?sector=quarrying`, 'sector');
      expect(issue.message).toContain('Unknown sector "quarrying". Allowed values:');
      expect(issue.message).toContain('mining');
    }
    await refused('/api/entries?theme=mining', 'theme');
  });

  it('refuses a code again once its term is deleted or merged away', async () => {
    await people.admin.post('/api/admin/taxonomies/themes').send({ code: 'spare_theme', en: 'Spare', zh: '备用' }).expect(201);
    expect((await http().get('/api/entries?theme=spare_theme').expect(200)).body.total).toBe(0);
    await people.admin.delete('/api/admin/taxonomies/themes/spare_theme').expect(204);
    await refused('/api/entries?theme=spare_theme', 'theme');
    await refused('/api/export/entries.csv?theme=spare_theme', 'theme');

    // A used term cannot be deleted (by design); merging re-tags its entries and retires the code.
    await people.admin.delete(sectors('/mining')).expect(409);
    await people.admin.post(sectors('/mining/merge')).send({ into: 'industry' }).expect(200);
    await refused('/api/entries?sector=mining', 'sector');
    await refused('/api/feeds/entries.atom?sector=mining', 'sector');
    const industry = await http().get('/api/entries?sector=industry&pageSize=100').expect(200);
    expect(industry.body.items.map((i: { slug: string }) => i.slug)).toContain('mining-plan');
  });

  describe('with a second replica on the same database', () => {
    let other: NestExpressApplication;
    beforeAll(async () => {
      other = await createApp({ config: t.config, databaseUrl: t.database.url, logger: pino({ level: 'silent' }) });
    });
    afterAll(() => other?.close());

    it('editors there may use a new term at once; its public filters accept it within a second or two', async () => {
      const editor = await signedInAgent(other, t.db, ['editor']);
      const pub = () => request(other.getHttpServer());
      // Both caches warm on the other replica before the change.
      await createDraft(editor, 'warm-plan', { sectors: ['energy'] });
      expect((await pub().get('/api/entries?sector=offshore_wind').expect(400)).body.issues[0].path).toBe('sector');

      await people.admin.post(sectors()).send({ code: 'offshore_wind', en: 'Offshore wind', zh: '海上风电', parent: 'energy' }).expect(201);
      await createDraft(editor, 'offshore-plan', { sectors: ['offshore_wind'] });

      const started = Date.now();
      let status = 400;
      while (status === 400 && Date.now() - started < 5000) {
        status = (await pub().get('/api/entries?sector=offshore_wind')).status;
        if (status === 400) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(200);
      expect(Date.now() - started).toBeLessThan(2500);
    });
  });
});
