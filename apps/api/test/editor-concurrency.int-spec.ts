import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAgent, type SignedInAgent } from './helpers/auth';
import { createDraft, entryInput, publish, startEditorialApp } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

describe('no lost edits: optimistic versions (real PostgreSQL)', () => {
  let t: TestApp;
  let editor: SignedInAgent;
  let other: SignedInAgent;
  let reviewer: SignedInAgent;

  beforeAll(async () => {
    t = await startEditorialApp();
    [editor, other, reviewer] = await Promise.all([
      signedInAgent(t.app, t.db, ['editor'], { name: 'First Writer' }),
      signedInAgent(t.app, t.db, ['editor'], { name: 'Second Writer' }),
      signedInAgent(t.app, t.db, ['reviewer']),
    ]);
  });
  afterAll(() => t?.close());

  it('lets exactly one of 50 concurrent saves of the same version win', async () => {
    const d = await createDraft(editor, 'race-plan');
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        editor
          .put(`/api/editor/entries/${d.id}`)
          .set('If-Match', '"1"')
          .send(entryInput('race-plan', { summary: { en: `Save number ${i}` } })),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = responses.find((r) => r.status === 200)!.body;
    expect(winner.version).toBe(2);
    for (const r of responses.filter((x) => x.status === 409)) {
      expect(r.body).toMatchObject({
        code: 'entry/stale_version',
        current: { version: 2, data: { summary: { en: winner.data.summary.en } }, updatedBy: { name: 'First Writer' } },
      });
    }
    const [{ n }] = await t.db.query(`SELECT count(*)::int n FROM entry_revisions WHERE entry_id = $1`, [d.id]);
    expect(n).toBe(2);
  });

  it('answers a stale save with the current state and never overwrites it', async () => {
    const d = await createDraft(editor, 'stale-plan');
    await other
      .put(`/api/editor/entries/${d.id}`)
      .send({ version: 1, data: entryInput('stale-plan', { publisher: 'Second' }) })
      .expect(200);
    const stale = await editor
      .put(`/api/editor/entries/${d.id}`)
      .send({ version: 1, data: entryInput('stale-plan', { publisher: 'First' }) })
      .expect(409);
    expect(stale.body).toEqual({
      statusCode: 409,
      code: 'entry/stale_version',
      message: expect.stringContaining('version 1'),
      current: {
        version: 2,
        data: expect.objectContaining({ publisher: 'Second' }),
        updatedBy: { id: other.user.id, name: 'Second Writer', email: other.user.email },
        updatedAt: expect.any(String),
      },
    });
    const now = await editor.get(`/api/editor/entries/${d.id}`).expect(200);
    expect(now.body.data.publisher).toBe('Second');
    expect(now.headers.etag).toBe('"2"');
  });

  it('puts autosaves through the same check and records them', async () => {
    const d = await createDraft(editor, 'autosave-plan');
    await editor
      .put(`/api/editor/entries/${d.id}?autosave=true`)
      .set('If-Match', '"1"')
      .send(entryInput('autosave-plan', { publisher: 'A' }))
      .expect(200);
    const stale = await other
      .put(`/api/editor/entries/${d.id}?autosave=true`)
      .set('If-Match', '"1"')
      .send(entryInput('autosave-plan', { publisher: 'B' }))
      .expect(409);
    expect(stale.body.code).toBe('entry/stale_version');
    const [rev] = await t.db.query(`SELECT note FROM entry_revisions WHERE entry_id = $1 AND version = 2`, [d.id]);
    expect(rev.note).toBe('autosave');
    // An autosave with nothing new keeps the version.
    const same = await editor
      .put(`/api/editor/entries/${d.id}?autosave=true`)
      .set('If-Match', '"2"')
      .send(entryInput('autosave-plan', { publisher: 'A' }))
      .expect(200);
    expect(same.body.version).toBe(2);
    const [audit] = await t.db.query(`SELECT action, before, after FROM audit_log WHERE entity_id = $1 AND action = 'entry.autosave'`, [d.id]);
    expect(audit).toMatchObject({ before: { version: 1, fields: { publisher: null } }, after: { version: 2, fields: { publisher: 'A' } } });
  });

  it('requires the version an edit is based on', async () => {
    const d = await createDraft(editor, 'versionless-plan');
    const res = await editor.put(`/api/editor/entries/${d.id}`).send(entryInput('versionless-plan')).expect(428);
    expect(res.body.code).toBe('entry/version_required');
    // The version may also come as a field beside the entry's own.
    await editor
      .put(`/api/editor/entries/${d.id}`)
      .send({ ...entryInput('versionless-plan'), version: 1 })
      .expect(200);
    await editor.put(`/api/editor/entries/${d.id}`).set('If-Match', 'W/"2"').send(entryInput('versionless-plan')).expect(200);
  });

  it('checks versions on the working revision of a published entry too', async () => {
    const d = await createDraft(editor, 'live-race-plan');
    await publish({ author: editor, reviewer }, d.id);
    const responses = await Promise.all(
      ['x', 'y', 'z'].map((p) =>
        editor
          .put(`/api/editor/entries/${d.id}`)
          .set('If-Match', '"1"')
          .send(entryInput('live-race-plan', { publisher: p })),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
  });
});
