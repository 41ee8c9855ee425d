import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAgent, type SignedInAgent } from './helpers/auth';
import { startTestApp, type TestApp } from './helpers/test-app';

const NATIONAL = 'national-test-peaking-plan';
const LOCAL = 'guangdong-test-synergy-plan';
const SECRET = 'secret-draft-plan';

describe('newsletter issues: public outputs, compose, edit, review', () => {
  let t: TestApp;
  let author: SignedInAgent;
  let editor: SignedInAgent;
  let reviewer: SignedInAgent;
  let dataDir: string;
  let id: string;
  const api = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dc-newsletters-'));
    t = await startTestApp({ env: { DATA_DIR: dataDir } });
    author = await signedInAgent(t.app, t.db, ['editor', 'reviewer']);
    editor = await signedInAgent(t.app, t.db, ['editor']);
    reviewer = await signedInAgent(t.app, t.db, ['reviewer']);
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, jurisdiction, level, workflow_status) VALUES ($1, 'policy', 'Secret draft plan', '440000', 'provincial', 'draft')`,
      [SECRET],
    );
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the seeded issue 1 as published JSON, Markdown, e-mail HTML and Atom', async () => {
    const list = await api().get('/api/newsletters').expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1 });
    expect(list.body.items[0]).toMatchObject({ number: 1, periodFrom: '2023-12-01', periodTo: '2024-01-31', url: '/briefings/1' });

    const issue = (await api().get('/api/newsletters/1').expect(200)).body;
    expect(issue.sections.map((s: { code: string }) => s.code)).toEqual(['top_news', 'subnational_updates']);
    expect(issue.sections[0].title).toEqual({ en: 'Top News', zh: '要闻' });
    expect(issue.sections[0].groups[0].items[0]).toMatchObject({ entry: NATIONAL, title: { en: 'Test Action Plan for Carbon Dioxide Peaking Before 2030' } });

    const md = await api().get('/api/newsletters/1.md?lang=zh').expect(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.text).toContain(`/zh/entries/${NATIONAL}`);
    expect(md.text).toContain('测试2030年前碳达峰行动方案');

    const html = await api().get('/api/newsletters/1/email.html').expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.text).toContain('role="presentation"');
    expect(html.text).not.toMatch(/<script/i);

    const feed = await api().get('/api/feeds/newsletters.atom').expect(200);
    expect(feed.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(feed.text).toContain('/en/briefings/1"');
    expect(feed.text).toMatch(/<link rel="self" type="application\/atom\+xml" href="http:\/\/[^"]+\/api\/feeds\/newsletters\.atom"\/>/);

    expect((await api().get('/api/newsletters/99').expect(404)).body.code).toBe('newsletter/not_found');
    expect((await api().get('/api/newsletters/abc').expect(400)).body.code).toBe('request/invalid');
  });

  it('builds links on the configured site URL, never on the Host header a client sends', async () => {
    for (const path of [
      '/api/feeds/newsletters.atom',
      '/api/newsletters/1.md',
      '/api/newsletters/1/email.html',
      '/api/feeds/entries.atom',
      '/api/export/entries.ndjson',
    ]) {
      const res = await api().get(path).set('Host', 'evil.example').set('X-Forwarded-Host', 'evil.example').expect(200);
      expect(res.text + JSON.stringify(res.headers), path).not.toContain('evil.example');
      expect(res.text + JSON.stringify(res.headers), path).toContain('http://localhost:3000/');
    }
  });

  it('composes a draft from the entries published in the period', async () => {
    const res = await author.post('/api/editor/newsletters/compose').send({ number: 2, periodFrom: '2021-10-01', periodTo: '2023-03-31' }).expect(201);
    id = res.body.id;
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ number: 2, version: 1, workflowStatus: 'draft', editable: true, authorId: author.user.id });
    expect(
      res.body.data.sections.map((s: { code: string; groups: { items: { entry: string }[] }[] }) => [
        s.code,
        s.groups.flatMap((g) => g.items.map((i) => i.entry)),
      ]),
    ).toEqual([
      ['top_news', [NATIONAL]],
      ['subnational_updates', [LOCAL]],
    ]);
    expect(res.body.entries[LOCAL]).toMatchObject({ published: true, workflowStatus: 'published' });
    expect(res.body.availableActions).toEqual(expect.arrayContaining(['submit', 'trash']));

    expect(
      (await author.post('/api/editor/newsletters/compose').send({ number: 1, periodFrom: '2021-01-01', periodTo: '2021-12-31' }).expect(409)).body.code,
    ).toBe('newsletter/number_taken');
    expect(
      (await reviewer.post('/api/editor/newsletters/compose').send({ number: 3, periodFrom: '2021-01-01', periodTo: '2021-12-31' }).expect(403)).body.code,
    ).toBe('auth/forbidden');
    expect(
      (await author.post('/api/editor/newsletters/compose').send({ number: 3, periodFrom: '2022-01-01', periodTo: '2021-12-31' }).expect(422)).body.code,
    ).toBe('newsletter/invalid');
    const list = await reviewer.get('/api/editor/newsletters').expect(200);
    expect(list.body.items.map((i: { number: number; items: number }) => [i.number, i.items])).toEqual([
      [2, 2],
      [1, 2],
    ]);
  });

  it('saves with optimistic locking and applies the domain’s edits', async () => {
    const detail = (await editor.get(`/api/editor/newsletters/${id}`).expect(200)).body;
    const data = { ...detail.data, intro: { en: 'A test issue.' } };
    const saved = await editor.put(`/api/editor/newsletters/${id}`).set('If-Match', '"1"').send({ data }).expect(200);
    expect(saved.body).toMatchObject({ version: 2, data: { intro: { en: 'A test issue.' } } });

    const stale = await author.put(`/api/editor/newsletters/${id}`).send({ version: 1, data }).expect(409);
    expect(stale.body).toMatchObject({ code: 'newsletter/stale_version', current: { version: 2, updatedBy: { id: editor.user.id } } });
    expect((await author.put(`/api/editor/newsletters/${id}`).send({ data }).expect(428)).body.code).toBe('newsletter/version_required');

    const edits = [
      { op: 'editItem', entry: NATIONAL, blurb: { zh: '中文简介' }, bullets: [{ en: 'One point', zh: '一点' }] },
      { op: 'editGroup', section: 'subnational_updates', group: 0, lead: { en: 'One province acted.' } },
    ];
    const edited = await editor.post(`/api/editor/newsletters/${id}/edits`).send({ version: 2, edits }).expect(200);
    expect(edited.body.version).toBe(3);
    expect(edited.body.data.sections[0].groups[0].items[0]).toMatchObject({ blurb: { zh: '中文简介' }, bullets: [{ en: 'One point', zh: '一点' }] });

    const bad = await editor
      .post(`/api/editor/newsletters/${id}/edits`)
      .send({ version: 3, edits: [{ op: 'removeItem', entry: 'no-such-entry' }] })
      .expect(422);
    expect(bad.body).toMatchObject({ code: 'newsletter/edit_failed', issues: [{ path: 'edits.0', code: 'newsletter_edit/unknown_entry' }] });
    const unknown = await editor
      .post(`/api/editor/newsletters/${id}/edits`)
      .send({ version: 3, edits: [{ op: 'addItem', entry: 'no-such-entry', to: { section: 'top_news', group: 0 } }] })
      .expect(422);
    expect(unknown.body.issues[0]).toMatchObject({ code: 'newsletter/unknown_entry' });
    expect(
      (
        await editor
          .post(`/api/editor/newsletters/${id}/edits`)
          .send({ version: 3, edits: [{ op: 'explode' }] })
          .expect(400)
      ).body.code,
    ).toBe('request/invalid');
    // What PostgreSQL could not store is refused with a 4xx, never a 500.
    const nul = await editor
      .post(`/api/editor/newsletters/${id}/edits`)
      .send({ version: 3, edits: [{ op: 'editIssue', intro: { en: 'a\u0000b' } }] })
      .expect(422);
    expect(nul.body.issues[0]).toMatchObject({ code: 'newsletter/bad_text', path: 'intro.en' });
    expect(
      (
        await editor
          .put(`/api/editor/newsletters/${id}`)
          .send({ version: 3, data: { ...data, number: 2 ** 40 } })
          .expect(422)
      ).body.issues[0].code,
    ).toBe('newsletter/number_range');
    expect((await editor.get(`/api/editor/newsletters/${id}/revisions/99999999999`).expect(400)).body.code).toBe('request/invalid');
    expect(
      (await author.post('/api/editor/newsletters/compose').send({ number: 9, periodFrom: '0001-01-01', periodTo: '2021-12-31' }).expect(400)).body.code,
    ).toBe('request/invalid');
  });

  it('goes through review with four eyes, publishes, and audits every change', async () => {
    const move = (who: SignedInAgent, action: string, status: number, comment?: string) =>
      who
        .post(`/api/editor/newsletters/${id}/transitions`)
        .send(comment ? { action, comment } : { action })
        .expect(status);
    // The editor who saved counts as an author; the composer (editor + reviewer) may not approve either.
    await move(editor, 'submit', 200);
    expect((await move(author, 'approve', 403)).body.code).toBe('review/self_approval');
    expect((await move(editor, 'approve', 403)).body.code).toBe('review/forbidden');
    expect((await move(reviewer, 'request_changes', 422)).body.code).toBe('review/comment_required');
    await move(reviewer, 'request_changes', 200, 'Add a Chinese intro');
    await editor
      .post(`/api/editor/newsletters/${id}/edits`)
      .send({ version: 3, edits: [{ op: 'editIssue', intro: { zh: '测试简报。' } }] })
      .expect(200);
    await move(editor, 'submit', 200);
    const approved = await move(reviewer, 'approve', 200);
    expect(approved.body.workflowStatus).toBe('approved');
    expect((await move(reviewer, 'publish', 200)).body).toMatchObject({ workflowStatus: 'published', issueStatus: 'published', publishedVersion: 4 });
    expect((await api().get('/api/newsletters/2').expect(200)).body.intro).toEqual({ en: 'A test issue.', zh: '测试简报。' });

    const history = (await reviewer.get(`/api/editor/newsletters/${id}/history`).expect(200)).body.items;
    expect(history.find((h: { action: string }) => h.action === 'request_changes').comment).toBe('Add a Chinese intro');
    const actions = (await t.db.query(`SELECT action FROM audit_log WHERE entity_type = 'newsletter' AND entity_id = $1 ORDER BY id`, [id])).map(
      (r: { action: string }) => r.action,
    );
    expect(actions).toEqual([
      'newsletter.compose',
      'newsletter.update',
      'newsletter.edit',
      'newsletter.submit',
      'newsletter.request_changes',
      'newsletter.edit',
      'newsletter.submit',
      'newsletter.approve',
      'newsletter.publish',
    ]);
    const revisions = (await editor.get(`/api/editor/newsletters/${id}/revisions`).expect(200)).body;
    expect(revisions.items.map((r: { version: number }) => r.version)).toEqual([4, 3, 2, 1]);
  });

  it('keeps the public copy while a revision is under way, and never shows a draft entry', async () => {
    const v = (await editor.get(`/api/editor/newsletters/${id}`).expect(200)).body.version;
    const add = await editor
      .post(`/api/editor/newsletters/${id}/edits`)
      .send({ version: v, edits: [{ op: 'addItem', entry: SECRET, to: { section: 'top_news', group: 0 } }] })
      .expect(200);
    expect(add.body).toMatchObject({ workflowStatus: 'draft', issueStatus: 'published', hasWorkingRevision: true });
    expect(add.body.entries[SECRET]).toMatchObject({ published: false });
    await editor.post(`/api/editor/newsletters/${id}/transitions`).send({ action: 'submit' }).expect(200);
    await reviewer.post(`/api/editor/newsletters/${id}/transitions`).send({ action: 'approve' }).expect(200);
    await reviewer.post(`/api/editor/newsletters/${id}/transitions`).send({ action: 'publish' }).expect(200);

    for (const path of ['/api/newsletters', '/api/newsletters/2', '/api/newsletters/2.md', '/api/newsletters/2/email.html', '/api/feeds/newsletters.atom']) {
      const res = await api().get(path).expect(200);
      expect(res.text, path).not.toContain(SECRET);
      expect(res.text, path).not.toContain('Secret draft plan');
    }
    const pub = (await api().get('/api/newsletters/2').expect(200)).body;
    expect(pub.sections[0].groups[0].items.map((i: { entry: string }) => i.entry)).toEqual([NATIONAL]);
  });

  it('leaves a Top News group whose items point only at hidden entries out of every public rendering, the feed included', async () => {
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, jurisdiction, level, workflow_status, published_at, deleted_at)
       VALUES ('gone-unpublished', 'policy', 'Withdrawn plan', '440000', 'provincial', 'unpublished', now(), NULL),
              ('gone-deleted', 'policy', 'Deleted plan', '440000', 'provincial', 'published', now(), now())`,
    );
    const [{ data }] = await t.db.query(`SELECT published_data AS data FROM newsletters WHERE issue = 1`);
    const hidden = { draft: SECRET, unpublished: 'gone-unpublished', deleted: 'gone-deleted' };
    const top = data.sections.find((s: { code: string }) => s.code === 'top_news');
    for (const [why, entry] of Object.entries(hidden)) {
      top.groups.push({ heading: { en: `Leaked ${why} heading`, zh: `泄露${why}标题` }, items: [{ entry, bullets: [] }] });
    }
    data.number = 7;
    await t.db.query(
      `INSERT INTO newsletters (issue, title_en, title_zh, period_from, period_to, data, published_data, workflow_status, version, published_version, published_at)
       VALUES (7, 'Issue seven', NULL, '2024-02-01', '2024-02-29', $1::jsonb, $1::jsonb, 'published', 1, 1, now())`,
      [JSON.stringify(data)],
    );
    const paths = [
      '/api/newsletters',
      '/api/newsletters/7',
      '/api/newsletters/7.md',
      '/api/newsletters/7.md?lang=zh',
      '/api/newsletters/7/email.html',
      '/api/newsletters/7/email.html?lang=zh',
      '/api/feeds/newsletters.atom',
      '/api/feeds/newsletters.atom?lang=zh',
    ];
    for (const path of paths) {
      const res = await api().get(path).expect(200);
      expect(res.text, path).not.toMatch(/Leaked|泄露|gone-unpublished|gone-deleted|Withdrawn plan|Deleted plan/);
      expect(res.text, path).not.toContain(SECRET);
    }
    // The issue itself is there, with the group whose entry is published.
    const feed = await api().get('/api/feeds/newsletters.atom').expect(200);
    expect(feed.text).toContain('/en/briefings/7"');
    expect(feed.text).toMatch(/<summary type="text">[^<]*Test group[^<]*<\/summary>/);
  });

  it('refuses to send an issue that is not published', async () => {
    const draft = await author.post('/api/editor/newsletters/compose').send({ number: 3, periodFrom: '2021-10-01', periodTo: '2021-10-31' }).expect(201);
    expect((await reviewer.post(`/api/editor/newsletters/${draft.body.id}/send`).expect(409)).body.code).toBe('newsletter/not_published');
    expect((await editor.post(`/api/editor/newsletters/${draft.body.id}/send`).expect(403)).body.code).toBe('auth/forbidden');
    expect((await editor.get('/api/editor/newsletters/00000000-0000-0000-0000-000000000000').expect(404)).body.code).toBe('newsletter/not_found');
  });
});
