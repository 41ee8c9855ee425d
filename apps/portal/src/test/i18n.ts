import { createAppI18n, type Lang } from '@/i18n';
import en from '@/i18n/catalogue.en';
import zh from '@/i18n/catalogue.zh';

/** The portal's i18n with both catalogues installed up front, as components under test expect. */
export function createTestI18n(lang: Lang = 'en') {
  return createAppI18n(lang, { en, zh });
}
