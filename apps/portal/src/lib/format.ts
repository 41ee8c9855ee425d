import { localeTag, type Lang } from '@/i18n';

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang): string {
  const tag = localeTag(lang);
  let nf = numberFormats.get(tag);
  if (!nf) {
    nf = new Intl.NumberFormat(tag, { maximumFractionDigits: 3 });
    numberFormats.set(tag, nf);
  }
  return nf.format(value);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** "2022-11-03" → "3 Nov 2022" / "2022年11月3日". Calendar dates are read as UTC so they never shift a day. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const dateOnly = DATE_ONLY.test(iso);
  const d = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(lang, dateOnly).format(d);
}

/** Made once per language and kind: building an Intl.DateTimeFormat costs far more than using one (pages list dozens of dates). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, utc: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${utc}`;
  let df = dateFormats.get(key);
  if (!df) {
    df = new Intl.DateTimeFormat(localeTag(lang), {
      year: 'numeric',
      month: lang === 'zh' ? 'long' : 'short',
      day: 'numeric',
      ...(utc ? { timeZone: 'UTC' } : {}),
    });
    dateFormats.set(key, df);
  }
  return df;
}

/** Machine-readable value for <time datetime>. */
export function isoDay(iso: string | null | undefined): string | undefined {
  return iso ? iso.slice(0, 10) : undefined;
}
