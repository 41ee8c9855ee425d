import type { IngestAnswer } from '@dualcarbon/domain';
import { SAMPLE_SUGGESTION, SAMPLE_UPLOAD } from '@dualcarbon/domain/testing/ingest-suggestion';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import * as editorApi from '@/api/editor';
import { ApiError } from '@/api/http';
import type { EntryDetail } from '@/api/types';
import * as ingestApi from '@/ingest/api';

import { useIngestReviewStore } from './ingestReview';

vi.mock('@/api/editor', () => ({ createEntry: vi.fn() }));
vi.mock('@/ingest/api', () => ({ readDocumentFile: vi.fn(), readDocumentText: vi.fn() }));

const UPLOAD = { ...SAMPLE_UPLOAD, name: 'plan.pdf', size: 100, uploadedBy: null };
/** The domain's sample, with no heading, period or theme suggested and its one sector unsure. */
const ANSWER: IngestAnswer = {
  ...SAMPLE_SUGGESTION,
  upload: UPLOAD,
  fields: {
    ...SAMPLE_SUGGESTION.fields,
    heading: null,
    periodTo: null,
    sectors: [{ ...SAMPLE_SUGGESTION.fields.sectors[0]!, confidence: 0.6 }],
    themes: [],
  },
};

function reviewing() {
  const store = useIngestReviewStore();
  store.start(structuredClone(ANSWER), 'plan.pdf');
  return store;
}

beforeEach(() => {
  setActivePinia(createPinia());
  vi.mocked(editorApi.createEntry).mockReset();
});

describe('ingestion review store', () => {
  it('opens the review with every suggestion pending, the first evidence selected and a slug proposed', () => {
    const store = reviewing();
    expect(store.step).toBe('review');
    expect(store.items.every((i) => i.decision === 'pending')).toBe(true);
    expect(store.selected?.evidence?.text).toBe('广东省碳达峰实施方案');
    expect(store.slug).toBe('guangdong-carbon-peaking-implementation-plan');
  });

  it('accepts all the confident suggestions at once, leaving unsure, decided and empty ones alone', () => {
    const store = reviewing();
    store.reject('instrumentType');
    expect(store.acceptConfident()).toBe(6);
    const decision = Object.fromEntries(store.items.map((i) => [i.id, i.decision]));
    expect(decision).toMatchObject({
      'title.zh': 'accepted',
      'title.en': 'pending',
      instrumentType: 'rejected',
      'sectors:energy': 'pending',
      'targets:0': 'accepted',
      place: 'accepted',
    });
    expect(store.draft).toMatchObject({
      sectors: [],
      targets: [{ metric: 'non_fossil_share', value: 29 }],
      sources: [{ file: UPLOAD.id, title: '广东省碳达峰实施方案' }],
    });
    expect(store.draft?.instrumentType).toBeUndefined();
    expect(store.issues).toEqual([]);
  });

  it('accepts an edit as the editor wrote it, and an edit back to the suggestion as a plain accept', () => {
    const store = reviewing();
    store.edit('targets:0', { ...ANSWER.targets[0]!.value, value: 30 });
    expect(store.items.find((i) => i.id === 'targets:0')).toMatchObject({ decision: 'accepted', edited: true });
    expect(store.draft?.targets?.[0]).toMatchObject({ value: 30 });
    store.edit('targets:0', structuredClone(ANSWER.targets[0]!.value));
    expect(store.items.find((i) => i.id === 'targets:0')).toMatchObject({ decision: 'accepted', edited: false });
    store.undo('targets:0');
    expect(store.items.find((i) => i.id === 'targets:0')).toMatchObject({ decision: 'pending', edited: false, value: { value: 29 } });
    expect(store.draft?.targets).toEqual([]);
  });

  it('fills the other language’s title only by editing it, and follows titles with the slug until the editor sets it', () => {
    const store = reviewing();
    store.accept('title.en');
    expect(store.items.find((i) => i.id === 'title.en')?.decision).toBe('pending');
    store.edit('title.en', 'Guangdong Carbon Peaking Plan');
    expect(store.items.find((i) => i.id === 'title.en')?.decision).toBe('accepted');
    expect(store.slug).toBe('guangdong-carbon-peaking-plan');
    store.setSlug('gd-peaking');
    store.edit('title.en', 'Guangdong Carbon Peaking Implementation Plan');
    expect(store.slug).toBe('gd-peaking');
    store.edit('title.en', '');
    expect(store.items.find((i) => i.id === 'title.en')?.decision).toBe('pending');
  });

  it('shows what the draft still needs on the item or field it belongs to', () => {
    const store = reviewing();
    store.accept('title.zh');
    expect([...store.issuesAt.keys()]).toEqual(['place']);
    store.accept('place');
    store.edit('issuedOn', '2022-13-40');
    expect([...store.issuesAt.keys()]).toEqual(['issuedOn']);
  });

  it('creates the draft from the accepted items only when it is valid, and shows the API’s issues on their items', async () => {
    const store = reviewing();
    store.accept('title.zh');
    expect(await store.createDraft()).toBeNull();
    expect(editorApi.createEntry).not.toHaveBeenCalled();
    store.acceptConfident();
    const m = vi.mocked(editorApi.createEntry);
    m.mockRejectedValueOnce(
      new ApiError(409, 'entry/slug_taken', 'Another entry already uses the slug', null, [
        { path: ['slug'], code: 'entry/slug_taken', message: 'Another entry already uses the slug' },
      ]),
    );
    expect(await store.createDraft()).toBeNull();
    expect(store.issuesAt.get('slug')?.[0]?.message).toBe('Another entry already uses the slug');
    store.setSlug('guangdong-peaking-2022');
    m.mockResolvedValueOnce({ id: 'e-new' } as EntryDetail);
    expect(await store.createDraft()).toBe('e-new');
    expect(m.mock.calls[1]![0]).toMatchObject({ slug: 'guangdong-peaking-2022', jurisdiction: '440000', sources: [{ file: UPLOAD.id }] });
  });

  it('refuses a file over 20 MB before sending it, and shows the API’s error for one it cannot read', async () => {
    const store = useIngestReviewStore();
    await store.readFile(new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'big.pdf'));
    expect([store.step, store.error?.status]).toEqual(['choose', 413]);
    expect(ingestApi.readDocumentFile).not.toHaveBeenCalled();
    vi.mocked(ingestApi.readDocumentFile).mockRejectedValueOnce(new ApiError(422, 'ingest/no_text', 'The PDF has no text layer'));
    await store.readFile(new File(['%PDF-1.7'], 'scan.pdf'));
    expect([store.step, store.error?.code]).toEqual(['choose', 'ingest/no_text']);
    vi.mocked(ingestApi.readDocumentFile).mockImplementationOnce(async (_f, progress) => {
      progress(0.5);
      expect(store.progress).toBe(0.5);
      return structuredClone(ANSWER);
    });
    await store.readFile(new File(['%PDF-1.7'], 'plan.pdf'));
    expect([store.step, store.fileName, store.error]).toEqual(['review', 'plan.pdf', null]);
  });
});
