import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAgent, type SignedInAgent } from './helpers/auth';
import { createDraft, entryInput, publish, startEditorialApp } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

describe('taxonomy administration (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: SignedInAgent;
  let editor: SignedInAgent;
  let reviewer: SignedInAgent;
  const url = (taxonomy: string, rest = '') => `/api/admin/taxonomies/${taxonomy}${rest}`;
  const term = async (taxonomy: string, code: string) =>
    (await t.db.query(`SELECT * FROM taxonomy_terms WHERE taxonomy = $1 AND code = $2`, [taxonomy, code]))[0];

  beforeAll(async () => {
    t = await startEditorialApp();
    [admin, editor, reviewer] = await Promise.all([
      signedInAgent(t.app, t.db, ['admin']),
      signedInAgent(t.app, t.db, ['editor']),
      signedInAgent(t.app, t.db, ['reviewer']),
    ]);
  });
  afterAll(() => t?.close());

  it('answers 404 for taxonomy names that are Object.prototype members (found by the fuzz test)', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const res = await admin.get(url(name));
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('taxonomy/not_found');
    }
  });

  it('lists a taxonomy as a tree with usage counts', async () => {
    const res = await editor.get(url('sectors')).expect(200);
    const energy = res.body.items.find((i: { code: string }) => i.code === 'energy');
    expect(energy).toMatchObject({ en: 'Energy and power', zh: '能源电力', parent: null, origin: 'seed' });
    expect(energy.children.map((c: { code: string }) => c.code)).toContain('energy.hydrogen');
    const environment = res.body.items.find((i: { code: string }) => i.code === 'environment');
    expect(environment.usage).toBe(1); // the fixture's Guangdong plan
    expect((await editor.get(url('metrics')).expect(200)).body.items.find((i: { code: string }) => i.code === 'carbon_intensity').usage).toBeGreaterThan(0);
    expect((await admin.get(url('colours')).expect(404)).body.code).toBe('taxonomy/not_found');
  });

  it('creates, renames, nests and reorders terms (admins only), keeping codes stable', async () => {
    expect((await editor.post(url('sectors')).send({ code: 'mining', en: 'Mining', zh: '采矿' }).expect(403)).body.code).toBe('auth/forbidden');
    const created = await admin
      .post(url('sectors'))
      .send({ code: 'mining', en: 'Mining', zh: '采矿', keywords: ['mine'] })
      .expect(201);
    expect(created.body).toMatchObject({ code: 'mining', parent: null, origin: 'admin', usage: 0 });
    expect((await admin.post(url('sectors')).send({ code: 'mining', en: 'x', zh: 'x' }).expect(409)).body.code).toBe('taxonomy/code_taken');
    // New terms are usable at once.
    await createDraft(editor, 'mining-plan', { sectors: ['mining'] });

    const renamed = await admin.patch(url('sectors', '/mining')).send({ en: 'Mining and quarrying', zh: '采矿业', parent: 'industry' }).expect(200);
    expect(renamed.body).toMatchObject({ code: 'mining', en: 'Mining and quarrying', zh: '采矿业', parent: 'industry', usage: 1 });
    const cycle = await admin.patch(url('sectors', '/energy')).send({ parent: 'energy.hydrogen' }).expect(422);
    expect(cycle.body.code).toBe('taxonomy/invalid_parent');
    await admin.patch(url('sectors', '/energy')).send({ parent: 'energy' }).expect(422);
    await admin.patch(url('sectors', '/nothing')).send({ en: 'x' }).expect(404);

    const order = await admin
      .post(url('sectors', '/reorder'))
      .send({ codes: ['industry', 'energy'] })
      .expect(200);
    expect(order.body.items.slice(0, 2).map((i: { code: string }) => i.code)).toEqual(['industry', 'energy']);
    expect((await t.db.query(`SELECT action FROM audit_log WHERE entity_type LIKE 'taxonomy%' ORDER BY id`)).map((r: { action: string }) => r.action)).toEqual([
      'taxonomy.create',
      'taxonomy.update',
      'taxonomy.reorder',
    ]);
  });

  it('refuses to delete a term in use, with its usage count; deletes an unused one for good', async () => {
    const res = await admin.delete(url('sectors', '/environment')).expect(409);
    expect(res.body).toEqual({ statusCode: 409, code: 'taxonomy/term_in_use', message: expect.stringContaining('environment'), usage: 1 });
    const parent = await admin.delete(url('sectors', '/industry')).expect(409);
    expect(parent.body).toMatchObject({ code: 'taxonomy/term_has_children', children: expect.arrayContaining(['mining', 'industry.steel']) });
    await admin.post(url('themes')).send({ code: 'spare_theme', en: 'Spare', zh: '备用' }).expect(201);
    await admin.delete(url('themes', '/spare_theme')).expect(204);
    await admin.delete(url('themes', '/adaptation')).expect(204);
    expect((await editor.get(url('themes')).expect(200)).body.items.map((i: { code: string }) => i.code)).not.toContain('adaptation');

    // The seeder keeps admins' changes: renamed labels stay, deleted seed terms stay deleted.
    await t.db.query(`DELETE FROM seed_runs WHERE name = 'reference'`);
    await t.seed();
    expect(await term('theme', 'adaptation')).toMatchObject({ origin: 'admin', deleted_at: expect.any(Date) });
    expect(await term('sector', 'mining')).toMatchObject({ label_en: 'Mining and quarrying' });
    const bad = await editor
      .post('/api/editor/entries')
      .send(entryInput('adaptation-plan', { themes: ['adaptation'] }))
      .expect(422);
    expect(bad.body.issues).toEqual([expect.objectContaining({ path: 'themes.0', code: 'entry/unknown_theme' })]);
  });

  it('merges a term into another, re-tagging its entries in one go', async () => {
    const live = await createDraft(editor, 'merge-live-plan', { themes: ['carbon_dual_control', 'pollution_carbon_synergy'] });
    await publish({ author: editor, reviewer }, live.id);
    // A working revision on the live entry uses the term too.
    await editor
      .put(`/api/editor/entries/${live.id}`)
      .send({ version: 1, data: entryInput('merge-live-plan', { themes: ['carbon_dual_control'], publisher: 'Rev' }) })
      .expect(200);
    const draft = await createDraft(editor, 'merge-draft-plan', { themes: ['carbon_dual_control'] });

    expect((await admin.post(url('themes', '/carbon_dual_control/merge')).send({ into: 'carbon_dual_control' }).expect(422)).body.code).toBe(
      'taxonomy/invalid_merge',
    );
    const merged = await admin.post(url('themes', '/carbon_dual_control/merge')).send({ into: 'pollution_carbon_synergy' }).expect(200);
    expect(merged.body).toMatchObject({ merged: 'carbon_dual_control', into: 'pollution_carbon_synergy', observations: 0 });
    expect([...merged.body.retagged].sort()).toEqual([live.id, draft.id].sort());

    const publicCopy = await request(t.app.getHttpServer()).get('/api/entries/merge-live-plan').expect(200);
    expect(publicCopy.body.themes).toEqual(['pollution_carbon_synergy']);
    const detail = (await editor.get(`/api/editor/entries/${live.id}`).expect(200)).body;
    expect(detail).toMatchObject({ version: 4, hasWorkingRevision: true, data: { themes: ['pollution_carbon_synergy'], publisher: 'Rev' } });
    expect((await editor.get(`/api/editor/entries/${draft.id}`).expect(200)).body).toMatchObject({
      version: 2,
      data: { themes: ['pollution_carbon_synergy'] },
    });
    const notes = await t.db.query(`SELECT version, note FROM entry_revisions WHERE entry_id = $1 ORDER BY version`, [live.id]);
    expect(notes.map((n: { note: string }) => n.note)).toEqual(['create', 'save', 'retag', 'retag']);
    expect(await term('theme', 'carbon_dual_control')).toMatchObject({ merged_into: 'pollution_carbon_synergy', deleted_at: expect.any(Date) });
    const audits = await t.db.query(`SELECT action FROM audit_log WHERE action IN ('taxonomy.merge', 'entry.retag')`);
    expect(audits).toHaveLength(3);
  });

  it('refuses merges that would break the tree or the units', async () => {
    expect((await admin.post(url('sectors', '/energy/merge')).send({ into: 'energy.hydrogen' }).expect(422)).body.code).toBe('taxonomy/invalid_merge');
    expect((await admin.post(url('metrics', '/carbon_intensity/merge')).send({ into: 'nev_ownership' }).expect(422)).body.message).toMatch(/%/);
    // Children move to the term merged into.
    await admin.post(url('sectors', '/energy.fossil/merge')).send({ into: 'industry' }).expect(200);
    await admin.post(url('sectors')).send({ code: 'energy.coal', en: 'Coal', zh: '煤炭', parent: 'energy' }).expect(201);
    await admin.post(url('sectors', '/energy/merge')).send({ into: 'cross_cutting' }).expect(200);
    expect((await term('sector', 'energy.coal')).parent_code).toBe('cross_cutting');
  });
});
