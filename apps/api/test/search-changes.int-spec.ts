import { EntryQuerySchema } from '@dualcarbon/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAgent, type SignedInAgent } from './helpers/auth';
import { createDraft, entryInput, publish, startEditorialApp } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';
import { SearchService } from '../src/search/search.service';
import { SnapshotService } from '../src/search/snapshot.service';
import { RequestVersion } from '../src/search/request-version';
import { ChangeListener } from '../src/search/change-listener';
import { pgPoolOf } from '../src/database/pg-pool';
import pino from 'pino';

/**
 * The public search snapshot reloads when dc_search.changes grows. Drafts and working revisions are
 * invisible to readers, so saving them must not make every reader wait for a reload.
 */
describe('what counts as a public change', () => {
  let t: TestApp;
  let editor: SignedInAgent;
  let reviewer: SignedInAgent;
  const changes = async () => (await t.db.query(`SELECT count(*)::int AS n FROM dc_search.changes`))[0].n as number;

  beforeAll(async () => {
    t = await startEditorialApp();
    [editor, reviewer] = await Promise.all([signedInAgent(t.app, t.db, ['editor']), signedInAgent(t.app, t.db, ['reviewer'])]);
  }, 60_000);
  afterAll(() => t?.close());

  it('ignores draft saves and working revisions, and notes publishing and public edits', async () => {
    const lastModified = async () => {
      await new Promise((r) => setTimeout(r, 1100)); // the data version is read at most once a second
      return (await request(t.app.getHttpServer()).get('/api/regions/CN').expect(200)).headers['last-modified'];
    };
    const before = await changes();
    const modifiedBefore = await lastModified();
    const d = await createDraft(editor, 'quiet-draft', {
      targets: [{ metric: 'forest_coverage', targetYear: 2030, value: 40, unit: '%', comparison: 'level' }],
    });
    for (let v = 1; v <= 3; v++) {
      await editor
        .put(`/api/editor/entries/${d.id}`)
        .set('If-Match', `"${v}"`)
        .send(entryInput('quiet-draft', { summary: { en: `draft ${v}` } }))
        .expect(200);
    }
    expect(await changes()).toBe(before);
    // Public caches and validators stay valid while nobody outside can see the change.
    expect(await lastModified()).toBe(modifiedBefore);

    await publish({ author: editor, reviewer }, d.id);
    const published = await changes();
    expect(published).toBeGreaterThan(before);
    expect(await lastModified()).not.toBe(modifiedBefore);

    // Editing the published entry opens a working revision: readers still see the old copy.
    const detail = (await editor.get(`/api/editor/entries/${d.id}`).expect(200)).body;
    await editor
      .put(`/api/editor/entries/${d.id}`)
      .set('If-Match', `"${detail.version}"`)
      .send(entryInput('quiet-draft', { summary: { en: 'revision' } }))
      .expect(200);
    expect(await changes()).toBe(published);
  });

  it('takes the version of a fresh search from its own text match, with no separate version read', async () => {
    const snapshots = t.app.get(SnapshotService);
    let reads = 0;
    const version = new RequestVersion(() => (reads++, snapshots.version()));
    const page = await t.app.get(SearchService).search(EntryQuerySchema.parse({ q: 'peatland' }), version);
    expect(reads).toBe(0);
    expect(await version.settled).toBe(await snapshots.version());
    expect(page.total).toBe((await request(t.app.getHttpServer()).get('/api/entries?q=peatland').expect(200)).body.total);
  });

  it('drops a text match made before a publish when the version of the request, read already, is newer', async () => {
    // The cache of whole answers has started the request's version read (as for a URL it has kept an
    // answer for); that read is held back here until an entry with the word has been published, so
    // the text match, run at once on the data as it was, misses the entry and must be run again.
    let versionRead!: (v: string) => void;
    const version = new RequestVersion(() => new Promise<string>((r) => (versionRead = r)));
    void version.get();
    const answer = t.app.get(SearchService).search(EntryQuerySchema.parse({ q: 'zeolite' }), version);
    await new Promise((r) => setTimeout(r, 300));
    const d = await createDraft(editor, 'zeolite-sorbent-plan', { title: { en: 'Zeolite sorbent pilot plan', zh: '沸石吸附试点方案' } });
    await publish({ author: editor, reviewer }, d.id);
    versionRead(await t.app.get(SnapshotService).version());
    expect((await answer).items.map((i) => i.slug)).toEqual(['zeolite-sorbent-plan']);
  });

  it('reloads the snapshot as soon as a public change commits, before any reader asks', async () => {
    const snapshots = t.app.get(SnapshotService);
    await snapshots.current();
    const before = snapshots.latest()!.version;
    // A change made outside the API (another process, a script): only NOTIFY can tell this process.
    await t.db.query(
      `UPDATE entries SET title_en = title_en || ' (revised)' WHERE workflow_status = 'published' AND deleted_at IS NULL AND slug = (SELECT min(slug) FROM entries WHERE workflow_status = 'published')`,
    );
    const now = await snapshots.version();
    expect(now).not.toBe(before);
    const deadline = Date.now() + 10_000;
    while (snapshots.latest()!.version !== now && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(snapshots.latest()!.version).toBe(now);
  });

  it('listens again after its connection is lost', async () => {
    const heard: number[] = [];
    const listener = new ChangeListener(
      () => pgPoolOf(t.db),
      () => heard.push(Date.now()),
      pino({ level: 'silent' }),
      50,
    );
    const backends = async () =>
      (await t.db.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'dualcarbon-search-listener' AND query = 'LISTEN dc_search_change'`)) as {
        pid: number;
      }[];
    const until = async (ok: () => Promise<boolean> | boolean) => {
      for (const deadline = Date.now() + 10_000; !(await ok()) && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 20));
      expect(await ok()).toBe(true);
    };
    const others = (await backends()).map((b) => b.pid);
    listener.start();
    try {
      await until(async () => (await backends()).some((b) => !others.includes(b.pid)));
      const [mine] = (await backends()).filter((b) => !others.includes(b.pid));
      await t.db.query('SELECT pg_terminate_backend($1)', [mine.pid]);
      await until(async () => (await backends()).some((b) => !others.includes(b.pid) && b.pid !== mine.pid));
      const count = heard.length;
      await t.db.query('INSERT INTO dc_search.changes DEFAULT VALUES');
      await until(() => heard.length > count);
    } finally {
      await listener.stop();
    }
  });

  it('prunes the change log without ever bringing back an earlier version (cached answers are keyed by it)', async () => {
    const http = () => request(t.app.getHttpServer());
    const version = async () => (await t.db.query(`SELECT coalesce(max(id), 0) || ':' || count(*) AS v FROM dc_search.changes`))[0].v as string;
    // Let a reload (and its prune) that an earlier request started finish first: it would otherwise prune these
    // rows before the version below is read, and the test would see no change of version at all. Awaiting the
    // current snapshot waits for a reload in flight; on a loaded machine the count alone may sit still meanwhile.
    await t.app.get(SnapshotService).current();
    for (let last = -1, i = 0; i < 50; i++) {
      const n = await changes();
      if (n === last) break;
      last = n;
      await new Promise((r) => setTimeout(r, 100));
    }
    await t.db.query(`INSERT INTO dc_search.changes SELECT FROM generate_series(1, 1001)`);
    const seen = new Set([await version()]);
    const all = (await http().get('/api/entries?pageSize=1').expect(200)).body.total as number; // reloads, then prunes
    await expect.poll(() => changes(), { timeout: 10_000 }).toBe(1);
    expect(seen.has(await version())).toBe(false);
    expect(await version()).not.toBe('0:0');
    expect((await http().get('/api/entries?pageSize=1').expect(200)).body.total).toBe(all);
  });
});
