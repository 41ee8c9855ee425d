import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, entryInput, move, publish, team, type Team, startEditorialApp } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

describe('editorial workflow (real PostgreSQL)', () => {
  let t: TestApp;
  let u: Team;
  const pub = () => request(t.app.getHttpServer());
  /** The editor saves `data` over `version`, expecting `status`; the answer's body. */
  const save = async (id: string, version: number, data: unknown, status: number) =>
    (await u.editor.put(`/api/editor/entries/${id}`).send({ version, data }).expect(status)).body;
  const audit = async (entityId: string) =>
    (await t.db.query(`SELECT action, actor_id, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId])) as Array<{
      action: string;
      actor_id: string;
      before: any;
      after: any;
    }>;

  beforeAll(async () => {
    t = await startEditorialApp();
    u = await team(t);
  });
  afterAll(() => t?.close());

  it('takes an entry from draft through review to the public API', async () => {
    const draft = await createDraft(u.editor, 'flow-plan');
    expect(draft).toMatchObject({
      workflowStatus: 'draft',
      version: 1,
      author: { id: u.editor.user.id, name: 'Edna Editor' },
      published: null,
      availableActions: ['submit', 'trash'],
    });
    await pub().get('/api/entries/flow-plan').expect(404);

    await move(u.editor, draft.id, 'submit');
    // request_changes needs a comment
    const noComment = await move(u.reviewer, draft.id, 'request_changes', 422);
    expect(noComment.code).toBe('review/comment_required');
    const returned = await move(u.reviewer, draft.id, 'request_changes', 200, { comment: 'Cite the source of the 18% target' });
    expect(returned).toMatchObject({ workflowStatus: 'changes_requested', submittedBy: { id: u.editor.user.id } });

    const dash = await u.editor.get('/api/editor/dashboard').expect(200);
    expect(dash.body.changesRequested.items.map((i: { id: string }) => i.id)).toContain(draft.id);
    expect(dash.body.reviewQueue).toBeNull();

    const comments = await u.editor.get(`/api/editor/entries/${draft.id}/comments`).expect(200);
    expect(comments.body.items).toEqual([
      expect.objectContaining({
        body: 'Cite the source of the 18% target',
        action: 'request_changes',
        author: expect.objectContaining({ name: 'Rita Reviewer' }),
      }),
    ]);

    const edited = await u.editor
      .put(`/api/editor/entries/${draft.id}`)
      .set('If-Match', `"${draft.version}"`)
      .send({
        data: entryInput('flow-plan', {
          targets: [{ metric: 'carbon_intensity', targetYear: 2025, value: 18, unit: '%', comparison: 'reduction', baseYear: 2020, sourceText: '下降18%' }],
        }),
      })
      .expect(200);
    expect(edited.body).toMatchObject({ version: 2, workflowStatus: 'changes_requested' });
    expect(edited.headers.etag).toBe('"2"');
    await move(u.editor, draft.id, 'submit');

    const queue = await u.reviewer.get('/api/editor/dashboard').expect(200);
    expect(queue.body.reviewQueue.items.map((i: { id: string }) => i.id)).toContain(draft.id);
    const approved = await move(u.reviewer, draft.id, 'approve');
    expect(approved.availableActions).toEqual(['publish']);
    const published = await move(u.reviewer, draft.id, 'publish');
    expect(published).toMatchObject({ workflowStatus: 'published', publishedVersion: 2, published: { slug: 'flow-plan' } });
    expect(published.history.map((h: { action: string }) => h.action)).toEqual(['publish', 'approve', 'submit', 'request_changes', 'submit']);
    expect(published.history[3]).toMatchObject({
      from: 'in_review',
      to: 'changes_requested',
      comment: 'Cite the source of the 18% target',
      actor: { name: 'Rita Reviewer' },
    });

    const live = await pub().get('/api/entries/flow-plan').expect(200);
    expect(live.body.targets[0].sourceText).toBe('下降18%');
    const list = await pub().get('/api/entries?pageSize=100').expect(200);
    expect(list.body.items.map((i: { slug: string }) => i.slug)).toContain('flow-plan');

    const actions = (await audit(draft.id)).map((a) => a.action);
    expect(actions).toEqual(['entry.create', 'entry.submit', 'entry.request_changes', 'entry.update', 'entry.submit', 'entry.approve', 'entry.publish']);
    const recent = await u.editor.get('/api/editor/dashboard').expect(200);
    expect(recent.body.recentlyPublished.items.map((i: { id: string }) => i.id)).toContain(draft.id);
  });

  it('refuses self-approval, even for an admin who wrote the entry', async () => {
    const own = await createDraft(u.chief, 'chief-own-plan');
    await move(u.chief, own.id, 'submit');
    expect((await move(u.chief, own.id, 'approve', 403)).code).toBe('review/self_approval');
    // Someone who edited it is not a second pair of eyes either.
    const other = await createDraft(u.editor, 'edited-by-admin');
    await u.chief
      .put(`/api/editor/entries/${other.id}`)
      .send({ version: 1, data: entryInput('edited-by-admin', { publisher: 'Edited' }) })
      .expect(200);
    await move(u.editor, other.id, 'submit');
    expect((await move(u.chief, other.id, 'approve', 403)).code).toBe('review/self_approval');
    await move(u.reviewer, other.id, 'approve');
  });

  it('answers 422 for a skipped state and 403 for a role that may not act', async () => {
    const d = await createDraft(u.editor, 'skip-plan');
    expect((await move(u.reviewer, d.id, 'approve', 422)).code).toBe('review/invalid_transition');
    expect((await move(u.reviewer, d.id, 'publish', 422)).code).toBe('review/invalid_transition');
    expect((await move(u.editor2, d.id, 'submit', 403)).code).toBe('review/forbidden');
    await move(u.editor, d.id, 'submit');
    expect((await move(u.editor, d.id, 'approve', 403)).code).toBe('review/forbidden');
    expect((await u.nobody.get(`/api/editor/entries/${d.id}`).expect(403)).body.code).toBe('auth/forbidden');
    expect((await u.reviewer.post('/api/editor/entries').send(entryInput('reviewer-plan')).expect(403)).body.code).toBe('auth/forbidden');
    await pub().get(`/api/editor/entries/${d.id}`).expect(401);
    // Not editable while in review: withdraw first.
    expect((await save(d.id, 1, entryInput('skip-plan'), 409)).code).toBe('entry/not_editable');
  });

  it('keeps the published version live while a revision is edited, reviewed and published', async () => {
    const d = await createDraft(u.editor, 'revised-plan');
    await publish({ author: u.editor, reviewer: u.reviewer }, d.id);
    const before = (await pub().get('/api/entries/revised-plan').expect(200)).body;

    const rev = await u.editor2
      .put(`/api/editor/entries/${d.id}`)
      .set('If-Match', '"1"')
      .send(entryInput('revised-plan', { title: { en: 'Revised title', zh: '测试方案' } }))
      .expect(200);
    expect(rev.body).toMatchObject({
      workflowStatus: 'draft',
      entryStatus: 'published',
      hasWorkingRevision: true,
      version: 2,
      data: { title: { en: 'Revised title' } },
      published: { title: { en: 'Test plan revised-plan' } },
    });
    expect(rev.body.availableActions).toEqual(['submit', 'discard']);
    // A reviewer may still take the live copy down while the revision is open.
    expect((await u.reviewer.get(`/api/editor/entries/${d.id}`).expect(200)).body.availableActions).toEqual(['unpublish', 'archive']);
    expect((await pub().get('/api/entries/revised-plan').expect(200)).body).toEqual(before);

    await move(u.editor2, d.id, 'submit');
    expect((await move(u.editor2, d.id, 'approve', 403)).code).toBe('review/forbidden');
    await move(u.reviewer, d.id, 'approve');
    expect((await pub().get('/api/entries/revised-plan').expect(200)).body.title.en).toBe('Test plan revised-plan');
    const done = await move(u.reviewer, d.id, 'publish');
    expect(done).toMatchObject({ workflowStatus: 'published', hasWorkingRevision: false, version: 3, publishedVersion: 3 });
    const after = (await pub().get('/api/entries/revised-plan').expect(200)).body;
    expect(after.title.en).toBe('Revised title');
    expect(after.publishedAt).toBe(before.publishedAt);
  });

  it('tells a reviewer a draft is read-only for them, and why (they comment, editors change content)', async () => {
    const d = await createDraft(u.editor, 'read-only-for-reviewers');
    expect((await u.reviewer.get(`/api/editor/entries/${d.id}`).expect(200)).body).toMatchObject({ editable: false, readOnlyReason: 'role' });
    expect((await u.editor.get(`/api/editor/entries/${d.id}`).expect(200)).body).toMatchObject({ editable: true, readOnlyReason: null });
    await move(u.editor, d.id, 'submit');
    expect((await u.editor.get(`/api/editor/entries/${d.id}`).expect(200)).body).toMatchObject({ editable: false, readOnlyReason: 'status' });
  });

  it('discards a revision only when asked to discard, never through trash; the changes stay in the revisions', async () => {
    const d = await createDraft(u.editor, 'discard-plan');
    await publish({ author: u.editor, reviewer: u.reviewer }, d.id);
    await save(d.id, 1, entryInput('discard-plan', { publisher: 'Oops' }), 200);
    // "Move to trash" on a published entry with unpublished changes is refused and loses nothing.
    const refused = await move(u.editor, d.id, 'trash', 422);
    expect(refused).toMatchObject({ code: 'review/invalid_transition', message: expect.stringMatching(/discard its unpublished changes/) });
    expect((await u.editor.get(`/api/editor/entries/${d.id}`).expect(200)).body).toMatchObject({ hasWorkingRevision: true, data: { publisher: 'Oops' } });
    // Discard on an entry without a working revision is refused too.
    const plain = await createDraft(u.editor, 'discard-nothing');
    expect((await move(u.editor, plain.id, 'discard', 422)).code).toBe('review/invalid_transition');

    const discarded = await move(u.editor, d.id, 'discard');
    expect(discarded).toMatchObject({ workflowStatus: 'published', hasWorkingRevision: false, version: 3 });
    expect(discarded.data.publisher).toBeUndefined();
    expect(discarded.history[0]).toMatchObject({ action: 'discard', scope: 'working', from: 'draft', to: 'published' });
    const revisions = (await u.editor.get(`/api/editor/entries/${d.id}/revisions`).expect(200)).body.items;
    expect(revisions.map((r: { version: number; note: string }) => [r.version, r.note])).toEqual([
      [3, 'discard'],
      [2, 'save'],
      [1, 'create'],
    ]);
    expect((await u.editor.get(`/api/editor/entries/${d.id}/revisions/2`).expect(200)).body.data.publisher).toBe('Oops');
    await pub().get('/api/entries/discard-plan').expect(200);
    await move(u.reviewer, d.id, 'unpublish');
    await pub().get('/api/entries/discard-plan').expect(404);
    expect((await move(u.editor, d.id, 'reopen')).workflowStatus).toBe('draft');
  });

  it('keeps an open revision when the live copy is unpublished', async () => {
    const d = await createDraft(u.editor, 'fold-plan');
    await publish({ author: u.editor, reviewer: u.reviewer }, d.id);
    await save(d.id, 1, entryInput('fold-plan', { publisher: 'Pending edit' }), 200);
    await move(u.editor, d.id, 'submit');
    const pulled = await move(u.reviewer, d.id, 'unpublish');
    expect(pulled).toMatchObject({
      workflowStatus: 'unpublished',
      hasWorkingRevision: false,
      version: 3,
      published: null,
      data: { publisher: 'Pending edit' },
    });
    await pub().get('/api/entries/fold-plan').expect(404);
    expect((await save(d.id, 3, entryInput('fold-plan'), 409)).code).toBe('entry/not_editable');
    // Back through review before it is public again.
    await move(u.editor, d.id, 'reopen');
    await publish({ author: u.editor, reviewer: u.reviewer }, d.id);
    expect((await pub().get('/api/entries/fold-plan').expect(200)).body.publisher).toBe('Pending edit');
  });

  it('never shows drafts, entries in review or approved ones on public routes', async () => {
    const d1 = await createDraft(u.editor, 'secret-one');
    const d2 = await createDraft(u.editor, 'secret-two');
    await move(u.editor, d2.id, 'submit');
    await move(u.reviewer, d2.id, 'approve');
    const list = await pub().get('/api/entries?pageSize=100').expect(200);
    const slugs = list.body.items.map((i: { slug: string }) => i.slug);
    expect(slugs).not.toContain('secret-one');
    expect(slugs).not.toContain('secret-two');
    await pub().get('/api/entries/secret-one').expect(404);
    await pub().get('/api/entries/secret-two').expect(404);
    // …yet the CMS lists them with their state.
    const cms = await u.reviewer.get('/api/editor/entries?status=draft,approved&q=secret').expect(200);
    expect(cms.body.items.map((i: { id: string; workflowStatus: string }) => [i.id, i.workflowStatus]).sort()).toEqual(
      [
        [d1.id, 'draft'],
        [d2.id, 'approved'],
      ].sort(),
    );
  });

  it('lists my entries, comments on fields and resolves comments', async () => {
    const d = await createDraft(u.editor2, 'commented-plan');
    const mine = await u.editor2.get('/api/editor/entries?mine=true').expect(200);
    const ids = mine.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(d.id);
    // Mine also means: content I wrote that is not published yet; not entries others wrote alone.
    const flow = (await t.db.query(`SELECT id FROM entries WHERE slug = 'flow-plan'`))[0].id;
    expect(ids).not.toContain(flow);

    const c = await u.reviewer.post(`/api/editor/entries/${d.id}/comments`).send({ body: 'Is 2025 right?', field: 'targets.0.targetYear' }).expect(201);
    expect(c.body).toMatchObject({ field: 'targets.0.targetYear', resolvedAt: null, version: 1 });
    await u.reviewer.post(`/api/editor/entries/${d.id}/comments`).send({ body: 'x', field: 'colour' }).expect(400);
    expect((await u.editor2.get(`/api/editor/entries/${d.id}`).expect(200)).body.openComments).toBe(1);
    const resolved = await u.editor2.post(`/api/editor/entries/${d.id}/comments/${c.body.id}/resolve`).expect(200);
    expect(resolved.body).toMatchObject({ resolvedBy: { id: u.editor2.user.id } });
    expect((await u.editor2.get(`/api/editor/entries/${d.id}/comments?resolved=false`).expect(200)).body.items).toEqual([]);
    await u.editor2.post(`/api/editor/entries/${d.id}/comments/999999/resolve`).expect(404);
    expect((await audit(c.body.id)).map((a) => a.action)).toEqual(['comment.create', 'comment.resolve']);
  });

  it('documents every editorial route in the OpenAPI document', async () => {
    const res = await pub().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/editor/dashboard',
        '/api/editor/entries',
        '/api/editor/entries/{id}',
        '/api/editor/entries/{id}/transitions',
        '/api/editor/entries/{id}/comments',
        '/api/editor/entries/{id}/comments/{commentId}/resolve',
        '/api/editor/entries/{id}/revisions',
        '/api/editor/entries/{id}/revisions/diff',
        '/api/editor/entries/{id}/revisions/{version}',
        '/api/editor/entries/{id}/revisions/{version}/restore',
        '/api/admin/taxonomies/{taxonomy}',
        '/api/admin/taxonomies/{taxonomy}/{code}',
        '/api/admin/taxonomies/{taxonomy}/{code}/merge',
        '/api/admin/taxonomies/{taxonomy}/reorder',
        '/api/editor/import',
        '/api/editor/import/{jobId}',
      ]),
    );
    expect(res.body.paths['/api/editor/entries/{id}/transitions'].post.requestBody.content['application/json'].schema).toMatchObject({
      properties: { action: { enum: expect.arrayContaining(['submit', 'request_changes', 'publish']) } },
    });
    // Every `{id}` in a path is an entry's, an issue's or an account's uuid, and says so.
    type Operation = { parameters?: { name: string; in: string; schema?: { format?: string } }[] };
    const paths = Object.entries(res.body.paths as Record<string, Record<string, Operation>>).filter(([path]) => path.includes('{id}'));
    const idFormats = paths.flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => [`${method} ${path}`, op.parameters?.find((p) => p.name === 'id' && p.in === 'path')?.schema?.format]),
    );
    expect(idFormats.length).toBeGreaterThan(20);
    expect(idFormats.filter(([, format]) => format !== 'uuid')).toEqual([]);
  });

  it('validates drafts with the domain and the database', async () => {
    const bad = await u.editor
      .post('/api/editor/entries')
      .send(entryInput('bad-plan', { sectors: ['mining'], level: 'city' }))
      .expect(422);
    expect(bad.body).toMatchObject({ code: 'entry/invalid' });
    expect(bad.body.issues).toEqual([
      { path: 'level', code: 'entry/level_region_mismatch', message: expect.any(String) },
      { path: 'sectors.0', code: 'entry/unknown_sector', message: 'Unknown sector "mining"' },
    ]);
    const taken = await u.editor.post('/api/editor/entries').send(entryInput('national-test-peaking-plan')).expect(409);
    expect(taken.body).toMatchObject({ code: 'entry/slug_taken', issues: [{ path: 'slug', code: 'entry/slug_taken' }] });
    // A zone from the database is a valid jurisdiction.
    await t.db.query(
      `INSERT INTO regions (code, parent_code, kind, name_en, name_zh, short_en, short_zh, origin) VALUES ('440300-qianhai', '440300', 'zone', 'Qianhai', '前海', 'Qianhai', '前海', 'admin')`,
    );
    await createDraft(u.editor, 'zone-plan', { jurisdiction: '440300-qianhai', level: 'zone', targets: [] });
  });
});
