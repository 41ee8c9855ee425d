/** The issue as Markdown, laid out like the newsletter: section titles, group headings, linked bold titles, bullets. */
import type { NewsletterIssue } from '../schema';
import { escapeMarkdown, safeHref } from './escape';
import { buildView, FALLBACK_NOTE, type EntriesBySlug, type ItemView, type RenderOptions, type TextView } from './view';

/** A link destination: http(s)/mailto only, with characters that would end it percent-encoded. */
const dest = (url: string) => safeHref(url).replace(/[()\s<>]/g, (c) => encodeURIComponent(c));

export function renderMarkdown(issue: NewsletterIssue, entries: EntriesBySlug, opts: RenderOptions): string {
  const v = buildView(issue, entries, opts);
  const note = (t: TextView | undefined) => (t?.fallback ? ` *${escapeMarkdown(FALLBACK_NOTE[v.lang])}*` : '');
  /** Escaped text (paragraph breaks kept) plus its fallback note. */
  const md = (t: TextView | undefined) =>
    t
      ? t.text
          .split(/\n{2,}/)
          .map(escapeMarkdown)
          .join('\n\n') + note(t)
      : '';
  const out: string[] = [];
  const para = (s: string) => s && out.push(s, '');
  const bullets = (ts: TextView[]) => ts.length && out.push(...ts.map((t) => `- ${md(t).replace(/\n+/g, ' ')}`), '');

  para(`# ${md(v.title)}`);
  para(
    `**${escapeMarkdown(v.numberLabel)}** · ${escapeMarkdown(v.periodLabel)} · [${escapeMarkdown(v.lang === 'zh' ? '网页版' : 'Web version')}](${dest(v.url)})`,
  );
  para(md(v.intro));

  for (const s of v.sections) {
    para(`## ${md(s.title) || escapeMarkdown(s.code)}`);
    if (s.lead) para(`*${md(s.lead)}*`);
    for (const g of s.groups) {
      if (g.heading) para(`### ${md(g.heading).replace(/\n+/g, ' ')}`);
      para(md(g.lead));
      bullets(g.sharedBullets);
      for (const it of g.items) {
        para(md(it.lead));
        para(itemParagraph(it, md, note, dest));
        bullets(it.bullets);
      }
    }
  }
  for (const a of v.about) {
    if (a.title) para(`## ${md(a.title)}`);
    para(md(a.text));
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

/** The bold linked title, inside the blurb when the blurb quotes it, else on its own line above the blurb. */
function itemParagraph(it: ItemView, md: (t: TextView | undefined) => string, note: (t: TextView | undefined) => string, url: (u: string) => string): string {
  const link = (title: string) => `**[${title}](${url(it.url)})**`;
  if (it.around && it.blurb) {
    const inner = { ...it.blurb, fallback: false };
    return md({ ...inner, text: it.around.before }) + link(md({ ...inner, text: it.title.text })) + md({ ...inner, text: it.around.after }) + note(it.blurb);
  }
  return [link(md({ ...it.title, fallback: false })) + note(it.title), md(it.blurb)].filter(Boolean).join('\n\n');
}
