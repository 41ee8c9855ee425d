import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { isLang, localeTag, type Lang } from './i18n';

/** Where both apps keep the reader's language: same origin, so a choice made in one carries over. */
export const LANG_STORAGE_KEY = 'dualcarbon:lang';

export interface LocaleStoreOptions {
  /** localStorage key of the saved choice (default `dualcarbon:lang`). */
  storageKey?: string;
  /** Pinia store id (default `locale`). */
  id?: string;
}

/**
 * The app's locale store and `preferredLang`: the language in the URL wins, is saved for the next visit
 * and sets `<html lang>`; without one, the saved choice, else the browser's, else English.
 */
export function createLocaleStore(options: LocaleStoreOptions = {}) {
  const storageKey = options.storageKey ?? LANG_STORAGE_KEY;

  function readSaved(): Lang | null {
    try {
      const saved = globalThis.localStorage?.getItem(storageKey);
      return isLang(saved) ? saved : null;
    } catch {
      return null; // storage can be disabled (private mode, sandboxed iframes)
    }
  }

  /** The language to open when the URL does not say: the saved choice, else the browser's, else English. */
  function preferredLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
    const saved = readSaved();
    if (saved) return saved;
    for (const tag of languages) {
      const primary = tag.toLowerCase().split('-')[0];
      if (isLang(primary)) return primary;
    }
    return 'en';
  }

  const useLocaleStore = defineStore(options.id ?? 'locale', () => {
    const lang = ref<Lang>(readSaved() ?? 'en');

    /** Called on every navigation with the language in the URL; remembers it for the next visit. */
    function setLang(next: Lang) {
      lang.value = next;
      try {
        globalThis.localStorage?.setItem(storageKey, next);
      } catch {
        /* not persisted; the URL still carries the language */
      }
      if (typeof document !== 'undefined') document.documentElement.lang = localeTag(next);
    }

    return { lang, setLang };
  });

  return { useLocaleStore, preferredLang, storageKey };
}

/**
 * Keeps vue-i18n's locale on the locale store's language: at once, then on every change (each app calls
 * it in main.ts with its i18n instance and `useLocaleStore(pinia)`).
 */
export function syncI18nLocale(i18n: { global: { locale: { value: Lang } } }, store: { readonly lang: Lang }): void {
  watch(
    () => store.lang,
    (lang) => {
      i18n.global.locale.value = lang;
    },
    { immediate: true },
  );
}
