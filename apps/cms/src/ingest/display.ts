import { LEVELS, RELATION_TYPES, type ReviewItem } from '@dualcarbon/domain';
import { ApiError } from '@/api/http';
import { displayLines, regionName, type DisplayContext } from '@/lib/display';
import { errorText } from '@/lib/errors';
import { termLabel } from '@/lib/terms';

type T = (key: string, named?: Record<string, unknown>) => string;

/** The label of an item's row: the field's name (list fields name their field once, above the rows). */
export function fieldTitle(field: ReviewItem['field'], t: T): string {
  switch (field) {
    case 'title.zh':
      return t('field.titleZh');
    case 'title.en':
      return t('field.titleEn');
    case 'documentNumber':
      return t('ingest.documentNumber');
    case 'place':
      return t('ingest.place');
    case 'period':
      return t('ingest.period');
    case 'relations':
      return t('field.relations');
    default:
      return t(`field.${field}`);
  }
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

/** What went wrong reading a document, and what to do about it. */
export function ingestErrorText(e: unknown, t: T): string {
  if (!(e instanceof ApiError)) return errorText(e, t);
  switch (e.code) {
    case 'ingest/too_large':
      return t('ingest.errors.tooLarge');
    case 'ingest/unsupported_type':
      return t('ingest.errors.unsupported', { message: e.message.replace(/\.? Upload a PDF, DOCX, HTML or TXT file\.?$/, '.') });
    case 'ingest/no_text':
      return t('ingest.errors.noText');
    case 'ingest/encrypted':
      return t('ingest.errors.encrypted');
    case 'ingest/too_complex':
      return t('ingest.errors.tooComplex');
    case 'ingest/corrupt_file':
      return t('ingest.errors.corrupt', { message: e.message });
    case 'ingest/busy':
      return t('ingest.errors.busy', { seconds: e.retryAfter ?? 5 });
    case 'request/invalid':
      return t('ingest.errors.invalid', { message: e.message });
  }
  if (e.status === 413) return t('ingest.errors.tooLarge');
  return errorText(e, t);
}
