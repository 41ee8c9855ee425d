import { assignerForLevel, formatTarget, isMilestoneComparison, type HeadlineTarget } from '@dualcarbon/domain';
import type { Lang } from '@/i18n';

/**
 * One headline target beside an implementing entry, in the domain's wording: "Carbon intensity: a
 * reduction of 18% vs 2020 by 2025", "Peak before 2030" (a milestone names itself), "Energy intensity:
 * as assigned by the state, by 2025" (by the province for a city's entry).
 */
export function headlineTarget(target: HeadlineTarget, metric: string, level: string, lang: Lang): string {
  const text = formatTarget(target, lang, { assignedBy: assignerForLevel(level) });
  if (isMilestoneComparison(target.comparison)) return text;
  return `${metric}${lang === 'zh' ? '：' : ': '}${text}`;
}
