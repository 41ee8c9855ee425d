/**
 * Every route's real answer against its schema in @dualcarbon/domain (the one the OpenAPI document,
 * the API's handlers and both apps use), strictly: a failed check or a key the schema does not know
 * fails. The walk goes through the routes in an order that creates what the next ones read (a draft,
 * a comment, an upload, an issue, a subscriber); the last test checks that the OpenAPI document lists
 * no route this table forgot, and that every JSON answer there has a schema.
 */
import {
  ActivitySchema,
  AuditListSchema,
  ChangePasswordResultSchema,
  CommentListSchema,
  CommentSchema,
  CreatedUserSchema,
  DashboardSchema,
  DiffSchema,
  EntryDetailSchema,
  EntryFileListSchema,
  EntryFileSchema,
  EntryListSchema,
  EntrySearchResultSchema,
  HealthSchema,
  ImplementationSchema,
  ImportJobSchema,
  ImportReportSchema,
  IngestAnswerSchema,
  LivenessSchema,
  MergeResultSchema,
  MetricListSchema,
  NewsletterDetailSchema,
  NewsletterHistorySchema,
  NewsletterListSchema,
  NewsletterRevisionListSchema,
  NewsletterRevisionWithDataSchema,
  NotificationSettingsSchema,
  PasswordLinkSchema,
  PresenceSchema,
  PublicEntrySchema,
  PublicIssueListSchema,
  PublicIssueSchema,
  PublicTaxonomiesSchema,
  ReadinessSchema,
  RegionPageSchema,
  RegionTreeSchema,
  ResetPasswordResultSchema,
  RevisionListSchema,
  RevisionWithDataSchema,
  SendProgressSchema,
  SessionSchema,
  SetPasswordResultSchema,
  StatsSchema,
  SubscribeAnswerSchema,
  SubscriberCountsSchema,
  TargetTableSchema,
  TermSchema,
  TermTreeSchema,
  TokenAnswerSchema,
  UnsubscribeCheckAnswerSchema,
  UserListSchema,
  UserSchema,
} from '@dualcarbon/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request, { type Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ConfirmationMails } from '../src/subscriptions/confirmation-mails';
import { answerProblems } from './helpers/answers';
import { anonymousAgent, createUser } from './helpers/auth';
import { createDraft, entryInput, move, team, type Team } from './helpers/editorial';
import { linkTo, readOutbox } from './helpers/mail-outbox';
import { startTestApp, type TestApp } from './helpers/test-app';

/** `GET /api/entries/{slug}`: a route as the OpenAPI document names it. */
type Route = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /${'api/' | 'sitemap' | 'robots'}${string}`;

/** Routes whose answer is not JSON: what it is instead. */
const NOT_JSON: Partial<Record<Route, RegExp>> = {
  'GET /api/export/entries.csv': /^text\/csv/,
  'GET /api/export/entries.json': /^application\/json/,
  'GET /api/export/entries.ndjson': /^application\/x-ndjson/,
  'GET /api/export/targets.csv': /^text\/csv/,
  'GET /api/export/targets.json': /^application\/json/,
  'GET /api/feeds/entries.atom': /^application\/atom\+xml/,
  'GET /api/feeds/newsletters.atom': /^application\/atom\+xml/,
  'GET /api/newsletters/{number}.md': /^text\/markdown/,
  'GET /api/newsletters/{number}/email.html': /^text\/html/,
  'GET /api/editor/import/template.csv': /^text\/csv/,
  'GET /api/editor/import/template.json': /^application\/json/,
  'GET /api/editor/entries/{id}/files/{fileId}': /^text\/plain/,
  'GET /api/observability/metrics': /^text\/plain/,
  'GET /sitemap.xml': /^application\/xml/,
  'GET /sitemaps/{file}': /^application\/xml/,
  'GET /robots.txt': /^text\/plain/,
};

describe('every route answers what its schema in @dualcarbon/domain says', () => {
  let t: TestApp;
  let dataDir: string;
  let crew: Team;
  const api = () => request(t.app.getHttpServer());
  /** Routes met, with what was wrong with their answers. */
  const seen = new Map<Route, string[]>();

  function answer(route: Route, res: Response, status: number, schema?: z.ZodType): Response {
    expect(res.status, `${route}: ${JSON.stringify(res.body)}`).toBe(status);
    const problems = seen.get(route) ?? [];
    const notJson = NOT_JSON[route];
    if (notJson) expect(res.headers['content-type'], route).toMatch(notJson);
    else if (status === 204) expect(res.text ?? '', route).toBe('');
    else if (!schema) problems.push('no schema given');
    else problems.push(...answerProblems(schema, res.body));
    seen.set(route, problems);
    return res;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dc-answers-'));
    t = await startTestApp({ env: { DATA_DIR: dataDir } });
    crew = await team(t);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('public routes', async () => {
    const slug = 'national-test-peaking-plan';
    answer('GET /api/entries', await api().get('/api/entries?q=carbon'), 200, EntrySearchResultSchema);
    answer('GET /api/entries', await api().get('/api/entries?facets=false&sort=newest'), 200, EntrySearchResultSchema);
    answer('GET /api/entries/{slug}', await api().get(`/api/entries/${slug}`), 200, PublicEntrySchema);
    answer('GET /api/entries/{slug}/implementation', await api().get(`/api/entries/${slug}/implementation`), 200, ImplementationSchema);
    answer('GET /api/regions', await api().get('/api/regions?all=true'), 200, RegionTreeSchema);
    for (const code of ['CN', '440000', '440300']) answer('GET /api/regions/{code}', await api().get(`/api/regions/${code}`), 200, RegionPageSchema);
    answer('GET /api/stats', await api().get('/api/stats'), 200, StatsSchema);
    answer('GET /api/metrics', await api().get('/api/metrics'), 200, MetricListSchema);
    answer('GET /api/targets', await api().get('/api/targets?metric=carbon_intensity'), 200, TargetTableSchema);
    answer('GET /api/taxonomies', await api().get('/api/taxonomies'), 200, PublicTaxonomiesSchema);
    answer('GET /api/newsletters', await api().get('/api/newsletters'), 200, PublicIssueListSchema);
    answer('GET /api/newsletters/{number}', await api().get('/api/newsletters/1'), 200, PublicIssueSchema);
    answer('GET /api/newsletters/{number}.md', await api().get('/api/newsletters/1.md'), 200);
    answer('GET /api/newsletters/{number}/email.html', await api().get('/api/newsletters/1/email.html'), 200);
    answer('GET /api/feeds/newsletters.atom', await api().get('/api/feeds/newsletters.atom'), 200);
    answer('GET /api/feeds/entries.atom', await api().get('/api/feeds/entries.atom'), 200);
    for (const format of ['csv', 'json', 'ndjson'] as const) answer(`GET /api/export/entries.${format}`, await api().get(`/api/export/entries.${format}`), 200);
    for (const format of ['csv', 'json'] as const) answer(`GET /api/export/targets.${format}`, await api().get(`/api/export/targets.${format}`), 200);
    answer('GET /sitemap.xml', await api().get('/sitemap.xml'), 200);
    answer('GET /sitemaps/{file}', await api().get('/sitemaps/entries-1.xml'), 200);
    answer('GET /robots.txt', await api().get('/robots.txt'), 200);
    answer('GET /api/health', await api().get('/api/health'), 200, HealthSchema);
    answer('GET /api/health/live', await api().get('/api/health/live'), 200, LivenessSchema);
    answer('GET /api/health/ready', await api().get('/api/health/ready'), 200, ReadinessSchema);
    answer('GET /api/observability/metrics', await api().get('/api/observability/metrics'), 200);
  });

  it('subscriptions', async () => {
    answer('POST /api/subscriptions', await api().post('/api/subscriptions').send({ email: 'reader@example.org', lang: 'en' }), 202, SubscribeAnswerSchema);
    await t.app.get(ConfirmationMails).settled();
    const mail = (await readOutbox(dataDir)).find((m) => m.to === 'reader@example.org');
    expect(mail).toBeDefined();
    const json = { Accept: 'application/json' };
    answer('GET /api/subscriptions/confirm', await api().get(linkTo(mail!, '/api/subscriptions/confirm')).set(json), 200, TokenAnswerSchema);
    const welcome = (await readOutbox(dataDir)).find((m) => m.to === 'reader@example.org' && m.links.some((l) => l.includes('/unsubscribe')));
    const unsubscribe = welcome ? linkTo(welcome, '/api/subscriptions/unsubscribe') : undefined;
    expect(unsubscribe, 'an unsubscribe link in a mail to the reader').toBeDefined();
    answer('GET /api/subscriptions/unsubscribe', await api().get(unsubscribe!).set(json), 200, UnsubscribeCheckAnswerSchema);
    answer('POST /api/subscriptions/unsubscribe', await api().post(unsubscribe!).type('form').send('List-Unsubscribe=One-Click'), 200, TokenAnswerSchema);
  });

  it('signing in, out and passwords', async () => {
    const user = await createUser(t.db, { roles: ['editor'] });
    const agent = anonymousAgent(t.app);
    const session = answer(
      'POST /api/auth/login',
      await agent.post('/api/auth/login').send({ email: user.email, password: user.password }),
      200,
      SessionSchema,
    );
    agent.set('X-CSRF-Token', session.body.csrfToken);
    answer('GET /api/auth/session', await agent.get('/api/auth/session'), 200, SessionSchema);
    const changed = await agent.post('/api/auth/password').send({ currentPassword: user.password, newPassword: 'a-new-long-password-1' });
    answer('POST /api/auth/password', changed, 200, ChangePasswordResultSchema);
    answer('POST /api/auth/logout', await agent.post('/api/auth/logout'), 204);

    const created = await crew.admin.post('/api/admin/users').send({ email: 'invited@example.org', name: 'Invited', roles: ['reviewer'] });
    answer('POST /api/admin/users', created, 201, CreatedUserSchema);
    const link = (await readOutbox(dataDir)).find((m) => m.to === 'invited@example.org')?.links.find((l) => l.includes('#token='));
    const token = new URL(link!).hash.slice('#token='.length);
    answer('POST /api/auth/password-link', await api().post('/api/auth/password-link').send({ token }), 200, PasswordLinkSchema);
    answer(
      'POST /api/auth/set-password',
      await api().post('/api/auth/set-password').send({ token, password: 'chosen-password-22' }),
      200,
      SetPasswordResultSchema,
    );

    const id = created.body.user.id;
    answer('GET /api/admin/users', await crew.admin.get('/api/admin/users'), 200, UserListSchema);
    answer('GET /api/admin/users/{id}', await crew.admin.get(`/api/admin/users/${id}`), 200, UserSchema);
    answer('PATCH /api/admin/users/{id}', await crew.admin.patch(`/api/admin/users/${id}`).send({ name: 'Renamed' }), 200, UserSchema);
    answer(
      'POST /api/admin/users/{id}/reset-password',
      await crew.admin.post(`/api/admin/users/${id}/reset-password`).send({}),
      201,
      ResetPasswordResultSchema,
    );
    answer('GET /api/admin/audit', await crew.admin.get('/api/admin/audit'), 200, AuditListSchema);
  });

  it('editing, review and revisions of an entry', async () => {
    const { editor, reviewer } = crew;
    const upload = answer(
      'POST /api/editor/uploads',
      await editor.post('/api/editor/uploads').attach('file', Buffer.from('A plan in plain text.'), 'plan.txt'),
      201,
      EntryFileSchema,
    );
    const draft = await createDraft(editor, 'answers-draft', { sources: [{ file: upload.body.id, title: 'The plan' }] });
    answer('POST /api/editor/entries', await editor.post('/api/editor/entries').send(entryInput('answers-second')), 201, EntryDetailSchema);
    const id = draft.id;
    answer('GET /api/editor/dashboard', await editor.get('/api/editor/dashboard'), 200, DashboardSchema);
    answer('GET /api/editor/dashboard', await reviewer.get('/api/editor/dashboard'), 200, DashboardSchema);
    answer('GET /api/editor/entries', await editor.get('/api/editor/entries'), 200, EntryListSchema);
    answer('GET /api/editor/entries/{id}', await editor.get(`/api/editor/entries/${id}`), 200, EntryDetailSchema);
    const saved = await editor.put(`/api/editor/entries/${id}`).send({ version: draft.version, data: { ...draft.data, summary: { en: 'Saved again.' } } });
    answer('PUT /api/editor/entries/{id}', saved, 200, EntryDetailSchema);
    answer('GET /api/editor/entries/{id}/files', await editor.get(`/api/editor/entries/${id}/files`), 200, EntryFileListSchema);
    answer('GET /api/editor/entries/{id}/files/{fileId}', await editor.get(`/api/editor/entries/${id}/files/${upload.body.id}`), 200);
    answer('PUT /api/editor/entries/{id}/presence', await editor.put(`/api/editor/entries/${id}/presence`).send({ editing: true }), 200, PresenceSchema);
    answer('DELETE /api/editor/entries/{id}/presence', await editor.delete(`/api/editor/entries/${id}/presence`), 204);
    answer('GET /api/editor/notifications', await editor.get('/api/editor/notifications'), 200, NotificationSettingsSchema);
    answer('PUT /api/editor/notifications', await editor.put('/api/editor/notifications').send({ email: false }), 200, NotificationSettingsSchema);

    answer(
      'POST /api/editor/entries/{id}/transitions',
      await editor.post(`/api/editor/entries/${id}/transitions`).send({ action: 'submit' }),
      200,
      EntryDetailSchema,
    );
    const comment = await reviewer.post(`/api/editor/entries/${id}/comments`).send({ body: 'Name the source.', field: 'sources' });
    answer('POST /api/editor/entries/{id}/comments', comment, 201, CommentSchema);
    answer('GET /api/editor/entries/{id}/comments', await editor.get(`/api/editor/entries/${id}/comments`), 200, CommentListSchema);
    const resolved = await editor.post(`/api/editor/entries/${id}/comments/${comment.body.id}/resolve`);
    answer('POST /api/editor/entries/{id}/comments/{commentId}/resolve', resolved, 200, CommentSchema);
    await move(reviewer, id, 'approve');
    await move(reviewer, id, 'publish');
    answer('GET /api/editor/activity', await editor.get('/api/editor/activity?after=0'), 200, ActivitySchema);
    answer('GET /api/editor/activity', await editor.get('/api/editor/activity'), 200, ActivitySchema);

    answer('GET /api/editor/entries/{id}/revisions', await editor.get(`/api/editor/entries/${id}/revisions?autosaves=all`), 200, RevisionListSchema);
    answer('GET /api/editor/entries/{id}/revisions/diff', await editor.get(`/api/editor/entries/${id}/revisions/diff?from=1&to=current`), 200, DiffSchema);
    answer('GET /api/editor/entries/{id}/revisions/{version}', await editor.get(`/api/editor/entries/${id}/revisions/1`), 200, RevisionWithDataSchema);
    const restored = await editor.post(`/api/editor/entries/${id}/revisions/1/restore`).send({});
    answer('POST /api/editor/entries/{id}/revisions/{version}/restore', restored, 200, EntryDetailSchema);
    answer('GET /api/editor/entries/{id}', await editor.get(`/api/editor/entries/${id}`), 200, EntryDetailSchema);
  });

  it('reading documents and importing entries', async () => {
    const { editor } = crew;
    const text = '广东省碳达峰实施方案\n\n到2025年，单位地区生产总值二氧化碳排放比2020年下降20.5%。';
    answer('POST /api/editor/ingest', await editor.post('/api/editor/ingest').send({ text }), 200, IngestAnswerSchema);
    const report = await editor.post('/api/editor/import').send({ content: JSON.stringify([entryInput('answers-imported'), { slug: 'Not A Slug' }]) });
    answer('POST /api/editor/import', report, 200, ImportReportSchema);
    answer(
      'POST /api/editor/import',
      await editor.post('/api/editor/import?dryRun=true').send({ content: JSON.stringify([entryInput('answers-dry')]) }),
      200,
      ImportReportSchema,
    );
    let job: Response;
    for (let i = 0; ; i++) {
      job = await editor.get(`/api/editor/import/${report.body.jobId}`);
      if (job.body.status !== 'running' || i > 100) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    answer('GET /api/editor/import/{jobId}', job, 200, ImportJobSchema);
    answer('GET /api/editor/import/template.csv', await editor.get('/api/editor/import/template.csv'), 200);
    answer('GET /api/editor/import/template.json', await editor.get('/api/editor/import/template.json'), 200);
  });

  it('newsletter issues and their sending', async () => {
    const { chief, editor } = crew;
    const list = answer('GET /api/editor/newsletters', await editor.get('/api/editor/newsletters'), 200, NewsletterListSchema);
    const published = list.body.items.find((i: { number: number }) => i.number === 1).id as string;
    const composed = await editor.post('/api/editor/newsletters/compose').send({ number: 2, periodFrom: '2024-02-01', periodTo: '2024-12-31' });
    answer('POST /api/editor/newsletters/compose', composed, 201, NewsletterDetailSchema);
    const id = composed.body.id as string;
    answer('GET /api/editor/newsletters/{id}', await editor.get(`/api/editor/newsletters/${id}`), 200, NewsletterDetailSchema);
    const put = await editor
      .put(`/api/editor/newsletters/${id}`)
      .send({ version: composed.body.version, data: { ...composed.body.data, intro: { en: 'This month.' } } });
    answer('PUT /api/editor/newsletters/{id}', put, 200, NewsletterDetailSchema);
    const edits = await editor.post(`/api/editor/newsletters/${id}/edits`).send({ version: put.body.version, edits: [] });
    answer('POST /api/editor/newsletters/{id}/edits', edits, 200, NewsletterDetailSchema);
    answer(
      'POST /api/editor/newsletters/{id}/transitions',
      await editor.post(`/api/editor/newsletters/${id}/transitions`).send({ action: 'trash' }),
      200,
      NewsletterDetailSchema,
    );
    answer('GET /api/editor/newsletters/{id}/history', await editor.get(`/api/editor/newsletters/${id}/history`), 200, NewsletterHistorySchema);
    answer('GET /api/editor/newsletters/{id}/revisions', await editor.get(`/api/editor/newsletters/${id}/revisions`), 200, NewsletterRevisionListSchema);
    answer(
      'GET /api/editor/newsletters/{id}/revisions/{version}',
      await editor.get(`/api/editor/newsletters/${id}/revisions/1`),
      200,
      NewsletterRevisionWithDataSchema,
    );

    answer('POST /api/editor/newsletters/{id}/send', await chief.post(`/api/editor/newsletters/${published}/send`), 202, SendProgressSchema);
    answer('GET /api/editor/newsletters/{id}/sends', await chief.get(`/api/editor/newsletters/${published}/sends`), 200, SendProgressSchema);
    answer('GET /api/editor/subscribers/counts', await chief.get('/api/editor/subscribers/counts'), 200, SubscriberCountsSchema);
  });

  it('taxonomy terms', async () => {
    const { admin } = crew;
    const base = '/api/admin/taxonomies/sectors';
    answer('GET /api/admin/taxonomies/{taxonomy}', await admin.get(base), 200, TermTreeSchema);
    for (const code of ['answers_a', 'answers_b'])
      answer(
        'POST /api/admin/taxonomies/{taxonomy}',
        await admin.post(base).send({ code, en: `Sector ${code}`, zh: '部门', parent: 'energy' }),
        201,
        TermSchema,
      );
    answer(
      'POST /api/admin/taxonomies/{taxonomy}/reorder',
      await admin.post(`${base}/reorder`).send({ codes: ['answers_b', 'answers_a'] }),
      200,
      TermTreeSchema,
    );
    answer('PATCH /api/admin/taxonomies/{taxonomy}/{code}', await admin.patch(`${base}/answers_a`).send({ en: 'Sector A' }), 200, TermSchema);
    answer('POST /api/admin/taxonomies/{taxonomy}/{code}/merge', await admin.post(`${base}/answers_a/merge`).send({ into: 'energy' }), 200, MergeResultSchema);
    answer('DELETE /api/admin/taxonomies/{taxonomy}/{code}', await admin.delete(`${base}/answers_b`), 204);
  });

  it('the answers match their schemas, and the OpenAPI document has no route this table left out', async () => {
    const wrong = [...seen].filter(([, problems]) => problems.length);
    expect(Object.fromEntries(wrong)).toEqual({});

    const doc = (await api().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
    };
    const documented: Route[] = [];
    const withoutSchema: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        const route = `${method.toUpperCase()} ${path}` as Route;
        documented.push(route);
        const ok = Object.entries(op.responses).filter(([status]) => /^2/.test(status));
        if (!ok.length) withoutSchema.push(`${route}: no 2xx answer documented`);
        for (const [status, r] of ok) {
          const json = r.content?.['application/json'];
          if (status === '204' || (NOT_JSON[route] && !json)) continue;
          if (!json?.schema) withoutSchema.push(`${route} ${status}: no JSON schema`);
        }
      }
    expect(withoutSchema).toEqual([]);
    expect(documented.filter((r) => !seen.has(r)).sort()).toEqual([]);
    expect([...seen.keys()].filter((r) => !documented.includes(r)).sort()).toEqual([]);
  });
});
