/**
 * The issue as an HTML e-mail that survives common clients (Outlook, Gmail, Apple Mail): nested
 * role="presentation" tables, a 600px container, every style inline (the only <style> is an optional
 * media query for narrow screens), web-safe fonts with CJK fallbacks, no script, no flexbox or grid.
 */
import type { NewsletterIssue } from '../schema';
import { escapeHtml, safeHref } from './escape';
import { buildView, DEFAULT_TRACKER_NAME, FALLBACK_NOTE, RENDER_LABELS, type EntriesBySlug, type ItemView, type RenderOptions, type TextView } from './view';

export interface EmailOptions extends RenderOptions {
  /** Link that unsubscribes this recipient (one-click; also send it as the List-Unsubscribe header). */
  unsubscribeUrl: string;
  /** Hidden preview line shown by inboxes; defaults to the period and the first Top News heading. */
  preheader?: string;
  /** Name of the tracker in the header; default DEFAULT_TRACKER_NAME. */
  trackerName?: string;
}

/** Font stack: Latin web-safe fonts first, then CJK system fonts (quotes are single: they sit inside style="…"). */
export const EMAIL_FONT_STACK = "Arial,Helvetica,'PingFang SC','Hiragino Sans GB','Microsoft YaHei',sans-serif";
const C = { page: '#eef2f0', card: '#ffffff', ink: '#1f2a24', muted: '#5b6b63', brand: '#0b5d45', rule: '#d5dfda', link: '#0b5d45' };
const F = `font-family:${EMAIL_FONT_STACK};`;
const S = {
  h1: `${F}margin:0;font-size:24px;line-height:30px;font-weight:bold;color:#ffffff;`,
  meta: `${F}margin:6px 0 0 0;font-size:14px;line-height:20px;color:#d9ece4;`,
  h2: `${F}margin:0;font-size:20px;line-height:26px;font-weight:bold;color:${C.brand};text-transform:uppercase;letter-spacing:1px;`,
  h3: `${F}margin:0 0 8px 0;font-size:17px;line-height:24px;font-weight:bold;color:${C.ink};`,
  p: `${F}margin:0 0 12px 0;font-size:15px;line-height:23px;color:${C.ink};`,
  lead: `${F}margin:4px 0 16px 0;font-size:14px;line-height:20px;font-style:italic;color:${C.muted};`,
  ul: `${F}margin:0 0 14px 0;padding:0 0 0 22px;font-size:15px;line-height:23px;color:${C.ink};`,
  li: `${F}margin:0 0 6px 0;font-size:15px;line-height:23px;color:${C.ink};`,
  a: `color:${C.link};text-decoration:underline;`,
  note: `${F}font-size:12px;color:${C.muted};`,
  small: `${F}margin:0 0 10px 0;font-size:12px;line-height:18px;color:${C.muted};`,
};

const MEDIA =
  '@media only screen and (max-width:620px){.dc-container{width:100% !important;}.dc-pad{padding-left:16px !important;padding-right:16px !important;}}';

export function renderEmailHtml(issue: NewsletterIssue, entries: EntriesBySlug, opts: EmailOptions): string {
  const v = buildView(issue, entries, opts);
  const L = RENDER_LABELS[v.lang];
  const unsubscribe = safeHref(opts.unsubscribeUrl);
  /** Escaped text (line breaks kept); text in the other language carries its lang, and `note` flags it. */
  const bare = (x: TextView) => {
    const body = escapeHtml(x.text).replace(/\r?\n/g, '<br>');
    return x.fallback ? `<span lang="${x.lang}">${body}</span>` : body;
  };
  const note = (x: TextView | undefined, style = S.note) => (x?.fallback ? ` <span style="${style}">${escapeHtml(FALLBACK_NOTE[v.lang])}</span>` : '');
  const t = (x: TextView | undefined) => (x ? bare(x) + note(x) : '');
  const p = (x: TextView | undefined, style = S.p) => (x ? `<p style="${style}">${t(x)}</p>` : '');
  const ul = (xs: TextView[]) => (xs.length ? `<ul style="${S.ul}">${xs.map((x) => `<li style="${S.li}">${t(x)}</li>`).join('')}</ul>` : '');
  const row = (inner: string, style = 'padding:0 32px;') => `<tr><td class="dc-pad" style="${style}">${inner}</td></tr>`;
  const link = (it: ItemView, inner: string) => `<a href="${safeHref(it.url)}" style="${S.a}"><strong>${inner}</strong></a>`;
  const item = (it: ItemView) => {
    const { around, blurb } = it;
    const title =
      around && blurb
        ? `<p style="${S.p}">${bare({ ...blurb, text: around.before })}${link(it, bare({ ...blurb, text: it.title.text }))}${bare({ ...blurb, text: around.after })}${note(blurb)}</p>`
        : `<p style="${S.p}">${link(it, bare(it.title))}${note(it.title)}</p>${p(blurb)}`;
    return p(it.lead) + title + ul(it.bullets);
  };

  const firstHeading = v.sections[0]?.groups[0]?.heading?.text;
  const preheader = opts.preheader ?? [v.periodLabel, firstHeading].filter(Boolean).join(' · ');
  const rows: string[] = [
    `<tr><td class="dc-pad" style="padding:28px 32px;background-color:${C.brand};">` +
      `<p style="${S.meta}margin:0 0 6px 0;">${escapeHtml(opts.trackerName ?? DEFAULT_TRACKER_NAME)}</p>` +
      `<h1 style="${S.h1}">${bare(v.title)}${note(v.title, `${S.note}color:#d9ece4;`)}</h1>` +
      `<p style="${S.meta}">${escapeHtml(v.numberLabel)} · ${escapeHtml(v.periodLabel)}</p></td></tr>`,
  ];
  if (v.intro) rows.push(row(p(v.intro), 'padding:24px 32px 8px 32px;'));
  for (const s of v.sections) {
    rows.push(
      row(`<h2 style="${S.h2}">${t(s.title) || escapeHtml(s.code)}</h2>${p(s.lead, S.lead)}`, `padding:24px 32px 0 32px;border-top:1px solid ${C.rule};`),
    );
    for (const g of s.groups) {
      const head = g.heading ? `<h3 style="${S.h3}">${t(g.heading)}</h3>` : '';
      rows.push(row(head + p(g.lead) + ul(g.sharedBullets) + g.items.map(item).join(''), 'padding:4px 32px 12px 32px;'));
    }
  }
  for (const a of v.about)
    rows.push(row((a.title ? `<h3 style="${S.h3}">${t(a.title)}</h3>` : '') + p(a.text, S.small), `padding:16px 32px 0 32px;border-top:1px solid ${C.rule};`));
  rows.push(
    row(
      `<p style="${S.small}"><a href="${safeHref(v.url)}" style="${S.a}">${escapeHtml(L.readOnline)}</a></p>` +
        `<p style="${S.small}">${escapeHtml(L.why(v.title.text))}</p>` +
        `<p style="${S.small}"><a href="${unsubscribe}" style="${S.a}">${escapeHtml(L.unsubscribe)}</a></p>`,
      `padding:20px 32px 28px 32px;border-top:1px solid ${C.rule};background-color:#f7faf8;`,
    ),
  );

  const table = (attrs: string, style: string, body: string) =>
    `<table role="presentation" ${attrs} cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;${style}">${body}</table>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${v.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
    '<meta name="x-apple-disable-message-reformatting">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(`${v.title.text} · ${v.numberLabel}`)}</title>`,
    `<style>${MEDIA}</style>`,
    '</head>',
    `<body style="margin:0;padding:0;background-color:${C.page};">`,
    `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;color:${C.page};">${escapeHtml(preheader)}</div>`,
    table(
      'width="100%"',
      `background-color:${C.page};`,
      `<tr><td align="center" style="padding:24px 8px;">${table('class="dc-container" width="600"', `width:600px;max-width:600px;background-color:${C.card};`, rows.join('\n'))}</td></tr>`,
    ),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
