import { describe, expect, it } from 'vitest';
import { parseEntryInput } from '../validation/parse';
import { SAMPLE_SUGGESTION, SAMPLE_UPLOAD } from '../testing/ingest-suggestion';
import { draftFromReview, itemForIssue, reviewItems, type ReviewItem } from './review';

const acceptAll = (items: ReviewItem[]) => items.map((i) => (i.suggested === null ? i : { ...i, decision: 'accepted' as const }));
const options = { slug: 'guangdong-carbon-peaking-implementation-plan', upload: SAMPLE_UPLOAD, language: 'zh' as const };

describe('reviewItems', () => {
  it('makes one pending item per suggestion, in screen order, and an empty one for the other language’s title', () => {
    const items = reviewItems(SAMPLE_SUGGESTION);
    expect(items.map((i) => i.id)).toEqual([
      'title.zh',
      'title.en',
      'documentNumber',
      'issuingBodies:provincial_government',
      'issuedOn',
      'place',
      'instrumentType',
      'sectors:energy',
      'sectors:cross_cutting',
      'themes:one_plus_n',
      'period',
      'targets:0',
    ]);
    expect(items.every((i) => i.decision === 'pending' && !i.edited)).toBe(true);
    expect(items.find((i) => i.id === 'title.en')).toMatchObject({ value: '', suggested: null, evidence: null });
    expect(items.find((i) => i.id === 'place')).toMatchObject({ value: { jurisdiction: '440000', level: 'provincial' }, evidence: { text: '广东省' } });
    expect(items.find((i) => i.id === 'period')?.value).toEqual({ from: undefined, to: 2025 });
    expect(items.find((i) => i.id === 'issuingBodies:provincial_government')?.note).toBe('广东省人民政府');
  });
});

describe('draftFromReview', () => {
  it('makes a valid draft from the accepted items, with the uploaded document as its source file', () => {
    const draft = draftFromReview(acceptAll(reviewItems(SAMPLE_SUGGESTION)), options);
    expect(draft).toMatchObject({
      kind: 'policy',
      slug: 'guangdong-carbon-peaking-implementation-plan',
      title: { zh: '广东省碳达峰实施方案' },
      jurisdiction: '440000',
      level: 'provincial',
      issuingBodies: ['provincial_government'],
      issuedOn: '2022-06-22',
      documentNumber: '粤府〔2022〕56号',
      periodTo: 2025,
      instrumentType: 'implementation_plan',
      sectors: ['energy', 'cross_cutting'],
      themes: ['one_plus_n'],
      targets: [{ metric: 'non_fossil_share', value: 29, qualifier: 'at_least' }],
      sources: [{ file: SAMPLE_UPLOAD.id, title: '广东省碳达峰实施方案', language: 'zh', official: true }],
    });
    expect(draft.title.en).toBeUndefined();
    expect(parseEntryInput(draft)).toMatchObject({ ok: true });
  });

  it('leaves out what was rejected or not decided, and takes edits', () => {
    const items = reviewItems(SAMPLE_SUGGESTION).map((i): ReviewItem => {
      if (i.id === 'sectors:energy') return { ...i, decision: 'rejected' };
      if (i.id === 'title.en') return { ...i, value: 'Guangdong Carbon Peaking Implementation Plan', decision: 'accepted', edited: true };
      if (i.id === 'issuedOn') return { ...i, value: '2022-06-23', decision: 'accepted', edited: true };
      if (i.id === 'targets:0' || i.id === 'instrumentType') return i;
      return { ...i, decision: 'accepted' };
    });
    const draft = draftFromReview(items, { ...options, upload: null });
    expect(draft.title).toEqual({ en: 'Guangdong Carbon Peaking Implementation Plan', zh: '广东省碳达峰实施方案' });
    expect(draft.sectors).toEqual(['cross_cutting']);
    expect(draft.issuedOn).toBe('2022-06-23');
    expect(draft.instrumentType).toBeUndefined();
    expect(draft.targets).toEqual([]);
    expect(draft.sources).toEqual([]);
  });

  it('leaves a required place empty when it was not accepted, so validation asks for it on the place item', () => {
    const items = reviewItems(SAMPLE_SUGGESTION).map((i) => (i.id === 'title.zh' ? { ...i, decision: 'accepted' as const } : i));
    const result = parseEntryInput(draftFromReview(items, options));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const targets = result.issues.map((i) => itemForIssue(items, i.path));
    expect(targets).toContain(items.find((i) => i.id === 'place'));
  });
});

describe('itemForIssue', () => {
  it('finds the accepted item behind a draft path', () => {
    const items = acceptAll(reviewItems(SAMPLE_SUGGESTION)).map((i) => (i.id === 'sectors:energy' ? { ...i, decision: 'rejected' as const } : i));
    expect(itemForIssue(items, ['sectors', 0])?.valueOf()).toMatchObject({ id: 'sectors:cross_cutting' });
    expect(itemForIssue(items, ['targets', 0, 'value'])).toMatchObject({ id: 'targets:0' });
    // The English title was neither suggested nor typed: a missing title shows on the suggested Chinese one.
    expect(itemForIssue(items, ['title', 'en'])).toMatchObject({ id: 'title.zh' });
    const typed = items.map((i) => (i.id === 'title.en' ? { ...i, value: 'Plan', edited: true, decision: 'accepted' as const } : i));
    expect(itemForIssue(typed, ['title', 'en'])).toMatchObject({ id: 'title.en' });
    expect(itemForIssue(items, ['level'])).toMatchObject({ id: 'place' });
    expect(itemForIssue(items, ['slug'])).toBe('slug');
    expect(itemForIssue(items, ['targets', 5])).toBe('targets');
    expect(itemForIssue(items, ['summary', 'en'])).toBeNull();
  });
});
