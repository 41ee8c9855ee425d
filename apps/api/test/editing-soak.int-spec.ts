import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAgent, type SignedInAgent } from './helpers/auth';
import { createDraft, entryInput, startEditorialApp } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

const EDITORS = 8;
const ENTRIES = 3;
const SOAK_MS = Number(process.env.SOAK_MS ?? 6_000);

/**
 * Many editors hammer a few shared drafts for a bounded time, each saving from the version it
 * last saw. Afterwards every accepted save must be in the revision history with exactly the text
 * that editor sent, and every refused one must have been a 409 — zero lost updates.
 */
describe('editing safety soak', () => {
  let t: TestApp;
  let editors: SignedInAgent[];
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startEditorialApp();
    editors = await Promise.all(Array.from({ length: EDITORS }, (_, i) => signedInAgent(t.app, t.db, ['editor'], { name: `Soak Editor ${i}` })));
    for (let i = 0; i < ENTRIES; i++) ids.push((await createDraft(editors[0], `soak-plan-${i}`)).id);
  }, 60_000);
  afterAll(() => t?.close());

  it('keeps every accepted save and refuses every stale one with 409', async () => {
    const accepted: { id: string; version: number; text: string }[] = [];
    const other: { status: number; body: unknown }[] = [];
    let conflicts = 0;
    const deadline = Date.now() + SOAK_MS;

    await Promise.all(
      editors.map(async (agent, e) => {
        const seen = new Map<string, number>();
        for (let n = 0; Date.now() < deadline; n++) {
          const id = ids[(e + n) % ENTRIES];
          if (!seen.has(id)) seen.set(id, (await agent.get(`/api/editor/entries/${id}`)).body.version);
          const text = `editor ${e} save ${n}`;
          const slug = `soak-plan-${ids.indexOf(id)}`;
          const res = await agent
            .put(`/api/editor/entries/${id}`)
            .set('If-Match', `"${seen.get(id)}"`)
            .send(entryInput(slug, { summary: { en: text } }));
          if (res.status === 200) {
            accepted.push({ id, version: res.body.version, text });
            seen.set(id, res.body.version);
          } else if (res.status === 409 && res.body.code === 'entry/stale_version') {
            conflicts++;
            seen.set(id, res.body.current.version); // merge: take theirs, then try again
          } else other.push({ status: res.status, body: res.body });
        }
      }),
    );

    expect(other).toEqual([]);
    let lost = 0;
    for (const a of accepted) {
      const [rev] = await t.db.query(`SELECT data FROM entry_revisions WHERE entry_id = $1 AND version = $2`, [a.id, a.version]);
      if (rev?.data?.summary?.en !== a.text) lost++;
    }
    // Versions of each entry are consecutive: no save slipped in unrecorded.
    for (const id of ids) {
      const rows = await t.db.query(`SELECT version FROM entry_revisions WHERE entry_id = $1 ORDER BY version`, [id]);
      const versions = rows.map((r: { version: number }) => r.version);
      expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
    }
    console.log(
      `soak: ${EDITORS} editors × ${ENTRIES} entries for ${SOAK_MS} ms — ${accepted.length} saves accepted, ${conflicts} refused with 409, ${lost} lost`,
    );
    expect(accepted.length).toBeGreaterThan(ENTRIES);
    expect(conflicts).toBeGreaterThan(0);
    expect(lost).toBe(0);
  }, 120_000);
});
