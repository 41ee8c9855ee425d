import type { EntryInput, LocalizedText, TargetInput } from '@dualcarbon/domain';

/**
 * The editor works on an EntryInput (the domain's input type) whose texts always exist as objects, so
 * inputs can bind to `form.title.en`. `cleanEntry` turns it into what the schema and the API receive.
 */
export type EntryForm = EntryInput & {
  title: LocalizedText;
  summary: LocalizedText;
  keyPoints: LocalizedText[];
  issuingBodies: string[];
  sectors: string[];
  themes: string[];
  ghgs: string[];
  sources: NonNullable<EntryInput['sources']>;
  targets: TargetInput[];
  observations: NonNullable<EntryInput['observations']>;
  relations: NonNullable<EntryInput['relations']>;
  newsletter: NonNullable<EntryInput['newsletter']>;
};

/** Fields of the form in the order the editor shows them (and diffs list them). */
export const ENTRY_FIELDS = [
  'title',
  'slug',
  'kind',
  'summary',
  'keyPoints',
  'jurisdiction',
  'level',
  'issuingBodies',
  'publisher',
  'instrumentType',
  'status',
  'issuedOn',
  'effectiveOn',
  'expiresOn',
  'documentNumber',
  'periodFrom',
  'periodTo',
  'sectors',
  'themes',
  'ghgs',
  'targets',
  'observations',
  'sources',
  'relations',
  'newsletter',
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

export const LOCALIZED_FIELDS = ['title', 'summary'] as const;

export function emptyEntry(): EntryForm {
  return {
    kind: 'policy',
    slug: '',
    title: { en: '', zh: '' },
    summary: { en: '', zh: '' },
    keyPoints: [],
    publisher: undefined,
    issuingBodies: [],
    jurisdiction: '',
    level: '',
    sectors: [],
    instrumentType: undefined,
    themes: [],
    ghgs: [],
    status: 'in_force',
    issuedOn: undefined,
    effectiveOn: undefined,
    expiresOn: undefined,
    documentNumber: undefined,
    periodFrom: undefined,
    periodTo: undefined,
    sources: [],
    targets: [],
    observations: [],
    relations: [],
    newsletter: [],
  } as EntryForm;
}

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
const text = (t: unknown): LocalizedText => {
  const o = (t && typeof t === 'object' ? t : {}) as LocalizedText;
  return { en: o.en ?? '', zh: o.zh ?? '' };
};
const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? clone(v) : []);

/** Whatever the API sent (EntryData or a partial draft) as a complete form. */
export function toForm(data: Partial<EntryInput> | null | undefined): EntryForm {
  const d = (data ?? {}) as Record<string, unknown>;
  const e = emptyEntry();
  return {
    ...e,
    ...clone(d),
    title: text(d.title),
    summary: text(d.summary),
    keyPoints: arr<LocalizedText>(d.keyPoints).map(text),
    issuingBodies: arr(d.issuingBodies),
    sectors: arr(d.sectors),
    themes: arr(d.themes),
    ghgs: arr(d.ghgs),
    sources: arr(d.sources),
    targets: arr(d.targets),
    observations: arr(d.observations),
    relations: arr(d.relations),
    newsletter: arr(d.newsletter),
    kind: (d.kind as string) ?? e.kind,
    slug: (d.slug as string) ?? '',
    jurisdiction: (d.jurisdiction as string) ?? '',
    level: (d.level as string) ?? '',
  } as EntryForm;
}

/** Keys whose empty string means "not given" (the schema would otherwise reject "" as a bad code, date or URL). */
const OPTIONAL_KEYS = new Set([
  'publisher',
  'instrumentType',
  'issuedOn',
  'effectiveOn',
  'expiresOn',
  'documentNumber',
  'jurisdiction@target',
  'unit@target',
  'sourceUrl',
  'sourceText',
  'url@source',
  'title@source',
  'publisher@source',
  'group',
  'sourceLanguage',
  'baseYear',
  'valueMax',
  'cumulativeFrom',
]);

function cleanObject(o: Record<string, unknown>, ctx: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') {
      const key = ctx ? `${k}@${ctx}` : k;
      if (v.trim() === '' && (OPTIONAL_KEYS.has(key) || OPTIONAL_KEYS.has(k))) continue;
    }
    out[k] = v;
  }
  return out;
}

const cleanText = (t: LocalizedText | undefined): LocalizedText => {
  const out: LocalizedText = {};
  if (t?.en && t.en.trim()) out.en = t.en;
  if (t?.zh && t.zh.trim()) out.zh = t.zh;
  return out;
};

/** The form as the schema and the API take it: no empty optional strings, no undefined, texts without blanks. */
export function cleanEntry(form: EntryForm | EntryInput): EntryInput {
  const f = clone(form) as EntryForm;
  const top = cleanObject(f as unknown as Record<string, unknown>, '') as unknown as EntryForm;
  return {
    ...top,
    title: cleanText(f.title),
    summary: cleanText(f.summary),
    keyPoints: (f.keyPoints ?? []).map(cleanText),
    sources: (f.sources ?? []).map((s) => cleanObject(s as Record<string, unknown>, 'source')) as EntryForm['sources'],
    targets: (f.targets ?? []).map((t) => cleanObject(t as Record<string, unknown>, 'target')) as unknown as TargetInput[],
    observations: (f.observations ?? []).map((o) => cleanObject(o as Record<string, unknown>, 'observation')) as EntryForm['observations'],
    relations: (f.relations ?? []).map((r) => cleanObject(r as Record<string, unknown>, 'relation')) as EntryForm['relations'],
    newsletter: (f.newsletter ?? []).map((n) => cleanObject(n as Record<string, unknown>, 'newsletter')) as EntryForm['newsletter'],
  };
}

/** JSON with sorted keys, for comparing values regardless of key order. */
export function stableStringify(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify(o[k])}`)
    .join(',')}}`;
}

/** A URL-safe slug from an English title ("Hubei 2030 Peaking Plan" → "hubei-2030-peaking-plan"): the domain's rule. */
export { slugify } from '@dualcarbon/domain';

/** A new, empty target row (year and value left for the editor, so the schema asks for them). */
export function emptyTarget(): TargetInput {
  return {
    metric: '',
    comparison: 'reduction',
    targetYear: undefined as unknown as number,
    value: undefined,
    unit: '',
    qualifier: 'exact',
    strive: false,
    sourceText: '',
  };
}
