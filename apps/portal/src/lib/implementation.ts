import type { HeadlineTarget } from '@dualcarbon/domain';
import type { Lang } from '@/i18n';
import { formatTargetSummary } from './targets';

/** One headline target beside an implementing entry: "Carbon intensity: −18% vs 2020 by 2025". */
export function headlineTarget(target: HeadlineTarget, metric: string, lang: Lang): string {
  return `${metric}${lang === 'zh' ? '：' : ': '}${formatTargetSummary(target, lang)}`;
}
