/**
 * The portal's modules the CMS reuses through the `@portal/…` alias (see vite.config.ts). They are
 * type-checked by the portal's own build; here they are declared by the parts the CMS uses.
 */
declare module '@portal/pages/EntryPage.vue' {
  import type { DefineComponent } from 'vue';
  const EntryPage: DefineComponent;
  export default EntryPage;
}

declare module '@portal/i18n' {
  import type { I18n } from 'vue-i18n';
  export function createAppI18n(lang?: 'en' | 'zh'): I18n<object, object, object, 'en' | 'zh', false>;
}

declare module '@portal/stores/entry' {
  import type { Pinia } from 'pinia';
  export interface PortalDetailState {
    status: 'idle' | 'loading' | 'ready' | 'error';
    error: unknown;
    data: unknown;
  }
  export function useEntryStore(pinia?: Pinia): { bySlug: Record<string, PortalDetailState> };
}

declare module '@portal/stores/entries' {
  import type { Pinia } from 'pinia';
  export function useEntriesStore(pinia?: Pinia): { summaries: Record<string, unknown> };
}

declare module '@portal/lib/format' {
  export function formatDate(iso: string | null | undefined, lang: 'en' | 'zh'): string;
  export function formatNumber(value: number, lang: 'en' | 'zh'): string;
}

declare module '@portal/styles/main.css';
