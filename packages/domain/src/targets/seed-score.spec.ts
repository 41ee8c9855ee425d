/**
 * Scores the target parser against the hand-labelled targets in data/seed/entries: every target with a
 * sourceText is parsed and counted as exact when a suggestion has the same metric, comparison, value,
 * valueMax, baseYear, targetYear, qualifier, strive and cumulativeFrom (seed-readback.spec.ts requires every one).
 *
 * Two scores: the sentence alone, and the sentence with its key point as context. The seed's sourceText is
 * one sentence; in a bullet such as "By 2025, … . The city's ownership of NEVs will reach 1.3 million." the
 * second sentence names no year, so alone it cannot give a target year. The context score is what an editor
 * sees when the CMS parses a whole bullet; the floor is asserted on it.
 */
import { describe, expect, it } from 'vitest';
import type { Target } from '../schemas/target';
import { loadSeedEntries } from '../testing/seed';
import { parseTargets, type TargetSuggestion } from './index';

const same = (s: TargetSuggestion, t: Target) =>
  s.metric === t.metric &&
  s.comparison === t.comparison &&
  s.value === t.value &&
  s.valueMax === t.valueMax &&
  s.baseYear === t.baseYear &&
  s.targetYear === t.targetYear &&
  s.qualifier === t.qualifier &&
  s.strive === t.strive &&
  s.cumulativeFrom === t.cumulativeFrom;

describe('target parser on the seed', () => {
  const entries = loadSeedEntries();
  const cases = entries.flatMap(({ file, entry }) =>
    entry.targets
      .filter((t) => t.sourceText)
      .map((t) => {
        const texts = [...entry.keyPoints, entry.summary].flatMap((p) => [p.en, p.zh]).filter((x): x is string => !!x);
        return { file, target: t, context: texts.find((x) => x.includes(t.sourceText!)) };
      }),
  );

  it('has labelled targets to score', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it('parses the seed target sentences', () => {
    const alone = cases.filter((c) => parseTargets(c.target.sourceText!).some((s) => same(s, c.target)));
    const inContext = cases.filter((c) => parseTargets(c.target.sourceText!, { context: c.context }).some((s) => same(s, c.target)));
    // Suggestions no label of the same entry accounts for, over the distinct sentences (a clause quoted for one
    // target often states its neighbours too, each labelled with its own shorter quote).
    const sentences = new Map(cases.map((c) => [c.target.sourceText!, c]));
    let suggested = 0;
    let unmatched = 0;
    const extra: string[] = [];
    for (const [text, c] of sentences) {
      const labels = cases.filter((x) => x.file === c.file).map((x) => x.target);
      for (const s of parseTargets(text, { context: c.context })) {
        suggested++;
        if (!labels.some((t) => same(s, t))) {
          unmatched++;
          extra.push(`  unlabelled suggestion ${c.file}: ${s.metric} ${s.comparison} ${s.value} ${s.unit} ${s.targetYear} — ${text}`);
        }
      }
    }
    const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1);
    console.log(
      [
        `target parser: ${inContext.length}/${cases.length} seed target sentences parsed exactly (${pct(inContext.length, cases.length)}%) — sentence with its key point as context`,
        `target parser: ${alone.length}/${cases.length} seed target sentences parsed exactly (${pct(alone.length, cases.length)}%) — sentence alone (no year when the year is in an earlier sentence)`,
        `target parser: ${suggested - unmatched}/${suggested} suggestions match a seed label (precision ${pct(suggested - unmatched, suggested)}%)`,
        ...extra,
        ...cases
          .filter((c) => !inContext.includes(c))
          .map((c) => `  miss ${c.file}: ${c.target.metric} ${c.target.value} ${c.target.targetYear} — ${c.target.sourceText}`),
      ].join('\n'),
    );
    expect(inContext.length / cases.length).toBeGreaterThanOrEqual(0.8);
    expect(alone.length / cases.length).toBeGreaterThanOrEqual(0.5);
    expect((suggested - unmatched) / suggested).toBeGreaterThanOrEqual(0.8);
  });
});
