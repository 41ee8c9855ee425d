import { distance } from 'fastest-levenshtein';
import { normalizePlaceName, regionIndex as staticRegions, type RegionIndex } from '../regions/lookup';
import type { Region } from '../regions/types';
import { ENTRY_KINDS, GHGS, LEVELS, POLICY_STATUSES, TARGET_COMPARISONS, TARGET_QUALIFIERS } from '../taxonomies/enums';
import type { Term } from '../taxonomies/types';

/** What names are read against: the regions and the open taxonomies' live terms (codes, EN and ZH labels). */
export interface NameVocabulary {
  regions?: RegionIndex;
  sectors: readonly Term[];
  themes: readonly Term[];
  instruments: readonly Term[];
  issuers: readonly Term[];
  metrics: readonly Term[];
}

export interface NameIssue {
  path: (string | number)[];
  code: 'import/unknown_value';
  message: string;
  /** Codes it may have meant, best first. */
  suggestions: string[];
}

type Named = { code: string; names: string[]; label: string };

const norm = (s: string) => normalizePlaceName(s).replace(/[()（）,，、_]/g, '');

/** A term's names: its code and labels, and with `keywords` its keywords too (metrics: "碳排放强度", "energy intensity"). */
const named = (terms: readonly Term[], keywords = false): Named[] =>
  terms.map((t) => ({
    code: t.code,
    label: t.en ? `${t.en} (${t.code})` : t.code,
    names: [t.code, t.en, t.zh, ...(keywords ? (t.keywords ?? []) : [])].filter(Boolean).map(norm),
  }));

const regionNamed = (r: Region): Named => ({
  code: r.code,
  names: [r.code, r.en, r.enShort, r.zh, r.zhShort, ...(r.alt ?? [])].filter(Boolean).map(norm),
  label: `${r.en} ${r.zh} (${r.code})`,
});

/** The nearest names (up to three equally near), within an edit distance of a third of the word (at least 2). */
function nearest(value: string, list: readonly Named[]): Named[] {
  const v = norm(value);
  const limit = Math.max(2, Math.floor(v.length / 3));
  const near = list.map((n) => ({ n, d: Math.min(...n.names.map((x) => distance(v, x))) })).filter((x) => x.d <= limit);
  const best = Math.min(...near.map((x) => x.d));
  return near
    .filter((x) => x.d === best)
    .slice(0, 3)
    .map((x) => x.n);
}

/** A code stays; an EN or ZH name becomes its code; anything else is reported with near names. */
function resolver(what: string, list: readonly Named[]) {
  const byName = new Map<string, string>();
  for (const n of list) for (const name of n.names) if (!byName.has(name)) byName.set(name, n.code);
  return (value: unknown, path: NameIssue['path'], issues: NameIssue[]): unknown => {
    if (typeof value !== 'string' || !value.trim()) return value;
    const code = byName.get(norm(value));
    if (code) return code;
    const near = nearest(value, list);
    issues.push({
      path,
      code: 'import/unknown_value',
      suggestions: near.map((n) => n.code),
      message: near.length ? `Unknown ${what} "${value}": did you mean ${near.map((n) => n.label).join(' or ')}?` : `Unknown ${what} "${value}"`,
    });
    return value;
  };
}

/**
 * Reads an imported row's names as codes, so a CSV may say "Zhejiang" or "浙江" for 330000, "省级" for
 * provincial, "Iron and steel" for industry.steel, "碳排放强度" for carbon_intensity. Values that are
 * neither a code nor a name are left as they are (the entry's validation refuses them) and reported
 * with the nearest names ("did you mean …?"). Provinces win over cities of the same name ("Jilin").
 */
export function createNameResolver(v: NameVocabulary) {
  const regions = (v.regions ?? staticRegions).regions;
  const kindRank = { country: 0, province: 1, city: 2, zone: 3 } as const;
  const place = resolver('place', [...regions].sort((a, b) => kindRank[a.kind] - kindRank[b.kind]).map(regionNamed));
  const closed = (what: string, terms: readonly Term[], keywords = false) => resolver(what, named(terms, keywords));
  const fields = {
    kind: closed('kind', ENTRY_KINDS),
    level: closed('level', LEVELS),
    status: closed('status', POLICY_STATUSES),
    ghgs: closed('gas', GHGS),
    sectors: closed('sector', v.sectors),
    themes: closed('theme', v.themes),
    instrumentType: closed('document type', v.instruments),
    issuingBodies: closed('issuing body', v.issuers),
  };
  const target = {
    metric: closed('metric', v.metrics, true),
    comparison: closed('comparison', TARGET_COMPARISONS),
    qualifier: closed('qualifier', [...TARGET_QUALIFIERS.filter((q) => q.code !== 'exact'), { code: 'exact', en: 'exact', zh: '' }] as Term[]),
    jurisdiction: place,
  };

  return function resolve(raw: unknown): { input: unknown; issues: NameIssue[] } {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { input: raw, issues: [] };
    const issues: NameIssue[] = [];
    const out: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
    if ('jurisdiction' in out) out.jurisdiction = place(out.jurisdiction, ['jurisdiction'], issues);
    for (const [key, read] of Object.entries(fields)) {
      const value = out[key];
      if (Array.isArray(value)) out[key] = value.map((x, i) => read(x, [key, i], issues));
      else if (value !== undefined) out[key] = read(value, [key], issues);
    }
    if (Array.isArray(out.targets)) {
      out.targets = out.targets.map((t, i) => {
        if (!t || typeof t !== 'object') return t;
        const row: Record<string, unknown> = { ...(t as Record<string, unknown>) };
        for (const [key, read] of Object.entries(target)) if (row[key] !== undefined) row[key] = read(row[key], ['targets', i, key], issues);
        return row;
      });
    }
    return { input: out, issues };
  };
}
