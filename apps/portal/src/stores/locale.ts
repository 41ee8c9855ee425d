import { defineStore } from 'pinia';
import { ref } from 'vue';
import { isLang, localeTag, type Lang } from '@/i18n';

export const LANG_STORAGE_KEY = 'dualcarbon:lang';

function readSaved(): Lang | null {
  try {
    const saved = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(saved) ? saved : null;
  } catch {
    return null; // storage can be disabled (private mode, sandboxed iframes)
  }
}

/** The language to open when the URL does not say: the saved choice, else the browser's, else English. */
export function preferredLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  const saved = readSaved();
  if (saved) return saved;
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

export const useLocaleStore = defineStore('locale', () => {
  const lang = ref<Lang>(readSaved() ?? 'en');

  /** Called on every navigation with the language in the URL; remembers it for the next visit. */
  function setLang(next: Lang) {
    lang.value = next;
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, next);
    } catch {
      /* not persisted; the URL still carries the language */
    }
    if (typeof document !== 'undefined') document.documentElement.lang = localeTag(next);
  }

  return { lang, setLang };
});
