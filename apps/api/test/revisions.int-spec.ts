import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAgent, type SignedInAgent } from './helpers/auth';
import { createDraft, entryInput, publish, startEditorialApp } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

describe('revisions: history, diff, restore (real PostgreSQL)', () => {
  let t: TestApp;
  let editor: SignedInAgent;
  let reviewer: SignedInAgent;
  let id: string;
  const base = () => `/api/editor/entries/${id}`;
  const target = (value: number) => [{ metric: 'carbon_intensity', targetYear: 2025, value, unit: '%', comparison: 'reduction' as const, baseYear: 2020 }];

  beforeAll(async () => {
    t = await startEditorialApp();
    [editor, reviewer] = await Promise.all([signedInAgent(t.app, t.db, ['editor'], { name: 'Rev Editor' }), signedInAgent(t.app, t.db, ['reviewer'])]);
    id = (await createDraft(editor, 'history-plan')).id;
    await editor
      .put(base())
      .send({ version: 1, data: entryInput('history-plan', { title: { en: 'History plan, renamed', zh: '测试方案' } }) })
      .expect(200);
    await editor
      .put(base())
      .send({ version: 2, data: entryInput('history-plan', { title: { en: 'History plan, renamed', zh: '测试方案' }, targets: target(20) }) })
      .expect(200);
  });
  afterAll(() => t?.close());

  it('keeps every saved state, newest first', async () => {
    const res = await editor.get(`${base()}/revisions`).expect(200);
    expect(res.body).toMatchObject({ total: 3, page: 1 });
    expect(res.body.items.map((r: { version: number; note: string; current: boolean }) => [r.version, r.note, r.current])).toEqual([
      [3, 'save', true],
      [2, 'save', false],
      [1, 'create', false],
    ]);
    expect(res.body.items[0]).toMatchObject({ workflowStatus: 'draft', createdBy: { name: 'Rev Editor' }, published: false });
    const one = await editor.get(`${base()}/revisions/1`).expect(200);
    expect(one.body.data.title.en).toBe('Test plan history-plan');
    expect((await editor.get(`${base()}/revisions/99`).expect(404)).body.code).toBe('revision/not_found');
  });

  it('diffs any two versions field by field', async () => {
    const res = await editor.get(`${base()}/revisions/diff?from=1&to=3`).expect(200);
    expect(res.body.changes).toEqual([
      { path: 'title.en', type: 'changed', before: 'Test plan history-plan', after: 'History plan, renamed' },
      { path: 'targets.0.value', type: 'changed', before: 18, after: 20 },
    ]);
    expect(res.body.from).toMatchObject({ ref: 1, version: 1 });
    const none = await editor.get(`${base()}/revisions/diff?from=3&to=current`).expect(200);
    expect(none.body.changes).toEqual([]);
    await editor.get(`${base()}/revisions/diff?from=latest`).expect(400);
    expect((await editor.get(`${base()}/revisions/diff?from=published`).expect(404)).body.code).toBe('revision/not_found');
  });

  it('diffs the working revision against the published version', async () => {
    await publish({ author: editor, reviewer }, id);
    await editor
      .put(base())
      .send({ version: 3, data: entryInput('history-plan', { title: { en: 'History plan, renamed', zh: '测试方案' }, targets: target(25) }) })
      .expect(200);
    const res = await editor.get(`${base()}/revisions/diff`).expect(200);
    expect(res.body.from).toMatchObject({ ref: 'published', version: 3 });
    expect(res.body.to).toMatchObject({ ref: 'current', version: 4 });
    expect(res.body.changes).toEqual([{ path: 'targets.0.value', type: 'changed', before: 20, after: 25 }]);
  });

  it('restores an old version as a new draft revision, leaving the public copy alone', async () => {
    const restored = await editor.post(`${base()}/revisions/1/restore`).set('If-Match', '"4"').expect(200);
    expect(restored.body).toMatchObject({ version: 5, workflowStatus: 'draft', entryStatus: 'published', data: { title: { en: 'Test plan history-plan' } } });
    expect(restored.body.data.targets[0].value).toBe(18);
    const live = await request(t.app.getHttpServer()).get('/api/entries/history-plan').expect(200);
    expect(live.body.targets[0].value).toBe(20);
    const list = await editor.get(`${base()}/revisions?pageSize=2`).expect(200);
    expect(list.body.items.map((r: { version: number; note: string }) => [r.version, r.note])).toEqual([
      [5, 'restore:1'],
      [4, 'save'],
    ]);
    expect((await editor.post(`${base()}/revisions/2/restore`).send({ version: 4 }).expect(409)).body.code).toBe('entry/stale_version');
    const [audit] = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'entry.restore_revision'`, [id]);
    expect(audit).toBeTruthy();
  });

  it('lists one autosave per person (those the same person superseded are folded), keeping the versions workflow moves went through', async () => {
    const other = await signedInAgent(t.app, t.db, ['editor'], { name: 'Other Editor' });
    const d = await createDraft(editor, 'autosave-plan');
    let v = 1;
    const autosave = async (who: SignedInAgent, summary: string) => {
      const res = await who
        .put(`/api/editor/entries/${d.id}?autosave=true`)
        .send({ version: v, data: entryInput('autosave-plan', { summary: { en: summary } }) })
        .expect(200);
      v = res.body.version;
    };
    for (const n of [1, 2, 3, 4, 5]) await autosave(editor, `Mine ${n}`); // v2..v6
    await editor.post(`/api/editor/entries/${d.id}/transitions`).send({ action: 'submit' }).expect(200);
    await editor.post(`/api/editor/entries/${d.id}/transitions`).send({ action: 'withdraw' }).expect(200);
    for (const n of [6, 7]) await autosave(editor, `Mine ${n}`); // v7, v8
    for (const n of [1, 2]) await autosave(other, `Theirs ${n}`); // v9, v10
    await autosave(editor, 'Mine 8'); // v11

    const list = (await editor.get(`/api/editor/entries/${d.id}/revisions`).expect(200)).body;
    expect(list.items.map((r: { version: number; note: string }) => [r.version, r.note])).toEqual([
      [11, 'autosave'],
      [10, 'autosave'],
      [6, 'autosave'],
      [1, 'create'],
    ]);
    expect(list).toMatchObject({ total: 4, foldedAutosaves: 7 });
    const all = (await editor.get(`/api/editor/entries/${d.id}/revisions?autosaves=all`).expect(200)).body;
    expect(all).toMatchObject({ total: 11, foldedAutosaves: 0 });
    // A discard by the same person does not fold what it discarded.
    await publish({ author: editor, reviewer }, d.id);
    await autosave(editor, 'Mine 9'); // v12, working revision
    await autosave(editor, 'Mine 10'); // v13
    const dropped = await editor.post(`/api/editor/entries/${d.id}/transitions`).send({ action: 'discard' }).expect(200);
    const after = (await editor.get(`/api/editor/entries/${d.id}/revisions`).expect(200)).body;
    expect(after.items.slice(0, 2).map((r: { version: number; note: string }) => [r.version, r.note])).toEqual([
      [dropped.body.version, 'discard'],
      [13, 'autosave'],
    ]);
    // Folded versions are still there to read and compare.
    expect((await editor.get(`/api/editor/entries/${d.id}/revisions/3`).expect(200)).body.data.summary.en).toBe('Mine 2');
    expect((await editor.get(`/api/editor/entries/${d.id}/revisions?autosaves=some`).expect(400)).body.code).toBe('request/invalid');
  });
});
