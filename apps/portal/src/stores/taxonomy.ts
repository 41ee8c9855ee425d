import { OPEN_TAXONOMIES, type LiveTerms, type OpenTaxonomy } from '@dualcarbon/domain';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Lang } from '@/i18n';
import { termLabel } from '@/lib/terms';

type AllTerms = Required<LiveTerms>;
const NONE: AllTerms = Object.fromEntries(OPEN_TAXONOMIES.map((name) => [name, []])) as unknown as AllTerms;

/**
 * The open taxonomies (admins add, rename, retire and merge terms): the database's, from `GET /api/taxonomies`,
 * which the app asks for as it starts. Until they arrive a code is shown as itself. The built-in lists
 * (and the answer's reader, which needs zod) are chunks of their own: the lists load only if the API cannot
 * answer, so a first view carries neither.
 */
export const useTaxonomyStore = defineStore('taxonomy', () => {
  const live = shallowRef<LiveTerms>({});
  /** The built-in lists, only after the API failed. */
  const builtIn = shallowRef<LiveTerms>({});
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  let pending: Promise<void> | null = null;

  /** Every open taxonomy: live where known, built-in where the API failed, else empty. */
  const terms = computed<AllTerms>(() => ({ ...NONE, ...builtIn.value, ...withoutGaps(live.value) }));

  /** Loads once per session; never rejects (on failure the built-in lists are used, and a later call retries). */
  function load(): Promise<void> {
    // Already known, also when the terms came with a page rendered on the server.
    if (status.value === 'ready' && !pending) return Promise.resolve();
    pending ??= (async () => {
      status.value = 'loading';
      try {
        const { fetchTaxonomies } = await import('@/api/taxonomies');
        live.value = await fetchTaxonomies();
        status.value = 'ready';
      } catch {
        status.value = 'error';
        pending = null;
      }
      // A taxonomy the answer lacked (or every one, after a failure) falls back to the built-in list.
      if (OPEN_TAXONOMIES.some((name) => !live.value[name])) {
        builtIn.value = await import('@/lib/builtInTerms').then((m) => m.BUILT_IN_TERMS).catch(() => ({}));
      }
    })();
    return pending;
  }

  const label = (taxonomy: OpenTaxonomy, code: string | null | undefined, lang: Lang) => termLabel(terms.value[taxonomy], code, lang);

  return { live, status, terms, load, label };
});

function withoutGaps(live: LiveTerms): LiveTerms {
  return Object.fromEntries(Object.entries(live).filter(([, v]) => v));
}
