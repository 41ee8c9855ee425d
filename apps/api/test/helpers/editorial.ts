import type { EntryInput, Role } from '@dualcarbon/domain';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { signedInAgent, type SignedInAgent } from './auth';
import { FIXTURE_SEED, startTestApp, type TestApp } from './test-app';

/** The app on the fixture seed's entries only (regions and taxonomies come with any seed run). */
export async function startEditorialApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'dualcarbon-editorial-'));
  cpSync(join(FIXTURE_SEED, 'entries'), join(dir, 'entries'), { recursive: true });
  try {
    const t = await startTestApp({ env: { SEED_DIR: dir, ...env } });
    const close = t.close;
    return Object.assign(t, { close: () => close().finally(() => rmSync(dir, { recursive: true, force: true })) });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** A valid entry for the fixture seed's regions and the seeded taxonomies. */
export function entryInput(slug: string, patch: Partial<EntryInput> = {}): EntryInput {
  return {
    kind: 'policy',
    slug,
    title: { en: `Test plan ${slug}`, zh: '测试方案' },
    summary: { en: 'A plan written by a test.' },
    jurisdiction: '440000',
    level: 'provincial',
    sectors: ['energy', 'industry'],
    themes: ['pollution_carbon_synergy'],
    instrumentType: 'action_plan',
    issuingBodies: ['provincial_government'],
    issuedOn: '2024-03-01',
    sources: [{ url: `https://example.gov.cn/${slug}` }],
    targets: [{ metric: 'carbon_intensity', targetYear: 2025, value: 18, unit: '%', comparison: 'reduction', baseYear: 2020 }],
    ...patch,
  };
}

export interface Team {
  editor: SignedInAgent;
  editor2: SignedInAgent;
  reviewer: SignedInAgent;
  admin: SignedInAgent;
  /** An editor who is also a reviewer and an admin. */
  chief: SignedInAgent;
  nobody: SignedInAgent;
}

export async function team(t: TestApp): Promise<Team> {
  const as = (roles: Role[], name: string) => signedInAgent(t.app, t.db, roles, { name });
  const [editor, editor2, reviewer, admin, chief, nobody] = await Promise.all([
    as(['editor'], 'Edna Editor'),
    as(['editor'], 'Ed Second'),
    as(['reviewer'], 'Rita Reviewer'),
    as(['admin'], 'Ada Admin'),
    as(['editor', 'reviewer', 'admin'], 'Chief Everything'),
    as([], 'No Roles'),
  ]);
  return { editor, editor2, reviewer, admin, chief, nobody };
}

/** Creates a draft and returns its detail. */
export async function createDraft(agent: SignedInAgent, slug: string, patch: Partial<EntryInput> = {}) {
  const res = await agent.post('/api/editor/entries').send(entryInput(slug, patch));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number; data: EntryInput; workflowStatus: string };
}

/** POST a transition and expect a status. */
export async function move(agent: SignedInAgent, id: string, action: string, status = 200, extra: Record<string, unknown> = {}) {
  const res = await agent.post(`/api/editor/entries/${id}/transitions`).send({ action, ...extra });
  expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body;
}

/** Drives a draft through review to published: submit (author), approve and publish (reviewer). */
export async function publish(t: { author: SignedInAgent; reviewer: SignedInAgent }, id: string) {
  await move(t.author, id, 'submit');
  await move(t.reviewer, id, 'approve');
  return move(t.reviewer, id, 'publish');
}

/** Creates a draft (by the author) and publishes it; returns the draft's detail. */
export async function createPublished(t: { author: SignedInAgent; reviewer: SignedInAgent }, slug: string, patch: Partial<EntryInput> = {}) {
  const draft = await createDraft(t.author, slug, patch);
  await publish(t, draft.id);
  return draft;
}
