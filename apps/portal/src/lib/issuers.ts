import { issuerName, type Term } from '@dualcarbon/domain';
import type { Lang } from '@/i18n';
import { provinceOf, regionByCode } from './regions';
import { termLabel } from './terms';

/**
 * An issuing body as readers know it: a generic local code names the actual body from the entry's
 * jurisdiction (provincial_government in 370000 → 山东省人民政府), anything else its term label
 * (also until the region table has loaded; see lib/regions.ts).
 */
export function issuerLabel(terms: readonly Term[], code: string, jurisdiction: string, lang: Lang): string {
  return issuerName(code, jurisdiction, lang, { regionByCode, provinceOf }) ?? termLabel(terms, code, lang);
}
