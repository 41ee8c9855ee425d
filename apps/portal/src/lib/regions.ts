import type { Region } from '@dualcarbon/domain';
import { shallowRef } from 'vue';
import type { RegionName } from '@/api/types';
import type { Lang } from '@/i18n';

/**
 * Region names from the domain's table, which is a chunk of its own so that no first view carries it: the
 * first look-up starts loading it, and until it arrives look-ups find nothing (labels fall back to the name
 * the API sent, else the code). The table is a shallowRef, so computed labels fill in when it lands.
 */
const table = shallowRef<typeof import('./regionTable') | null>(null);
let loading: Promise<void> | null = null;

export function loadRegionTable(): Promise<void> {
  loading ??= import('./regionTable').then(
    (m) => void (table.value = m),
    () => void (loading = null), // offline: the next look-up tries again
  );
  return loading;
}

function lookups() {
  if (!table.value) void loadRegionTable();
  return table.value;
}

export function regionByCode(code: string): Region | undefined {
  return lookups()?.regionByCode(code);
}

/** The province a place lies in (itself for a province); undefined for CN, unknown codes, or until loaded. */
export function provinceOf(code: string): Region | undefined {
  return lookups()?.provinceOf(code);
}

/** Ancestors from China down to the parent ([] until the table has loaded). */
export function ancestorsOf(code: string): Region[] {
  return lookups()?.ancestorsOf(code) ?? [];
}

/** The 34 province-level divisions by GB/T 2260 code, with short English and full Chinese names ({} until loaded). */
export function provinceNames(): Readonly<Record<string, RegionName>> {
  const regions = lookups()?.REGIONS ?? [];
  return Object.fromEntries(regions.filter((r) => r.kind === 'province').map((r) => [r.code, { en: r.enShort, zh: r.zh }]));
}

/**
 * A jurisdiction's name in the reader's language: the name the API sent with the entry, else the
 * domain's region list (short English name, full Chinese name), else the code itself.
 */
export function regionLabel(code: string, lang: Lang, name?: RegionName | null): string {
  if (name?.[lang]) return name[lang];
  const region = regionByCode(code);
  if (region) return lang === 'zh' ? region.zh : region.enShort;
  return name?.en || code;
}
