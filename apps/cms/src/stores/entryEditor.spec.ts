import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { EntryInput } from '@dualcarbon/domain';
import * as api from '@/api/editor';
import { ApiError } from '@/api/http';
import type { EntryDetail } from '@/api/types';
import { saveLocalDraft } from '@/lib/localDrafts';
import { hubeiPlan } from '@/lib/hubeiPlan.fixture';
import { useEntryEditorStore } from './entryEditor';
import { useSessionStore } from './session';

vi.mock('@/api/editor', () => ({
  fetchEntry: vi.fn(),
  saveEntry: vi.fn(),
  listComments: vi.fn(async () => []),
  addComment: vi.fn(),
  resolveComment: vi.fn(),
  transition: vi.fn(),
  restoreRevision: vi.fn(),
}));

const ME = { id: 'u-ed', email: 'ed@example.org', name: 'Ed', roles: ['editor' as const] };
const DATA: EntryInput = hubeiPlan({ summary: { en: 'First' } });
const detail = (over: Partial<EntryDetail> = {}): EntryDetail => ({
  id: 'e1',
  slug: 'hubei-plan',
  version: 3,
  workflowStatus: 'draft',
  entryStatus: 'draft',
  workingStatus: null,
  hasWorkingRevision: false,
  authorId: ME.id,
  author: null,
  submitterId: null,
  submittedBy: null,
  submittedAt: null,
  data: DATA,
  published: null,
  publishedVersion: null,
  publishedAt: null,
  availableActions: ['submit', 'trash'],
  editable: true,
  readOnlyReason: null,
  openComments: 0,
  history: [],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  updatedBy: null,
  ...over,
});
const m = vi.mocked(api);

async function opened() {
  const store = useEntryEditorStore();
  store.autosaveDelay = 0;
  m.fetchEntry.mockResolvedValueOnce(detail());
  await store.open('e1');
  return store;
}

beforeEach(() => {
  setActivePinia(createPinia());
  useSessionStore().apply({ user: ME, csrfToken: 't' });
  sessionStorage.clear();
  vi.clearAllMocks();
  m.listComments.mockResolvedValue([]);
});
afterEach(() => useEntryEditorStore().reset());

describe('entry editor store', () => {
  it('autosaves edits with the version they started from', async () => {
    const store = await opened();
    m.saveEntry.mockImplementation(async (_id, data, version) => detail({ version: version + 1, data }));
    store.form.summary.en = 'Second';
    await vi.waitFor(() => expect(m.saveEntry).toHaveBeenCalled(), { timeout: 5000 });
    await vi.waitFor(() => expect(store.saveState).toBe('saved'), { timeout: 5000 });
    expect(m.saveEntry).toHaveBeenCalledWith('e1', expect.objectContaining({ summary: { en: 'Second' } }), 3, { autosave: true });
    expect(store.version).toBe(4);
    expect(store.dirty).toBe(false);
  });

  it('reloads the comments after a save that moved targets (the API moved their comments with them), not after others', async () => {
    const a = { metric: 'carbon_intensity', comparison: 'reduction' as const, targetYear: 2025, value: 18, unit: '%' };
    const b = { metric: 'co2_emissions', comparison: 'peak' as const, targetYear: 2030 };
    const store = useEntryEditorStore();
    store.autosaveDelay = 0;
    m.fetchEntry.mockResolvedValueOnce(detail({ data: { ...DATA, targets: [a, b] } }));
    await store.open('e1');
    await vi.waitFor(() => expect(m.listComments).toHaveBeenCalledTimes(1));
    m.saveEntry.mockImplementation(async (_id, data, version) => detail({ version: version + 1, data }));
    store.form.summary.en = 'Second';
    expect(await store.save()).toBe(true);
    expect(m.listComments).toHaveBeenCalledTimes(1);
    store.form.targets = [store.form.targets[1], store.form.targets[0]];
    expect(await store.save()).toBe(true);
    expect(m.listComments).toHaveBeenCalledTimes(2);
  });

  it('keeps an entry with problems in the tab instead of sending it', async () => {
    const store = await opened();
    store.form.slug = 'Not A Slug';
    await vi.waitFor(() => expect(store.saveState).toBe('invalid'), { timeout: 5000 });
    expect(m.saveEntry).not.toHaveBeenCalled();
    expect(sessionStorage.getItem(`dualcarbon:cms:unsaved:${ME.id}:e1`)).toContain('Not A Slug');
  });

  it('opens the merge on a stale version and saves both changes on top of theirs', async () => {
    const store = await opened();
    const theirs = { ...DATA, summary: { en: 'Their summary' } };
    m.saveEntry.mockRejectedValueOnce(
      new ApiError(409, 'entry/stale_version', 'stale', {
        statusCode: 409,
        code: 'entry/stale_version',
        message: 'stale',
        current: { version: 4, data: theirs, updatedBy: { id: 'u2', name: 'Anna' }, updatedAt: '2026-01-01T00:00:00Z' },
      }),
    );
    store.form.title.zh = '湖北方案';
    await vi.waitFor(() => expect(store.saveState).toBe('conflict'), { timeout: 5000 });
    expect(store.conflict?.rows.map((r) => [r.key, r.choice])).toEqual([
      ['title.zh', 'mine'],
      ['summary.en', 'theirs'],
    ]);
    m.saveEntry.mockImplementation(async (_id, data, version) => detail({ version: version + 1, data }));
    expect(await store.resolveConflict()).toBe(true);
    expect(m.saveEntry).toHaveBeenLastCalledWith(
      'e1',
      expect.objectContaining({ title: { en: 'Hubei plan', zh: '湖北方案' }, summary: { en: 'Their summary' } }),
      4,
      { autosave: undefined },
    );
    expect(store.conflict).toBeNull();
    expect(store.saveState).toBe('saved');
  });

  it('brings back unsaved work kept in the tab', async () => {
    saveLocalDraft({ entryId: 'e1', userId: ME.id, baseVersion: 3, base: DATA, data: { ...DATA, summary: { en: 'Typed before the reload' } }, savedAt: '' });
    const store = useEntryEditorStore();
    store.autosaveDelay = 60_000;
    m.fetchEntry.mockResolvedValueOnce(detail());
    await store.open('e1');
    expect(store.form.summary.en).toBe('Typed before the reload');
    expect(store.restoredFromLocal).toBe(true);
    expect(store.saveState).toBe('dirty');
  });

  it('merges unsaved work with what others saved since', async () => {
    saveLocalDraft({ entryId: 'e1', userId: ME.id, baseVersion: 2, base: DATA, data: { ...DATA, title: { en: 'Mine' } }, savedAt: '' });
    const store = useEntryEditorStore();
    m.fetchEntry.mockResolvedValueOnce(detail({ data: { ...DATA, summary: { en: 'Theirs' } } }));
    await store.open('e1');
    expect(store.saveState).toBe('conflict');
    expect(store.conflict?.rows.map((r) => r.key)).toEqual(['title.en', 'summary.en']);
  });

  it('shows a workflow action at once and undoes it when the server refuses', async () => {
    const store = await opened();
    let reject!: (e: unknown) => void;
    m.transition.mockReturnValueOnce(new Promise((_, r) => (reject = r)));
    const run = store.runAction('submit');
    await vi.waitFor(() => expect(store.status).toBe('in_review'), { timeout: 5000 });
    reject(new ApiError(422, 'review/invalid_transition', 'no'));
    await expect(run).rejects.toThrow('no');
    expect(store.status).toBe('draft');
  });

  it('never lists what four eyes refuse (approve, request changes) for the author, whatever the list says', async () => {
    const store = useEntryEditorStore();
    m.fetchEntry.mockResolvedValueOnce(detail({ workflowStatus: 'in_review', availableActions: ['withdraw', 'approve', 'request_changes'], editable: false }));
    await store.open('e1');
    expect(store.actions).toEqual(['withdraw']);
  });

  it('takes back a comment the server refused', async () => {
    const store = await opened();
    m.addComment.mockRejectedValueOnce(new ApiError(400, 'request/invalid', 'bad'));
    await expect(store.addComment('Looks good', 'title.en')).rejects.toThrow('bad');
    expect(store.comments).toEqual([]);
  });
});
