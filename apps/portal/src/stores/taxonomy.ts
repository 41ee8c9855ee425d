import { queryVocabularyOf, withStaticTerms, type LiveTerms, type OpenTaxonomy } from '@dualcarbon/domain';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { fetchTaxonomies } from '@/api/taxonomies';
import type { Lang } from '@/i18n';
import { termLabel } from '@/lib/terms';

/**
 * The open taxonomies (admins add, rename, retire and merge terms): the built-in lists until the API
 * has answered, then the database's. Labels, facets and the explorer's URL parsing read it.
 */
export const useTaxonomyStore = defineStore('taxonomy', () => {
  const live = shallowRef<LiveTerms>({});
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  let pending: Promise<void> | null = null;

  /** Every open taxonomy: live where known, built-in elsewhere. */
  const terms = computed(() => withStaticTerms(live.value));
  /** What the explorer's URL is checked against. */
  const vocabulary = computed(() => queryVocabularyOf(live.value));

  /** Loads once per session; never rejects (on failure the built-in lists stay, and a later call retries). */
  function load(): Promise<void> {
    // Already known, also when the terms came with a page rendered on the server.
    if (status.value === 'ready' && !pending) return Promise.resolve();
    pending ??= (async () => {
      status.value = 'loading';
      try {
        live.value = await fetchTaxonomies();
        status.value = 'ready';
      } catch {
        status.value = 'error';
        pending = null;
      }
    })();
    return pending;
  }

  const label = (taxonomy: OpenTaxonomy, code: string | null | undefined, lang: Lang) => termLabel(terms.value[taxonomy], code, lang);

  return { live, status, terms, vocabulary, load, label };
});
