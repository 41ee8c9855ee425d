/**
 * The review of a document read by ingestion: every suggestion becomes an item the editor accepts, edits
 * or rejects; the accepted ones (and only those) make the draft. The CMS's review screen and its store work
 * on these items; the rules of what goes where live here.
 */
import type { EntryFile } from '../files/entry-files';
import type { EntryRef, IngestSuggestion, TextSpan } from '../ingest/suggestion';
import type { EntryInput, Relation } from '../schemas/entry';
import type { TargetInput } from '../schemas/target';

export type ReviewDecision = 'pending' | 'accepted' | 'rejected';

/** The value each kind of item holds. A list field (sectors …) has one item per code. */
export interface ReviewValues {
  'title.zh': string;
  'title.en': string;
  documentNumber: string;
  issuingBodies: string;
  issuedOn: string;
  effectiveOn: string;
  expiresOn: string;
  place: { jurisdiction: string; level: string };
  instrumentType: string;
  sectors: string;
  themes: string;
  ghgs: string;
  period: { from?: number; to?: number };
  relations: Relation;
  targets: TargetInput;
}
export type ReviewField = keyof ReviewValues;

/** Screen order. */
export const REVIEW_FIELDS: readonly ReviewField[] = [
  'title.zh',
  'title.en',
  'documentNumber',
  'issuingBodies',
  'issuedOn',
  'effectiveOn',
  'expiresOn',
  'place',
  'instrumentType',
  'sectors',
  'themes',
  'ghgs',
  'period',
  'relations',
  'targets',
];

/** Fields that hold one item per suggested value. */
export const LIST_FIELDS: ReadonlySet<ReviewField> = new Set(['issuingBodies', 'sectors', 'themes', 'ghgs', 'relations', 'targets']);

/** "Accept all" takes the pending items at least this sure. */
export const HIGH_CONFIDENCE = 0.8;

export interface ReviewItem<F extends ReviewField = ReviewField> {
  /** Stable within one review: "issuedOn", "sectors:energy", "targets:3". */
  id: string;
  field: F;
  /** What the draft gets when the item is accepted (the suggestion, or the editor's edit). */
  value: ReviewValues[F];
  /** What the reader suggested; null for an item the editor fills in (the title in the other language). */
  suggested: ReviewValues[F] | null;
  evidence: TextSpan | null;
  confidence: number;
  decision: ReviewDecision;
  /** The value differs from the suggestion. */
  edited: boolean;
  /** Shown beside the value: the issuing body as printed, the words behind a target. */
  note?: string;
  /** The existing entry a relation points at. */
  entry?: EntryRef;
}

const item = <F extends ReviewField>(
  id: string,
  field: F,
  s: { value: ReviewValues[F]; evidence: TextSpan | null; confidence: number } | null,
  extra: Partial<ReviewItem<F>> = {},
): ReviewItem<F> => ({
  id,
  field,
  value: s ? s.value : ('' as ReviewValues[F]),
  suggested: s ? s.value : null,
  evidence: s?.evidence ?? null,
  confidence: s?.confidence ?? 0,
  decision: 'pending',
  edited: false,
  ...extra,
});

/** The items of a review, in screen order, all pending. */
export function reviewItems(s: IngestSuggestion): ReviewItem[] {
  const f = s.fields;
  const out: ReviewItem[] = [];
  // The title is suggested in the document's language; the other language is the editor's to fill in.
  const [own, other] = s.language === 'zh' ? (['title.zh', 'title.en'] as const) : (['title.en', 'title.zh'] as const);
  out.push(item(own, own, f.title ?? f.heading), item(other, other, null));
  if (f.documentNumber) out.push(item('documentNumber', 'documentNumber', f.documentNumber));
  for (const b of f.issuingBodies) out.push(item(`issuingBodies:${b.value}`, 'issuingBodies', b, { note: b.name }));
  for (const k of ['issuedOn', 'effectiveOn', 'expiresOn'] as const) {
    const d = f[k];
    if (d) out.push(item(k, k, d));
  }
  if (f.jurisdiction) {
    const level = f.level?.value ?? '';
    // One item: a level only makes sense with its place. Evidence and confidence are the place's.
    out.push(
      item('place', 'place', {
        value: { jurisdiction: f.jurisdiction.value, level },
        evidence: f.jurisdiction.evidence,
        confidence: Math.min(f.jurisdiction.confidence, f.level?.confidence ?? 1),
      }),
    );
  }
  if (f.instrumentType) out.push(item('instrumentType', 'instrumentType', f.instrumentType));
  for (const k of ['sectors', 'themes', 'ghgs'] as const) for (const x of f[k]) out.push(item(`${k}:${x.value}`, k, x));
  if (f.periodFrom || f.periodTo) {
    const from = f.periodFrom ?? f.periodTo!;
    out.push(
      item('period', 'period', {
        value: { from: f.periodFrom?.value, to: f.periodTo?.value },
        evidence: from.evidence,
        confidence: Math.min(f.periodFrom?.confidence ?? 1, f.periodTo?.confidence ?? 1),
      }),
    );
  }
  s.relations.forEach((r) => out.push(item(`relations:${r.value.type}:${r.value.target}`, 'relations', r, { entry: r.entry })));
  s.targets.forEach((t, i) => out.push(item(`targets:${i}`, 'targets', t, { note: t.reasons.join(' · ') })));
  return out;
}

const accepted = <F extends ReviewField>(items: readonly ReviewItem[], field: F) =>
  items.filter((i): i is ReviewItem<F> => i.field === field && i.decision === 'accepted');
const one = <F extends ReviewField>(items: readonly ReviewItem[], field: F): ReviewValues[F] | undefined => accepted(items, field)[0]?.value;
const text = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

export interface DraftOptions {
  slug: string;
  /** The uploaded document: the draft's source file. */
  upload: EntryFile | null;
  /** The document's language (the source's). */
  language: 'en' | 'zh';
}

/**
 * The draft the accepted items make: an EntryInput for POST /api/editor/entries. A policy in force (the
 * editor changes kind and status in the entry editor); the uploaded document is its source file, titled
 * with the accepted title in the document's language. Required fields left unaccepted stay empty, so the
 * entry validation asks for them.
 */
export function draftFromReview(items: readonly ReviewItem[], opts: DraftOptions): EntryInput {
  const place = one(items, 'place');
  const period = one(items, 'period');
  const title = { en: text(one(items, 'title.en')), zh: text(one(items, 'title.zh')) };
  const sourceTitle = (opts.language === 'zh' ? title.zh : title.en) ?? title.zh ?? title.en;
  return {
    kind: 'policy',
    slug: opts.slug,
    title,
    jurisdiction: place?.jurisdiction ?? '',
    level: (place?.level ?? '') as EntryInput['level'],
    issuingBodies: accepted(items, 'issuingBodies').map((i) => i.value),
    issuedOn: text(one(items, 'issuedOn')),
    effectiveOn: text(one(items, 'effectiveOn')),
    expiresOn: text(one(items, 'expiresOn')),
    instrumentType: text(one(items, 'instrumentType')),
    sectors: accepted(items, 'sectors').map((i) => i.value),
    themes: accepted(items, 'themes').map((i) => i.value),
    ghgs: accepted(items, 'ghgs').map((i) => i.value) as EntryInput['ghgs'],
    relations: accepted(items, 'relations').map((i) => i.value),
    targets: accepted(items, 'targets').map((i) => i.value),
    sources: opts.upload ? [{ file: opts.upload.id, title: sourceTitle, language: opts.language, official: true }] : [],
    status: 'in_force',
    documentNumber: text(one(items, 'documentNumber')),
    periodFrom: period?.from,
    periodTo: period?.to,
  };
}

/**
 * The item a validation issue of the draft belongs to (its path is the draft's: ['targets', 2, 'value']
 * is the third accepted target), or the field name when no item holds it (a required place nobody accepted).
 */
export function itemForIssue(items: readonly ReviewItem[], path: readonly (string | number)[]): ReviewItem | ReviewField | 'slug' | null {
  const [head, index] = path;
  if (head === 'slug') return 'slug';
  if (head === 'title') {
    const lang = path[1] === 'zh' ? 'zh' : 'en';
    const own = items.find((i) => i.field === `title.${lang}`);
    // "Give a title in English or Chinese" is addressed to title.en: show it where a title was suggested.
    const suggested = items.find((i) => i.field.startsWith('title.') && i.suggested !== null);
    return own && (own.suggested !== null || own.edited) ? own : (suggested ?? own ?? `title.${lang}`);
  }
  if (head === 'jurisdiction' || head === 'level') return items.find((i) => i.field === 'place') ?? 'place';
  if (head === 'periodFrom' || head === 'periodTo') return items.find((i) => i.field === 'period') ?? 'period';
  if (typeof head === 'string' && LIST_FIELDS.has(head as ReviewField) && typeof index === 'number') {
    return accepted(items, head as ReviewField)[index] ?? (head as ReviewField);
  }
  if (typeof head === 'string' && (REVIEW_FIELDS as readonly string[]).includes(head)) return items.find((i) => i.field === head) ?? (head as ReviewField);
  return null;
}
