import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '@dualcarbon/domain';
import { ApiError } from '@/api/http';
import { createAppI18n } from '@/i18n';
import { staticTaxonomies, termLabel } from '@/lib/terms';
import { ingestErrorText, itemText } from './display';

const { t } = createAppI18n('en').global as unknown as { t: (k: string, n?: Record<string, unknown>) => string };
const terms = staticTaxonomies();
const ctx = {
  lang: 'en' as const,
  label: (key: string, code: string | null | undefined, lang: 'en' | 'zh') => termLabel(key === 'ghgs' ? [] : terms[key as keyof typeof terms], code, lang),
};
const item = (field: ReviewItem['field'], value: unknown): ReviewItem =>
  ({ id: field, field, value, suggested: value, evidence: null, confidence: 1, decision: 'pending', edited: false }) as ReviewItem;

describe('ingestErrorText', () => {
  it('says what to do for each refusal of the reading route', () => {
    expect(ingestErrorText(new ApiError(413, 'ingest/too_large', 'The file is larger than 20 MB'), t)).toBe(
      'The file is larger than 20 MB. Upload a smaller file, or paste the text.',
    );
    expect(
      ingestErrorText(new ApiError(415, 'ingest/unsupported_type', 'Unsupported file type: a spreadsheet (.xlsx). Upload a PDF, DOCX, HTML or TXT file'), t),
    ).toBe('Unsupported file type: a spreadsheet (.xlsx). Upload a PDF, DOCX, HTML or TXT file.');
    expect(ingestErrorText(new ApiError(422, 'ingest/no_text', 'no text'), t)).toMatch(/no text to read \(is it a scan\?\)/);
    expect(ingestErrorText(new ApiError(400, 'ingest/corrupt_file', 'The file is named .pdf but is not a readable PDF'), t)).toBe(
      'The file seems damaged: The file is named .pdf but is not a readable PDF',
    );
    expect(ingestErrorText(new ApiError(429, 'ingest/busy', 'busy', null, [], 5), t)).toBe('A document of yours is still being read. Try again in 5 s.');
    expect(ingestErrorText(new ApiError(413, 'http/413', 'Payload Too Large'), t)).toMatch(/larger than 20 MB/);
  });
});

describe('itemText', () => {
  it('shows labels, places and targets as people read them', () => {
    expect(itemText(item('place', { jurisdiction: '440000', level: 'provincial' }), ctx)).toBe('Guangdong · Provincial');
    expect(itemText(item('sectors', 'energy'), ctx)).toBe(termLabel(terms.sectors, 'energy', 'en'));
    expect(itemText(item('period', { from: 2021, to: 2025 }), ctx)).toBe('2021 – 2025');
    expect(
      itemText(item('targets', { metric: 'non_fossil_share', comparison: 'share', targetYear: 2025, value: 29, unit: '%', qualifier: 'at_least' }), ctx),
    ).toMatch(/^Non-fossil share of energy consumption: .*29%.*2025/);
  });
});
