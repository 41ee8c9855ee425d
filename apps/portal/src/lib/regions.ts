import { regionByCode } from '@dualcarbon/domain';
import type { RegionName } from '@/api/types';
import type { Lang } from '@/i18n';

/**
 * A jurisdiction's name in the reader's language: the name the API sent with the entry, else the
 * domain's region list (short English name, full Chinese name), else the code itself.
 * Imports the full region list: use it in lazily loaded views; list cards use `sentRegionName`.
 */
export function regionLabel(code: string, lang: Lang, name?: RegionName | null): string {
  if (name?.[lang]) return name[lang];
  const region = regionByCode(code);
  if (region) return lang === 'zh' ? region.zh : region.enShort;
  return name?.en || code;
}
