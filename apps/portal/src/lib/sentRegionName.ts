import type { EntrySummary, RegionName } from '@/api/types';
import type { Lang } from '@/i18n';

/**
 * The names of an entry's jurisdiction as the API sent them: short English ("Guizhou") and the full
 * Chinese name ("贵州省"), which is how each language usually writes a place in running text.
 */
export function entryRegionName(entry: Pick<EntrySummary, 'region' | 'jurisdictionName'>): RegionName | undefined {
  if (entry.region) return { en: entry.region.enShort || entry.region.en, zh: entry.region.zh || entry.region.zhShort };
  return entry.jurisdictionName;
}

/**
 * The jurisdiction's name from what the API sent (the server takes it from the domain's region list),
 * or the code. Kept apart from `regionLabel` so the first view does not ship every region.
 */
export function sentRegionName(entry: Pick<EntrySummary, 'jurisdiction' | 'region' | 'jurisdictionName'>, lang: Lang): string {
  const name = entryRegionName(entry);
  return name?.[lang] || name?.en || entry.jurisdiction;
}
