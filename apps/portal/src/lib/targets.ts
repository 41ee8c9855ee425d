import { TARGET_QUALIFIERS, type Observation, type Target } from '@dualcarbon/domain';
import type { Lang } from '@/i18n';
import en from '@/i18n/en';
import zh from '@/i18n/zh';
import { formatNumber } from './format';
import { termLabel } from './terms';

const MESSAGES = { en, zh } as const;
const MINUS = '\u2212'; // a real minus sign, not a hyphen

/** Qualifiers written as a symbol before the number (the words stay in the title/tooltip). */
const QUALIFIER_SYMBOLS: Partial<Record<Target['qualifier'], string>> = {
  at_least: '≥',
  no_less_than: '≥',
  exceed: '>',
  at_most: '≤',
};

type ValueLike = Pick<Target, 'value' | 'unit' | 'comparison'> & Partial<Pick<Target, 'valueMax' | 'qualifier'>>;

/** A unit as the reader's language writes it: "vehicles" / "辆"; symbols (%, m², kWh, t) unchanged. */
export function unitLabel(unit: string, lang: Lang): string {
  const units: Record<string, string> = MESSAGES[lang].units;
  return units[unit] ?? unit;
}

export function qualifierLabel(qualifier: Target['qualifier'] | undefined, lang: Lang): string {
  return qualifier && qualifier !== 'exact' ? termLabel(TARGET_QUALIFIERS, qualifier, lang) : '';
}

/** "18" · "40–45" · "1,300,000", with the unit: "18%", "1,300,000 vehicles". */
function amountWithUnit(t: ValueLike, lang: Lang): string {
  const reduction = t.comparison === 'reduction';
  // A reduction is stored as a positive number (18 = "down 18%"); a negative one is really an increase.
  const shown = (v: number) => formatNumber(reduction ? Math.abs(v) : v, lang);
  let amount = shown(t.value);
  if (t.valueMax != null && t.valueMax !== t.value) amount += `–${shown(t.valueMax)}`;
  if (reduction && t.value !== 0) amount = (t.value > 0 ? MINUS : '+') + amount;
  if (t.unit === '%') return amount + '%';
  return `${amount} ${unitLabel(t.unit, lang)}`;
}

/**
 * The value cell of a target: qualifier, number (a reduction carries a minus sign) and unit.
 *   share, at_least, 31, %              → "≥ 31%"
 *   share, about, 45, %                 → "about 45%" / "45%左右"
 *   reduction, exact, 18, %             → "−18%"
 *   reduction, at_least, 18, %          → "at least −18%"  (a "≥" before a negative number would read backwards)
 *   count, exact, 1300000, vehicles     → "1,300,000 vehicles" / "1,300,000 辆"
 */
export function formatTargetValue(t: ValueLike, lang: Lang): string {
  const amount = amountWithUnit(t, lang);
  const q = t.qualifier ?? 'exact';
  if (q === 'exact') return amount;
  const symbol = QUALIFIER_SYMBOLS[q];
  if (symbol && t.comparison !== 'reduction') return `${symbol} ${amount}`;
  const words = qualifierLabel(q, lang);
  if (!words) return amount;
  // Chinese puts "左右" (about) after the number; every other qualifier goes before it.
  return lang === 'zh' && q === 'about' ? amount + words : `${words} ${amount}`;
}

function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** The whole target in one phrase: "−18% vs 2020 by 2025" / "到2025年较2020年 −18%". */
export function formatTargetSummary(t: Target, lang: Lang): string {
  const m = MESSAGES[lang].targets;
  const value = formatTargetValue(t, lang);
  return t.baseYear != null
    ? interpolate(m.summaryWithBase, { value, base: t.baseYear, year: t.targetYear })
    : interpolate(m.summaryNoBase, { value, year: t.targetYear });
}

export function formatObservationValue(o: Observation, lang: Lang): string {
  return formatTargetValue({ value: o.value, unit: o.unit, comparison: o.comparison, qualifier: 'exact' }, lang);
}
