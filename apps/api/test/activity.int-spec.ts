import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationQueue } from '../src/activity/notification-queue.service';
import { createDraft, move, startEditorialApp, team, type Team } from './helpers/editorial';
import { readOutbox } from './helpers/mail-outbox';
import type { TestApp } from './helpers/test-app';

describe('presence, activity feed and notification mail (real PostgreSQL)', () => {
  let t: TestApp;
  let u: Team;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dc-activity-'));
    t = await startEditorialApp({ DATA_DIR: dataDir, PUBLIC_URL: 'http://cms.example.org' });
    u = await team(t);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const beat = (agent: Team['editor'], id: string, body: Record<string, unknown> = { editing: true }) =>
    agent
      .put(`/api/editor/entries/${id}/presence`)
      .send(body)
      .expect(200)
      .then((r) => r.body);

  it('gives an entry to the first editor who opens it, tells the next one who holds it and since when, and lets them take over', async () => {
    const d = await createDraft(u.editor, 'presence-plan');
    const first = await beat(u.editor, d.id);
    expect(first).toMatchObject({
      you: { editing: true },
      editor: { user: { name: 'Edna Editor' } },
      entry: { version: 1, workflowStatus: 'draft' },
      heartbeatSeconds: 15,
    });

    const second = await beat(u.editor2, d.id);
    expect(second.you.editing).toBe(false);
    expect(second.editor.user.name).toBe('Edna Editor');
    expect(second.present.map((p: { user: { name: string } }) => p.user.name)).toEqual(['Edna Editor', 'Ed Second']);
    // A reviewer reads along; they never hold it.
    expect((await beat(u.reviewer, d.id)).you.editing).toBe(false);

    const took = await beat(u.editor2, d.id, { editing: true, takeOver: true });
    expect(took).toMatchObject({ you: { editing: true }, editor: { user: { name: 'Ed Second' } } });
    const lost = await beat(u.editor, d.id);
    expect(lost).toMatchObject({ you: { editing: false }, editor: { user: { name: 'Ed Second' } } });

    // Someone whose beats stopped is gone, and the entry is free again.
    await t.db.query(`UPDATE entry_presence SET seen_at = now() - interval '1 minute' WHERE user_id = $1`, [u.editor2.user.id]);
    const back = await beat(u.editor, d.id);
    expect(back.you.editing).toBe(true);
    expect(back.present.map((p: { user: { name: string } }) => p.user.name)).not.toContain('Ed Second');

    await u.editor.delete(`/api/editor/entries/${d.id}/presence`).expect(204);
    expect((await beat(u.reviewer, d.id, {})).present.map((p: { user: { name: string } }) => p.user.name)).toEqual(['Rita Reviewer']);
    await u.editor.put(`/api/editor/entries/00000000-0000-4000-8000-000000000000/presence`).send({}).expect(404);
    expect((await u.editor.delete(`/api/editor/entries/520000/presence`).expect(404)).body.code).toBe('entry/not_found');
    expect((await u.editor.put(`/api/editor/entries/${d.id}/presence`).send({ editing: 'yes' }).expect(400)).body.code).toBe('request/invalid');
  });

  it('lists workflow moves and comments after a cursor, for pages that update themselves', async () => {
    const { cursor } = (await u.reviewer.get('/api/editor/activity').expect(200)).body;
    const d = await createDraft(u.editor, 'feed-plan');
    await move(u.editor, d.id, 'submit');
    await u.reviewer.post(`/api/editor/entries/${d.id}/comments`).send({ body: 'Which year is the base?' }).expect(201);
    const feed = (await u.reviewer.get(`/api/editor/activity?after=${cursor}`).expect(200)).body;
    const mine = feed.items.filter((i: { entryId: string }) => i.entryId === d.id);
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'submit',
        actor: expect.objectContaining({ name: 'Edna Editor' }),
        title: { en: 'Test plan feed-plan', zh: '测试方案' },
      }),
      expect.objectContaining({ kind: 'comment', actor: expect.objectContaining({ name: 'Rita Reviewer' }), comment: 'Which year is the base?' }),
    ]);
    expect(feed.cursor).toBeGreaterThan(cursor);
    // One entry's events only.
    const own = (await u.reviewer.get(`/api/editor/activity?after=0&entry=${d.id}`).expect(200)).body.items;
    expect(own.map((i: { kind: string }) => i.kind)).toEqual(['submit', 'comment']);
    await u.reviewer.get('/api/editor/activity?after=0&entry=nope').expect(400);
    // The entry's pulse moves too.
    expect((await beat(u.editor, d.id, {})).entry).toMatchObject({ workflowStatus: 'in_review', openComments: 1, lastEvent: mine[1].id });
  });

  it('mails the people something waits on, unless they opted out', async () => {
    expect((await u.reviewer.get('/api/editor/notifications').expect(200)).body).toEqual({ email: true });
    expect((await u.admin.put('/api/editor/notifications').send({ email: false }).expect(200)).body).toEqual({ email: false });
    await u.admin.put('/api/editor/notifications').send({ email: 'no' }).expect(400);

    const d = await createDraft(u.editor, 'mail-plan');
    await move(u.editor, d.id, 'submit');
    await move(u.reviewer, d.id, 'request_changes', 200, { comment: 'Add the 2030 target.' });
    await t.app.get(NotificationQueue).idle();

    const mails = (await readOutbox(dataDir)).filter((m) => m.body.includes('Test plan mail-plan'));
    const to = (subject: RegExp) =>
      mails
        .filter((m) => subject.test(m.subject))
        .map((m) => m.to)
        .sort();
    // The submission waits on reviewers (Rita, the chief); the admin opted out; never the submitter.
    expect(to(/Waiting for your review/)).toEqual([u.chief.user.email, u.reviewer.user.email].sort());
    // The change request waits on the author.
    expect(to(/Changes requested/)).toEqual([u.editor.user.email]);
    const change = mails.find((m) => /Changes requested/.test(m.subject))!;
    expect(change.body).toContain('Rita Reviewer requested changes');
    expect(change.body).toContain('Add the 2030 target.');
    expect(change.links).toContain(`http://cms.example.org/cms/en/entries/${d.id}`);
    expect(change.headers['list-unsubscribe']).toBe('<http://cms.example.org/cms/en/notifications>');
    expect(change.headers['list-unsubscribe-post']).toBeUndefined();
  });
});
