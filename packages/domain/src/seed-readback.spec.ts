/**
 * The seed read-back rule: every target in data/seed/entries must be what the target parser reads from its own
 * sourceText. A hand label the parser cannot reproduce is either a parser gap (fix the parser) or a wrong label
 * (fix the record against its sentence) — e.g. Inner Mongolia's "During the 15th FYP period … 100 billion kWh"
 * is a total over 2026–2030, not an annual figure.
 *
 * The sentence is parsed inside the key point or summary it comes from, as an editor pasting the bullet would:
 * "By 2025, … . The city's ownership of NEVs will reach 1.3 million." states its year one sentence earlier.
 */
import { describe, expect, it } from 'vitest';
import type { Target } from './schemas/target';
import { loadSeedEntries, seedAvailable } from './testing/seed';
import { parseTargets, type TargetSuggestion } from './targets';

/** The fields a parsed target must match, with the schema's defaults. */
const FIELDS = ['metric', 'comparison', 'targetYear', 'value', 'valueMax', 'unit', 'baseYear', 'qualifier', 'strive', 'cumulativeFrom'] as const;
const comparable = (t: Partial<Record<(typeof FIELDS)[number], unknown>>) =>
  Object.fromEntries(FIELDS.map((f) => [f, f === 'strive' ? !!t.strive : f === 'qualifier' ? (t.qualifier ?? 'exact') : t[f]]));
const describeTarget = (t: Partial<Target> | TargetSuggestion) => FIELDS.map((f) => `${f}=${String(t[f as keyof typeof t])}`).join(' ');

describe.skipIf(!seedAvailable())('seed read-back: every seed target is what its sentence says', () => {
  const entries = loadSeedEntries();
  const cases = entries.flatMap(({ file, entry }) =>
    entry.targets.map((target, i) => {
      const texts = [...entry.keyPoints, entry.summary].flatMap((p) => [p.en, p.zh]).filter((x): x is string => !!x);
      return { where: `${file} targets[${i}]`, target, context: texts.find((x) => target.sourceText && x.includes(target.sourceText)) };
    }),
  );

  it('has targets to read back', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it('every target has a sourceText and one parsed target equals it', () => {
    const failures: string[] = [];
    for (const { where, target, context } of cases) {
      if (!target.sourceText) {
        failures.push(`${where}: no sourceText`);
        continue;
      }
      const parsed = parseTargets(target.sourceText, { context, lang: target.sourceLanguage as 'en' | 'zh' | undefined });
      const want = comparable(target);
      if (!parsed.some((p) => FIELDS.every((f) => comparable(p)[f] === want[f]))) {
        failures.push(
          [`${where}: "${target.sourceText}"`, `  stored: ${describeTarget(target)}`, ...parsed.map((p) => `  parsed: ${describeTarget(p)}`)].join('\n'),
        );
      }
    }
    expect(failures.join('\n\n')).toBe('');
  });
});
