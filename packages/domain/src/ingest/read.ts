/**
 * Reads a whole document's text into a suggested draft (see suggestion.ts): the header (heading, title,
 * document number, issuing bodies, issue date), the period, the classification (level, jurisdiction,
 * instrument, sectors, themes, gases — the domain's classifier), every target (the domain's target
 * parser) and the documents it cites. Pure: what needs the database (cited titles → entries, duplicates)
 * the API adds to the result.
 */
import { classify, type ClassifierVocabularies } from '../classify/classify';
import type { Suggestion } from '../classify/types';
import { levelForRegionKind } from '../regions/levels';
import { regionIndex } from '../regions/lookup';
import { foldText } from '../targets/text';
import type { MetricTerm, Term } from '../taxonomies/types';
import { findCitations, type Citation } from './citations';
import { findDocumentNumber, findHeading, findSignature, headerBodies } from './header';
import { issuerFor } from './issuers';
import { findPeriod } from './period';
import type { IngestFields, IngestFormat, Suggested, TextSpan } from './suggestion';
import { findDocumentTargets, type DocumentTarget } from './targets';
import { detectLanguage, findSpan, paragraphsOf } from './text';

export interface ReadDocumentInput {
  /** Normalised text: paragraphs separated by a blank line (see joinParagraphs). */
  text: string;
  format: IngestFormat;
  pages?: number | null;
  /** A title the format carries (HTML <h1> or <title>, DOCX Title style); used when it appears in the text. */
  titleHint?: string;
}

export interface ReadDocumentOptions extends ClassifierVocabularies {
  issuers?: readonly Term[];
  metrics?: readonly MetricTerm[];
}

export interface DocumentReading {
  format: IngestFormat;
  pages: number | null;
  language: 'zh' | 'en';
  text: string;
  fields: IngestFields;
  targets: DocumentTarget[];
  citations: Citation[];
  warnings: string[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Where the classifier's evidence words first appear in the text. */
function evidenceOf(text: string, folded: string, s: Suggestion): TextSpan | null {
  for (const e of s.evidence) {
    const words = e
      .replace(/^metric:\s*/, '')
      .replace(/\s*\((?:title head|ambiguous)\)$/, '')
      .replace(/^cover notice:\s*/, '');
    for (const w of words.split(/,\s*/)) {
      const span = w.length >= 1 ? findSpan(text, w, 0, folded) : null;
      if (span) return span;
    }
  }
  return null;
}

const termSuggestion =
  (text: string, folded: string, threshold: number) =>
  (s: Suggestion): Suggested<string> => ({
    value: s.code,
    evidence: evidenceOf(text, folded, s),
    confidence: round2(Math.min(0.95, 0.35 + (0.3 * s.score) / threshold / (1 + s.score / threshold))),
  });

export function readDocument(input: ReadDocumentInput, opts: ReadDocumentOptions = {}): DocumentReading {
  const { text } = input;
  const regions = opts.regions ?? regionIndex;
  const paragraphs = paragraphsOf(text);
  const folded = foldText(text);
  const language = detectLanguage(text);
  const warnings: string[] = [];

  const head = findHeading(text, paragraphs, input.titleHint);
  if (!head) warnings.push('No heading found: the title is left empty');
  const headingEnd = head?.heading.evidence.end ?? 0;
  const number = findDocumentNumber(text, paragraphs, headingEnd);
  const signature = findSignature(text, paragraphs);

  // Issuing bodies: the signature's, else the banner's and the heading's ("国务院关于…").
  const named = signature.bodies.length ? signature.bodies : headerBodies(text, paragraphs, head?.heading);
  const issuingBodies: IngestFields['issuingBodies'] = [];
  const matches = named.map((b) => ({ ...b, match: issuerFor(b.name, regions, opts.issuers) }));
  for (const b of matches) {
    if (!b.match || issuingBodies.some((x) => x.value === b.match!.code && x.name === b.name)) continue;
    issuingBodies.push({ value: b.match.code, name: b.name, evidence: b.evidence, confidence: signature.bodies.length ? 0.85 : 0.7 });
  }

  // Classification: title and opening paragraphs for place and type; the whole text for topics.
  const titleText = [head?.title.value, head && head.heading.value !== head.title.value ? head.heading.value : undefined].filter(Boolean).join(' ');
  const bodyStart = paragraphs.findIndex((p) => p.start >= headingEnd);
  const opening = paragraphs
    .slice(Math.max(0, bodyStart), Math.max(0, bodyStart) + 3)
    .map((p) => p.text)
    .join(' ');
  const lang = (s: string) => ({ [language]: s });
  const headClass = classify(
    { title: lang(titleText), summary: lang(opening) },
    { regions, instruments: opts.instruments, sectors: opts.sectors, themes: opts.themes },
  );
  // A long text names every topic somewhere: a topic must recur (a title hit counts 3, a paragraph 1).
  const threshold = Math.max(2, 1.5 + paragraphs.length / 15);
  const bodyClass = classify(
    { title: lang(titleText), summary: lang(opening), keyPoints: paragraphs.map((p) => lang(p.text)) },
    { regions, sectors: opts.sectors, themes: opts.themes, instruments: opts.instruments, threshold },
  );

  const withRegion = matches.find((b) => b.match?.region);
  const central = matches.find((b) => b.match?.level === 'national');
  const generic = matches.find((b) => b.match?.level && !b.match.region);
  let jurisdiction: IngestFields['jurisdiction'] = null;
  let level: IngestFields['level'] = null;
  if (withRegion) {
    jurisdiction = { value: withRegion.match!.region!.code, evidence: withRegion.evidence, confidence: 0.9 };
    level = { value: levelForRegionKind(withRegion.match!.region!.kind), evidence: withRegion.evidence, confidence: 0.85 };
  } else if (central && !headClass.jurisdiction?.score) {
    jurisdiction = { value: 'CN', evidence: central.evidence, confidence: 0.85 };
    level = { value: 'national', evidence: central.evidence, confidence: 0.85 };
  } else if (headClass.jurisdiction && headClass.jurisdiction.score > 0.1 && !(generic && headClass.jurisdiction.code === 'CN')) {
    jurisdiction = {
      value: headClass.jurisdiction.code,
      evidence: evidenceOf(text, folded, headClass.jurisdiction),
      confidence: round2(Math.min(0.8, 0.3 + headClass.jurisdiction.score / 10)),
    };
    if (headClass.level) level = { value: headClass.level.code, evidence: jurisdiction.evidence, confidence: jurisdiction.confidence };
  } else if (central) {
    jurisdiction = { value: 'CN', evidence: central.evidence, confidence: 0.8 };
    level = { value: 'national', evidence: central.evidence, confidence: 0.8 };
  }
  if (!jurisdiction && generic) {
    // "某省人民政府": the level is known, the place is not.
    level = { value: generic.match!.level!, evidence: generic.evidence, confidence: 0.6 };
    warnings.push(`The issuing body "${generic.name}" names no known place: choose the jurisdiction`);
  }

  const period = findPeriod(text, paragraphs, head?.title.evidence);
  const targets = findDocumentTargets(text, paragraphs, { metrics: opts.metrics });
  const ownTitles = [head?.title.value, head?.heading.value].filter((t): t is string => !!t);
  const citations = findCitations(text, ownTitles);

  const terms = termSuggestion(text, folded, threshold);
  const fields: IngestFields = {
    title: head ? { ...head.title } : null,
    heading: head ? { ...head.heading } : null,
    documentNumber: number ?? null,
    issuingBodies,
    issuedOn: signature.date ?? null,
    effectiveOn: period.effectiveOn ?? null,
    expiresOn: period.expiresOn ?? null,
    periodFrom: period.periodFrom ?? null,
    periodTo: period.periodTo ?? null,
    level,
    jurisdiction,
    instrumentType: headClass.instrumentType
      ? {
          value: headClass.instrumentType.code,
          evidence: evidenceOf(text, folded, headClass.instrumentType),
          confidence: round2(Math.min(0.9, 0.4 + headClass.instrumentType.score / 12)),
        }
      : null,
    sectors: bodyClass.sectors.slice(0, 8).map(terms),
    themes: bodyClass.themes.slice(0, 6).map(terms),
    ghgs: bodyClass.ghgs.slice(0, 5).map(terms),
  };
  if (!targets.length) warnings.push('No quantified target found');
  return { format: input.format, pages: input.pages ?? null, language, text, fields, targets, citations, warnings };
}
