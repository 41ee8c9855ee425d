import { regionName, type EntrySummary, type RegionName } from '@/api/types';
import type { Lang } from '@/i18n';

/**
 * The names of an entry's jurisdiction as the API sent them: short English ("Guizhou") and the full
 * Chinese name ("贵州省"), which is how each language usually writes a place in running text.
 */
export function entryRegionName(entry: Pick<EntrySummary, 'region'>): RegionName | undefined {
  return entry.region ? regionName(entry.region) : undefined;
}

/**
 * The jurisdiction's name from what the API sent (the server takes it from the domain's region list),
 * or the code. Kept apart from `regionLabel` so the first view does not ship every region.
 */
export function sentRegionName(entry: Pick<EntrySummary, 'jurisdiction' | 'region'>, lang: Lang): string {
  const name = entryRegionName(entry);
  return name?.[lang] || name?.en || entry.jurisdiction;
}
