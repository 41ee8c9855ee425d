import {
  ENTRY_KINDS,
  LANGUAGES,
  LEVELS,
  POLICY_STATUSES,
  RELATION_TYPES,
  ancestorsOf,
  formatObservationValue,
  formatTarget,
  regionByCode,
  type Target,
} from '@dualcarbon/domain';
import type { Lang } from '@/i18n';
import type { TaxonomyKey } from './terms';
import { termLabel } from './terms';

export interface DisplayContext {
  lang: Lang;
  /** A taxonomy code's label (the taxonomy store knows admin-added terms). */
  label: (taxonomy: TaxonomyKey | 'ghgs', code: string | null | undefined, lang: Lang) => string;
  /** "Top news" etc. for newsletter sections. */
  sectionLabel?: (code: string) => string;
}

/** A place with its hierarchy: "Shenzhen · Guangdong" / "深圳市 · 广东省". */
export function regionName(code: string | null | undefined, lang: Lang, withParents = true): string {
  if (!code) return '';
  const r = regionByCode(code);
  if (!r) return code;
  const name = (x: { en: string; enShort: string; zh: string }) => (lang === 'zh' ? x.zh : x.enShort || x.en);
  if (!withParents) return name(r);
  const parents = ancestorsOf(code).filter((a) => a.kind !== 'country');
  return [name(r), ...parents.reverse().map(name)].join(' · ');
}

const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

function targetLine(t: Partial<Target>, ctx: DisplayContext): string {
  const metric = ctx.label('metrics', t.metric, ctx.lang) || '?';
  // A half-filled row (no kind or year yet) still reads: its parts as typed.
  const summary =
    typeof t.targetYear === 'number' && typeof t.comparison === 'string'
      ? formatTarget(t as Target, ctx.lang)
      : `${text(t.value)} ${text(t.unit)} ${text(t.targetYear)}`.trim();
  const place = t.jurisdiction ? ` (${regionName(t.jurisdiction, ctx.lang, false)})` : '';
  return `${metric}${place}: ${summary}`;
}

/**
 * A field's value as lines a person reads (labels, not codes), for diffs and the merge dialog.
 * Texts are one line; lists give one line per item.
 */
export function displayLines(key: string, value: unknown, ctx: DisplayContext): string[] {
  if (value === undefined || value === null || value === '') return [];
  const { lang } = ctx;
  const head = key.split('.')[0];
  const list = Array.isArray(value) ? value : [];
  switch (head) {
    case 'kind':
      return [termLabel(ENTRY_KINDS, text(value), lang)];
    case 'level':
      return [termLabel(LEVELS, text(value), lang)];
    case 'status':
      return [termLabel(POLICY_STATUSES, text(value), lang)];
    case 'instrumentType':
      return [ctx.label('instruments', text(value), lang)];
    case 'jurisdiction':
      return [regionName(text(value), lang)];
    case 'issuingBodies':
      return list.map((c) => ctx.label('issuingBodies', text(c), lang));
    case 'sectors':
      return list.map((c) => ctx.label('sectors', text(c), lang));
    case 'themes':
      return list.map((c) => ctx.label('themes', text(c), lang));
    case 'ghgs':
      return list.map((c) => ctx.label('ghgs', text(c), lang));
    case 'keyPoints':
      return list.map((p: { en?: string; zh?: string }) => [p?.en, p?.zh].filter(Boolean).join(' / '));
    case 'targets':
      return list.map((x) => targetLine(x as Partial<Target>, ctx));
    case 'observations':
      return list.map((o: Record<string, unknown>) => {
        const value =
          typeof o.value === 'number' && typeof o.unit === 'string'
            ? formatObservationValue(o as { value: number; unit: string }, lang)
            : `${text(o.value)} ${text(o.unit)}`;
        return `${ctx.label('metrics', text(o.metric), lang)} ${text(o.year)}: ${value} — ${text(o.sourceTitle)}`;
      });
    case 'sources':
      return list.map((s: Record<string, unknown>) =>
        [s.title ? text(s.title) : '', text(s.url), s.publisher ? text(s.publisher) : '', termLabel(LANGUAGES, text(s.language ?? 'zh'), lang)]
          .filter(Boolean)
          .join(' · '),
      );
    case 'relations':
      return list.map((r: Record<string, unknown>) => `${termLabel(RELATION_TYPES, text(r.type), lang)}: ${text(r.target)}`);
    case 'newsletter':
      return list.map(
        (n: Record<string, unknown>) =>
          `#${text(n.issue)} · ${ctx.sectionLabel ? ctx.sectionLabel(text(n.section)) : text(n.section)}${n.group ? ` · ${text(n.group)}` : ''} · ${text(n.order)}`,
      );
    default:
      return Array.isArray(value) ? value.map((x) => (typeof x === 'object' ? JSON.stringify(x) : text(x))) : [text(value)];
  }
}
