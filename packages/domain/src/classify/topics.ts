/** Sectors, themes and gases: keyword evidence per field, plus what named metrics imply. */
import { METRICS } from '../taxonomies/metrics';
import type { Term } from '../taxonomies/types';
import { findMentions } from '../targets/mentions';
import { foldText } from '../targets/text';
import { findTermHits } from './match';
import { METRIC_TAGS } from './metric-tags';
import { bump, FIELD_WEIGHT, ranked, type FieldText, type Suggestion } from './types';

export interface TopicOptions {
  /** Suggest a term only at this score or above (default 1: a title hit scores 3, a summary hit 1.5, a key point 1). */
  threshold?: number;
  /** Add what named metrics imply (METRIC_TAGS) under this key. */
  metricTags?: 'sectors' | 'themes';
}

/**
 * Per text, a term scores the field's weight for its first keyword and a quarter more per further distinct
 * keyword (at most 1.5×). Scores add up over texts. Terms under the threshold are dropped.
 */
export function suggestTerms(texts: FieldText[], terms: readonly Term[], opts: TopicOptions = {}): Suggestion[] {
  const table = new Map<string, Suggestion>();
  const known = new Set(terms.map((t) => t.code));
  for (const { field, text } of texts) {
    const byCode = new Map<string, Set<string>>();
    for (const h of findTermHits(text, terms)) byCode.set(h.code, (byCode.get(h.code) ?? new Set()).add(h.text.toLowerCase()));
    for (const [code, words] of byCode) {
      const w = FIELD_WEIGHT[field] * Math.min(1.5, 1 + 0.25 * (words.size - 1));
      bump(table, code, w, [...words].join(', '));
    }
    if (opts.metricTags) {
      const seen = new Set<string>();
      for (const m of findMentions(foldText(text), METRICS)) {
        for (const metric of m.metrics) {
          for (const code of METRIC_TAGS[metric as keyof typeof METRIC_TAGS]?.[opts.metricTags] ?? []) {
            if (!known.has(code) || seen.has(code)) continue;
            seen.add(code);
            bump(table, code, FIELD_WEIGHT[field], `metric: ${text.slice(m.start, m.end)}`);
          }
        }
      }
    }
  }
  const threshold = opts.threshold ?? 1;
  const out = ranked(table).filter((s) => s.score >= threshold);
  // A parent ("industry") only when it has more evidence than its best child ("industry.cement").
  return out.filter((s) => !out.some((c) => terms.some((t) => t.code === c.code && t.parent === s.code) && c.score >= s.score));
}
