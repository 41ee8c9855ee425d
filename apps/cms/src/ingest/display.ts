import { LEVELS, RELATION_TYPES, type ReviewItem } from '@dualcarbon/domain';
import { ApiError } from '@/api/http';
import { displayLines, regionName, type DisplayContext } from '@/lib/display';
import { errorText } from '@/lib/errors';
import { termLabel } from '@/lib/terms';

type T = (key: string, named?: Record<string, unknown>) => string;

/** Fields whose row label is not simply `field.<name>`. */
const TITLE_KEYS: Partial<Record<ReviewItem['field'], string>> = {
  'title.zh': 'field.titleZh',
  'title.en': 'field.titleEn',
  documentNumber: 'ingest.documentNumber',
  place: 'ingest.place',
  period: 'ingest.period',
  relations: 'field.relations',
};

/** The label of an item's row: the field's name (list fields name their field once, above the rows). */
export function fieldTitle(field: ReviewItem['field'], t: T): string {
  return t(TITLE_KEYS[field] ?? `field.${field}`);
}

/** An item's value as a person reads it: labels, not codes. */
export function itemText(item: ReviewItem, ctx: DisplayContext): string {
  const v = item.value as unknown;
  switch (item.field) {
    case 'place': {
      const p = v as { jurisdiction: string; level: string };
      return [regionName(p.jurisdiction, ctx.lang), termLabel(LEVELS, p.level, ctx.lang)].filter(Boolean).join(' · ');
    }
    case 'period': {
      const p = v as { from?: number; to?: number };
      return `${p.from ?? '…'} – ${p.to ?? '…'}`;
    }
    case 'relations': {
      const r = v as { type: string; target: string };
      const title = item.entry ? (item.entry.title[ctx.lang] ?? item.entry.title.zh ?? item.entry.title.en) : r.target;
      return `${termLabel(RELATION_TYPES, r.type, ctx.lang)}: ${title}`;
    }
    case 'targets':
      return displayLines('targets', [v], ctx)[0] ?? '';
    case 'issuingBodies':
    case 'sectors':
    case 'themes':
    case 'ghgs':
    case 'instrumentType':
      return displayLines(item.field, item.field === 'instrumentType' ? v : [v], ctx)[0] ?? String(v);
    default:
      return typeof v === 'string' ? v : JSON.stringify(v);
  }
}

/** The ingest errors the API names, each as its message key under `ingest.errors` and what the message says. */
const INGEST_ERRORS: Record<string, (e: ApiError) => [key: string, named?: Record<string, unknown>]> = {
  'ingest/too_large': () => ['tooLarge'],
  'ingest/unsupported_type': (e) => ['unsupported', { message: e.message.replace(/\.? Upload a PDF, DOCX, HTML or TXT file\.?$/, '.') }],
  'ingest/no_text': () => ['noText'],
  'ingest/encrypted': () => ['encrypted'],
  'ingest/too_complex': () => ['tooComplex'],
  'ingest/corrupt_file': (e) => ['corrupt', { message: e.message }],
  'ingest/busy': (e) => ['busy', { seconds: e.retryAfter ?? 5 }],
  'request/invalid': (e) => ['invalid', { message: e.message }],
};

/** What went wrong reading a document, and what to do about it. */
export function ingestErrorText(e: unknown, t: T): string {
  if (!(e instanceof ApiError)) return errorText(e, t);
  const known = Object.hasOwn(INGEST_ERRORS, e.code) ? INGEST_ERRORS[e.code]!(e) : e.status === 413 ? (['tooLarge'] as const) : null;
  return known ? t(`ingest.errors.${known[0]}`, known[1]) : errorText(e, t);
}
