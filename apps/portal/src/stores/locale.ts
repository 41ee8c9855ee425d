import { createLocaleStore, LANG_STORAGE_KEY } from '@dualcarbon/web';

/** Shared by the portal and the CMS (same origin), so a reader's language choice carries over. */
export { LANG_STORAGE_KEY };

export const { useLocaleStore, preferredLang } = createLocaleStore({ storageKey: LANG_STORAGE_KEY });
