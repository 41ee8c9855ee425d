import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { IngestAnswer, TextSpan } from '@dualcarbon/domain';
import * as editorApi from '@/api/editor';
import * as ingestApi from '@/ingest/api';
import { ApiError } from '@/api/http';
import type { EntryDetail } from '@/api/types';
import { useIngestReviewStore } from './ingestReview';

vi.mock('@/api/editor', () => ({ createEntry: vi.fn() }));
vi.mock('@/ingest/api', () => ({ readDocumentFile: vi.fn(), readDocumentText: vi.fn() }));

const TEXT = '广东省碳达峰实施方案\n\n粤府〔2022〕56号\n\n到2025年，非化石能源消费比重达到29%以上。\n\n广东省人民政府\n\n2022年6月22日';
const span = (s: string): TextSpan => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const UPLOAD = {
  id: '7d0f3c1e-2a4b-4c5d-8e9f-0a1b2c3d4e5f',
  entryId: null,
  name: 'plan.pdf',
  mediaType: 'application/pdf',
  size: 100,
  sha256: 'a'.repeat(64),
  uploadedBy: null,
  createdAt: '2026-12-06T10:00:00.000Z',
  expiresAt: '2026-12-07T10:00:00.000Z',
};
const ANSWER: IngestAnswer = {
  format: 'pdf',
  pages: 1,
  language: 'zh',
  text: TEXT,
  warnings: [],
  citedDocuments: [],
  relations: [],
  duplicates: [],
  upload: UPLOAD,
  fields: {
    title: { value: '广东省碳达峰实施方案', evidence: span('广东省碳达峰实施方案'), confidence: 0.95 },
    heading: null,
    documentNumber: { value: '粤府〔2022〕56号', evidence: span('粤府〔2022〕56号'), confidence: 0.95 },
    issuingBodies: [{ value: 'provincial_government', evidence: span('广东省人民政府'), confidence: 0.9, name: '广东省人民政府' }],
    issuedOn: { value: '2022-06-22', evidence: span('2022年6月22日'), confidence: 0.9 },
    effectiveOn: null,
    expiresOn: null,
    periodFrom: null,
    periodTo: null,
    level: { value: 'provincial', evidence: null, confidence: 0.9 },
    jurisdiction: { value: '440000', evidence: span('广东省'), confidence: 0.9 },
    instrumentType: { value: 'implementation_plan', evidence: span('实施方案'), confidence: 0.85 },
    sectors: [{ value: 'energy', evidence: span('非化石能源'), confidence: 0.6 }],
    themes: [],
    ghgs: [],
  },
  targets: [
    {
      value: {
        metric: 'non_fossil_share',
        comparison: 'share',
        targetYear: 2025,
        value: 29,
        unit: '%',
        qualifier: 'at_least',
        sourceText: '到2025年，非化石能源消费比重达到29%以上。',
        sourceLanguage: 'zh',
      },
      evidence: span('到2025年，非化石能源消费比重达到29%以上。'),
      confidence: 0.9,
      reasons: ['非化石能源消费比重', '29%'],
    },
  ] as IngestAnswer['targets'],
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
