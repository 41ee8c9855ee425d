/** A small suggestion, written by hand, for the domain's review specs and the CMS's ingestion review store spec. */
import type { EntryFile } from '../files/entry-files';
import type { IngestSuggestion, TextSpan } from '../ingest/suggestion';

export const SAMPLE_TEXT = [
  '广东省人民政府关于印发《广东省碳达峰实施方案》的通知',
  '粤府〔2022〕56号',
  '到2025年，非化石能源消费比重达到29%以上，单位地区生产总值二氧化碳排放确保完成国家下达指标。',
  '广东省人民政府',
  '2022年6月22日',
].join('\n\n');

const span = (needle: string): TextSpan => {
  const start = SAMPLE_TEXT.indexOf(needle);
  if (start < 0) throw new Error(`not in the sample: ${needle}`);
  return { start, end: start + needle.length, text: needle };
};

export const SAMPLE_SUGGESTION: IngestSuggestion = {
  format: 'pdf',
  pages: 1,
  language: 'zh',
  text: SAMPLE_TEXT,
  fields: {
    title: { value: '广东省碳达峰实施方案', evidence: span('广东省碳达峰实施方案'), confidence: 0.95 },
    heading: {
      value: '广东省人民政府关于印发《广东省碳达峰实施方案》的通知',
      evidence: span('广东省人民政府关于印发《广东省碳达峰实施方案》的通知'),
      confidence: 0.9,
    },
    documentNumber: { value: '粤府〔2022〕56号', evidence: span('粤府〔2022〕56号'), confidence: 0.95 },
    issuingBodies: [{ value: 'provincial_government', evidence: span('广东省人民政府'), confidence: 0.9, name: '广东省人民政府' }],
    issuedOn: { value: '2022-06-22', evidence: span('2022年6月22日'), confidence: 0.9 },
    effectiveOn: null,
    expiresOn: null,
    periodFrom: null,
    periodTo: { value: 2025, evidence: span('到2025年'), confidence: 0.6 },
    level: { value: 'provincial', evidence: null, confidence: 0.9 },
    jurisdiction: { value: '440000', evidence: span('广东省'), confidence: 0.9 },
    instrumentType: { value: 'implementation_plan', evidence: span('实施方案'), confidence: 0.85 },
    sectors: [
      { value: 'energy', evidence: span('非化石能源'), confidence: 0.7 },
      { value: 'cross_cutting', evidence: span('碳达峰'), confidence: 0.9 },
    ],
    themes: [{ value: 'one_plus_n', evidence: span('碳达峰实施方案'), confidence: 0.85 }],
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
        sourceText: '到2025年，非化石能源消费比重达到29%以上',
        sourceLanguage: 'zh',
      },
      evidence: span('到2025年，非化石能源消费比重达到29%以上'),
      confidence: 0.9,
      reasons: ['非化石能源消费比重', '29%', '以上', '2025年'],
    },
  ] as IngestSuggestion['targets'],
  citedDocuments: [],
  relations: [],
  duplicates: [],
  warnings: [],
};

export const SAMPLE_UPLOAD: EntryFile = {
  id: '7d0f3c1e-2a4b-4c5d-8e9f-0a1b2c3d4e5f',
  entryId: null,
  name: '广东省碳达峰实施方案.pdf',
  mediaType: 'application/pdf',
  size: 12345,
  sha256: 'a'.repeat(64),
  uploadedBy: { id: '11111111-2222-4333-8444-555555555555', name: 'Edna Editor' },
  createdAt: '2026-12-06T10:00:00.000Z',
  expiresAt: '2026-12-07T10:00:00.000Z',
};
