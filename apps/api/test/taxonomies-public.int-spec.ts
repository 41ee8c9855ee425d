import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, publish, startEditorialApp, team, type Team } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

type Term = { code: string; en: string; zh: string; parent: string | null; sort: number; keywords: string[]; unit: string | null };

/** GET /api/taxonomies: the terms the portal and the CMS build their vocabularies from. */
describe('public taxonomy terms (real PostgreSQL)', () => {
  let t: TestApp;
  let people: Team;
  const http = () => request(t.app.getHttpServer());
  const admin = (taxonomy: string, rest = '') => `/api/admin/taxonomies/${taxonomy}${rest}`;
  const codes = (list: Term[]) => list.map((x) => x.code);

  beforeAll(async () => {
    t = await startEditorialApp();
    people = await team(t);
  });
  afterAll(() => t?.close());

  it('lists every open taxonomy flat, in order, with labels, parents, keywords and units, publicly and cacheably', async () => {
    const res = await http().get('/api/taxonomies').expect(200);
    expect(Object.keys(res.body).sort()).toEqual(['instruments', 'issuers', 'metrics', 'sectors', 'themes']);
    const hydrogen = (res.body.sectors as Term[]).find((x) => x.code === 'energy.hydrogen');
    expect(hydrogen).toMatchObject({ en: 'Hydrogen', zh: '氢能', parent: 'energy', keywords: expect.arrayContaining(['hydrogen']) });
    expect((res.body.metrics as Term[]).find((x) => x.code === 'carbon_intensity')?.unit).toBe('%');
    expect(res.headers['cache-control']).toContain('public');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const etag = res.headers.etag as string;
    await http().get('/api/taxonomies').set('If-None-Match', etag).expect(304);
  });

  it('follows admins: an added term shows at once with its labels, a renamed one with its new labels, merged and deleted ones go', async () => {
    await people.admin
      .post(admin('sectors'))
      .send({ code: 'mining', en: 'Mining', zh: '采矿', parent: 'industry', keywords: ['mine'] })
      .expect(201);
    await people.admin.post(admin('sectors')).send({ code: 'quarries', en: 'Quarries', zh: '采石' }).expect(201);
    await people.admin.post(admin('themes')).send({ code: 'gone', en: 'Gone', zh: '无' }).expect(201);
    let sectors = (await http().get('/api/taxonomies').expect(200)).body.sectors as Term[];
    expect(sectors.find((x) => x.code === 'mining')).toMatchObject({ en: 'Mining', zh: '采矿', parent: 'industry', keywords: ['mine'] });

    await people.admin.patch(admin('sectors', '/mining')).send({ en: 'Mining and quarrying', zh: '采矿业' }).expect(200);
    const draft = await createDraft(people.editor, 'quarry-plan', { sectors: ['quarries'] });
    await publish({ author: people.editor, reviewer: people.reviewer }, draft.id);
    await people.admin.post(admin('sectors', '/quarries/merge')).send({ into: 'mining' }).expect(200);
    await people.admin.delete(admin('themes', '/gone')).expect(204);

    const body = (await http().get('/api/taxonomies').expect(200)).body as Record<string, Term[]>;
    sectors = body.sectors;
    expect(sectors.find((x) => x.code === 'mining')).toMatchObject({ en: 'Mining and quarrying', zh: '采矿业' });
    expect(codes(sectors)).not.toContain('quarries');
    expect(codes(body.themes)).not.toContain('gone');
  });
});
