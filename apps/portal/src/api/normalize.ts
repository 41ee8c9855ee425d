/**
 * Small, forgiving readers for API answers. The portal was built against a written contract while the
 * API was being written; these accept the few shapes a field could reasonably take (an array or
 * `{items}`, `count` or `total`) so a renamed wrapper does not blank a page, and drop rows they cannot read.
 */
import type { LocalizedText } from '@dualcarbon/domain';
import type { RegionName } from './types';

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The list inside an answer: the answer itself when it is an array, else the first array under one of `keys`. */
export function listOf(raw: unknown, keys: readonly string[] = ['items', 'rows', 'data', 'results']): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (!isObject(raw)) return [];
  for (const k of keys) if (Array.isArray(raw[k])) return raw[k] as unknown[];
  return [];
}

/** The first of `keys` present (not null/undefined) on `o`. */
export function pick(o: unknown, keys: readonly string[]): unknown {
  if (!isObject(o)) return undefined;
  for (const k of keys) if (o[k] !== undefined && o[k] !== null) return o[k];
  return undefined;
}

export function num(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

export function localized(v: unknown): LocalizedText {
  if (typeof v === 'string') return { en: v };
  if (!isObject(v)) return {};
  return { ...(typeof v.en === 'string' ? { en: v.en } : {}), ...(typeof v.zh === 'string' ? { zh: v.zh } : {}) };
}

/** A place's names as the API sends them: short English ("Guizhou"), full Chinese ("贵州省"). */
export function regionNameOf(o: unknown): RegionName | undefined {
  if (!isObject(o)) return undefined;
  const en = str(o.enShort) ?? str(o.en) ?? str(isObject(o.name) ? o.name.en : undefined);
  const zh = str(o.zh) ?? str(o.zhShort) ?? str(isObject(o.name) ? o.name.zh : undefined);
  return en || zh ? { en: en ?? zh ?? '', zh: zh ?? en ?? '' } : undefined;
}

/** One counted value, e.g. a facet bucket, a year or a sector. */
export interface CountRow {
  key: string;
  count: number;
}

/**
 * `[{value|code|year|key, count}]` (or an object `{key: count}`) → CountRow[]. A `null` year becomes
 * the key `undated`.
 */
export function countRows(raw: unknown, keys: readonly string[] = ['value', 'code', 'key', 'year', 'sector', 'level']): CountRow[] {
  if (isObject(raw) && !Array.isArray(raw)) {
    return Object.entries(raw).flatMap(([key, v]) => {
      const count = num(v);
      return count === undefined ? [] : [{ key, count }];
    });
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r): CountRow[] => {
    if (!isObject(r)) return [];
    const count = num(pick(r, ['count', 'total', 'entries', 'n']));
    if (count === undefined) return [];
    const key = str(pick(r, keys));
    if (key !== undefined) return [{ key, count }];
    if ('year' in r && r.year === null) return [{ key: 'undated', count }];
    return [];
  });
}
