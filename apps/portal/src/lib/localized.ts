import type { LocalizedText } from '@dualcarbon/domain';
import { otherLang, type Lang } from '@/i18n';

/** A piece of entry text as shown to a reader, and which language it is really in. */
export interface PickedText {
  text: string;
  lang: Lang;
  /** True when the reader's language was missing and the other language is shown instead. */
  isFallback: boolean;
}

/** The text in the reader's language, else the other language marked as a fallback, else null. */
export function pickLocalized(value: LocalizedText | null | undefined, lang: Lang): PickedText | null {
  const own = value?.[lang]?.trim();
  if (own) return { text: own, lang, isFallback: false };
  const alt = otherLang(lang);
  const other = value?.[alt]?.trim();
  if (other) return { text: other, lang: alt, isFallback: true };
  return null;
}

/** The version in the other language, only when the reader's own language is also present (e.g. a second title). */
export function pickSecondary(value: LocalizedText | null | undefined, lang: Lang): PickedText | null {
  const primary = pickLocalized(value, lang);
  if (!primary || primary.isFallback) return null;
  const alt = otherLang(lang);
  const text = value?.[alt]?.trim();
  return text ? { text, lang: alt, isFallback: false } : null;
}

/** Plain string for attributes and document titles (no marker possible there). */
export function localizedString(value: LocalizedText | null | undefined, lang: Lang): string {
  return pickLocalized(value, lang)?.text ?? '';
}
