/** The plain-text part of the e-mail: wrapped at 78 columns, links in [brackets], the unsubscribe link last. */
import type { NewsletterIssue } from '../schema';
import { safeHref } from './escape';
import type { EmailOptions } from './email-html';
import { buildView, FALLBACK_NOTE, RENDER_LABELS, type EntriesBySlug, type ItemView, type TextView } from './view';
import { displayWidth, wrapText } from './wrap';

export const EMAIL_TEXT_WIDTH = 78;

export function renderEmailText(issue: NewsletterIssue, entries: EntriesBySlug, opts: Omit<EmailOptions, 'preheader'>): string {
  safeHref(opts.unsubscribeUrl);
  const v = buildView(issue, entries, opts);
  const L = RENDER_LABELS[v.lang];
  const W = EMAIL_TEXT_WIDTH;
  const out: string[] = [];
  /** The fallback note, kept on one line with the word before it (no-break space, word joiners). */
  const note = `\u00A0${[...FALLBACK_NOTE[v.lang].replace(/ /g, '\u00A0')].join('\u2060')}`;
  const s = (t: TextView | undefined) => (t ? t.text + (t.fallback ? note : '') : '');
  const para = (text: string, indent = '', hanging = indent) => text && out.push(...wrapText(text, W, indent, hanging), '');
  const bullets = (ts: TextView[]) => ts.length && out.push(...ts.flatMap((t) => wrapText(s(t).replace(/\s*\n\s*/g, ' '), W, '  - ', '    ')), '');
  const rule = (ch: string) => ch.repeat(W);
  const link = (url: string) => `[${url}]`;
  const titleLine = (it: ItemView) =>
    it.around && it.blurb
      ? `${it.around.before}${it.title.text} ${link(it.url)}${it.around.after}${it.blurb.fallback ? note : ''}`
      : `${s(it.title)} ${link(it.url)}`;

  para(`${s(v.title)}\n${v.numberLabel} · ${v.periodLabel}`);
  para(`${L.readOnline}: ${link(v.url)}`);
  para(s(v.intro));
  for (const sec of v.sections) {
    out.push(rule('='));
    out.push(...wrapText((s(sec.title) || sec.code).toUpperCase(), W));
    if (sec.lead) out.push(...wrapText(s(sec.lead), W));
    out.push(rule('='), '');
    for (const g of sec.groups) {
      if (g.heading) {
        const lines = wrapText(s(g.heading), W);
        out.push(...lines, '-'.repeat(Math.min(W, Math.max(...lines.map(displayWidth)))), '');
      }
      para(s(g.lead));
      bullets(g.sharedBullets);
      for (const it of g.items) {
        para(s(it.lead));
        if (it.around) para(titleLine(it));
        else {
          para(titleLine(it));
          para(s(it.blurb));
        }
        bullets(it.bullets);
      }
    }
  }
  for (const a of v.about) {
    out.push(rule('-'));
    para(s(a.title).toUpperCase());
    para(s(a.text));
  }
  out.push(rule('-'));
  para(L.why(v.title.text));
  para(`${L.unsubscribe}: ${link(opts.unsubscribeUrl)}`);
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
