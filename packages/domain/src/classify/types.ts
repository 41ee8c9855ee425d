import type { LocalizedText } from '../schemas/primitives';
import type { DocumentHeader } from './header';

/** What the classifier reads: the editable text of an entry. */
export interface ClassifyInput {
  title: LocalizedText;
  summary?: LocalizedText;
  keyPoints?: readonly LocalizedText[];
  /** Reports name a publisher; a think tank suggests a research report. */
  publisher?: string;
  /** The document's own text, when there is one: its header and signature block name the issuers (readDocumentHeader). */
  text?: string;
}

/** One suggestion with the words that triggered it. Scores are relative (higher is surer), not probabilities. */
export interface Suggestion {
  code: string;
  score: number;
  evidence: string[];
}

export interface Classification {
  level?: Suggestion;
  /** Region code (CN, a province or city code, or a zone code when zones are passed in). */
  jurisdiction?: Suggestion;
  instrumentType?: Suggestion;
  sectors: Suggestion[];
  themes: Suggestion[];
  ghgs: Suggestion[];
  /** Issuing bodies read from the document's header and signature block (only with `text`). */
  issuingBodies: Suggestion[];
  /** What the document prints around its text: title, 文号, issuers, date (only with `text`). */
  header?: DocumentHeader;
  /** Runners-up for the single-valued fields, best first, for pickers. */
  alternatives: { jurisdiction: Suggestion[]; instrumentType: Suggestion[] };
}

export type Field = 'title' | 'summary' | 'keyPoints';

/** Text of an entry by field, both languages. */
export interface FieldText {
  field: Field;
  text: string;
}

export const FIELD_WEIGHT: Record<Field, number> = { title: 3, summary: 1.5, keyPoints: 1 };

export function fieldTexts(input: ClassifyInput): FieldText[] {
  const out: FieldText[] = [];
  const add = (field: Field, t?: LocalizedText) => {
    for (const s of [t?.en, t?.zh]) if (s && s.trim()) out.push({ field, text: s });
  };
  add('title', input.title);
  add('summary', input.summary);
  for (const k of input.keyPoints ?? []) add('keyPoints', k);
  return out;
}

/** Adds evidence to a score table. */
export function bump(table: Map<string, Suggestion>, code: string, score: number, evidence: string): void {
  const s = table.get(code) ?? { code, score: 0, evidence: [] };
  s.score += score;
  if (evidence && !s.evidence.includes(evidence)) s.evidence.push(evidence);
  table.set(code, s);
}

export const ranked = (table: Map<string, Suggestion>): Suggestion[] =>
  [...table.values()].map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 })).sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
