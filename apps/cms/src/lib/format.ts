import { localeTag, type Lang } from '@/i18n';

/** "3 Nov 2026, 14:05" / "2026年11月3日 14:05". */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeTag(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeTag(lang), { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(d);
}

/** "5 minutes ago" / "5分钟前", falling back to the date after a week. */
export function formatRelative(iso: string | null | undefined, lang: Lang, now = Date.now()): string {
  if (!iso) return '';
  const d = new Date(iso).getTime();
  if (Number.isNaN(d)) return iso;
  const s = Math.round((d - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(localeTag(lang), { numeric: 'auto' });
  const abs = Math.abs(s);
  if (abs < 45) return rtf.format(0, 'second');
  if (abs < 45 * 60) return rtf.format(Math.round(s / 60), 'minute');
  if (abs < 22 * 3600) return rtf.format(Math.round(s / 3600), 'hour');
  if (abs < 7 * 86400) return rtf.format(Math.round(s / 86400), 'day');
  return formatDateTime(iso, lang);
}

/** How long since: "40 sec", "3 min", "2 hr" / "3分钟" (for "editing — since 3 min"). */
export function formatSince(iso: string | null | undefined, lang: Lang, now = Date.now()): string {
  if (!iso) return '';
  const s = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (Number.isNaN(s)) return '';
  const [n, unit] =
    s < 60 ? [s, 'second'] : s < 3600 ? [Math.round(s / 60), 'minute'] : s < 86400 ? [Math.round(s / 3600), 'hour'] : [Math.round(s / 86400), 'day'];
  return new Intl.NumberFormat(localeTag(lang), { style: 'unit', unit, unitDisplay: 'short' }).format(n);
}

/** Whether this is a Mac, to show ⌘ rather than Ctrl in shortcut hints. */
export function isMac(): boolean {
  const nav = globalThis.navigator as (Navigator & { userAgentData?: { platform?: string } }) | undefined;
  const platform = nav?.userAgentData?.platform ?? nav?.platform ?? '';
  return /mac|iphone|ipad/i.test(platform);
}

export const modKey = () => (isMac() ? '⌘' : 'Ctrl');
