import { taxonomySetsOf, type LiveTerm, type TaxonomySets } from '@dualcarbon/domain';
import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import * as api from '@/api/admin';
import { asApiError, type ApiError } from '@/api/http';
import { fetchLiveTerms } from '@/api/taxonomies';
import { GHG_TERMS, TAXONOMIES, buildTree, staticTaxonomies, taxonomyInfo, termLabel, type TaxonomyKey, type TaxonomyTerm } from '@/lib/terms';
import type { Lang } from '@/i18n';

/** static: built in; live: the active terms from GET /api/taxonomies; server: the admin API's (with usage counts). */
type Source = 'static' | 'live' | 'server';

const fromLive = (list: readonly LiveTerm[]): TaxonomyTerm[] =>
  list.map((t, i) => ({ code: t.code, en: t.en, zh: t.zh, parent: t.parent ?? null, order: i, keywords: t.keywords, unit: t.unit ?? undefined }));

/**
 * The vocabularies: the built-in ones at first, the database's once the API answers (the editor reads
 * the public list of active terms, the admin pages the admin API). Admin edits show at once and are
 * rolled back when the server refuses them.
 */
export const useTaxonomyStore = defineStore('taxonomy', () => {
  const terms = reactive<Record<TaxonomyKey, TaxonomyTerm[]>>(staticTaxonomies());
  const source = reactive<Record<TaxonomyKey, Source>>({
    sectors: 'static',
    themes: 'static',
    instruments: 'static',
    issuingBodies: 'static',
    metrics: 'static',
  });
  const loading = ref<TaxonomyKey | null>(null);
  const error = ref<ApiError | null>(null);

  async function load(key: TaxonomyKey, opts: { force?: boolean } = {}) {
    if (source[key] === 'server' && !opts.force) return;
    loading.value = key;
    error.value = null;
    try {
      const list = await api.listTerms(taxonomyInfo(key).api);
      if (list.length) {
        terms[key] = list;
        source[key] = 'server';
      }
    } catch (e) {
      error.value = asApiError(e);
    } finally {
      if (loading.value === key) loading.value = null;
    }
  }

  /** The editor's vocabularies, fresh each time an entry opens (admins may have added terms meanwhile). */
  async function loadLive() {
    try {
      const live = await fetchLiveTerms();
      for (const { key, api: name } of TAXONOMIES) {
        const list = live[name];
        if (list?.length) {
          terms[key] = fromLive(list);
          source[key] = 'live';
        }
      }
    } catch {
      // The built-in lists (or what was loaded before) stay; the server still validates every save.
    }
  }

  /**
   * What the entry form checks codes against: only taxonomies whose terms came from the server, so a
   * term an admin added is never called unknown while the live list is on its way (the API checks it).
   */
  const validation = computed<TaxonomySets>(() =>
    taxonomySetsOf(Object.fromEntries(TAXONOMIES.filter(({ key }) => source[key] !== 'static').map(({ key, api: name }) => [name, terms[key]]))),
  );

  const label = (key: TaxonomyKey | 'ghgs', code: string | null | undefined, lang: Lang) => termLabel(key === 'ghgs' ? GHG_TERMS : terms[key], code, lang);
  const tree = (key: TaxonomyKey) => buildTree(terms[key]);
  const find = (key: TaxonomyKey, code: string) => terms[key].find((t) => t.code === code);
  /** A vocabulary as a select's options, named in `lang` (English where a term has no name in it). */
  const options = (key: TaxonomyKey | 'ghgs', lang: Lang) => (key === 'ghgs' ? GHG_TERMS : terms[key]).map((x) => ({ value: x.code, label: x[lang] || x.en }));

  /** Runs a change optimistically: `apply` edits the list, the server call confirms or it is undone. */
  async function optimistic<T>(key: TaxonomyKey, apply: (list: TaxonomyTerm[]) => TaxonomyTerm[], call: () => Promise<T>): Promise<T> {
    const before = terms[key].map((t) => ({ ...t }));
    terms[key] = apply(terms[key].map((t) => ({ ...t })));
    try {
      return await call();
    } catch (e) {
      terms[key] = before;
      throw e;
    }
  }

  const siblingsOf = (list: TaxonomyTerm[], parent: string | null) =>
    list.filter((t) => (t.parent ?? null) === parent).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

  function create(key: TaxonomyKey, term: api.NewTerm) {
    return optimistic(
      key,
      (list) => [...list, { ...term, parent: term.parent ?? null, order: siblingsOf(list, term.parent ?? null).length, usage: 0 }],
      async () => {
        const saved = await api.createTerm(taxonomyInfo(key).api, term);
        const i = terms[key].findIndex((t) => t.code === term.code);
        if (i >= 0 && saved.code) terms[key][i] = { ...terms[key][i], ...saved, usage: saved.usage ?? 0 };
        return saved;
      },
    );
  }

  /** New labels and, when given, keywords (the classifier suggests terms by them). */
  function rename(key: TaxonomyKey, code: string, labels: { en: string; zh: string; keywords?: string[] }) {
    return optimistic(
      key,
      (list) => list.map((t) => (t.code === code ? { ...t, ...labels } : t)),
      () => api.updateTerm(taxonomyInfo(key).api, code, labels),
    );
  }

  /** Moves a term one place up or down among its siblings. */
  function move(key: TaxonomyKey, code: string, delta: -1 | 1) {
    const term = find(key, code);
    if (!term) return Promise.resolve();
    const siblings = siblingsOf(terms[key], term.parent ?? null).map((t) => t.code);
    const i = siblings.indexOf(code);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= siblings.length) return Promise.resolve();
    [siblings[i], siblings[j]] = [siblings[j], siblings[i]];
    return optimistic(
      key,
      (list) => list.map((t) => (siblings.includes(t.code) ? { ...t, order: siblings.indexOf(t.code) } : t)),
      () => api.reorderTerms(taxonomyInfo(key).api, term.parent ?? null, siblings),
    );
  }

  function nest(key: TaxonomyKey, code: string, parent: string | null) {
    return optimistic(
      key,
      (list) => list.map((t) => (t.code === code ? { ...t, parent, order: siblingsOf(list, parent).length } : t)),
      () => api.updateTerm(taxonomyInfo(key).api, code, { parent }),
    );
  }

  function remove(key: TaxonomyKey, code: string) {
    return optimistic(
      key,
      (list) => list.filter((t) => t.code !== code),
      () => api.deleteTerm(taxonomyInfo(key).api, code),
    );
  }

  function merge(key: TaxonomyKey, code: string, into: string) {
    const moved = find(key, code)?.usage ?? 0;
    return optimistic(
      key,
      (list) => list.filter((t) => t.code !== code).map((t) => (t.code === into ? { ...t, usage: (t.usage ?? 0) + moved } : t)),
      async () => {
        const r = await api.mergeTerm(taxonomyInfo(key).api, code, into);
        void load(key, { force: true });
        return r;
      },
    );
  }

  return { terms, source, loading, error, load, loadLive, validation, label, tree, find, options, create, rename, move, nest, remove, merge };
});
