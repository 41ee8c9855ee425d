/** What readers and mail clients would notice: titles, links, escaping, language, e-mail safety, feed structure. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeedEntries } from '../../testing/seed';
import {
  displayWidth,
  fromSeedNewsletter,
  issueItems,
  renderAtomFeed,
  renderEmailHtml,
  renderEmailText,
  renderMarkdown,
  type FeedIssue,
  type NewsletterIssue,
  type RenderableEntry,
} from '../index';

const BASE = 'https://dualcarbon.example.org';
const UNSUB = 'https://dualcarbon.example.org/unsubscribe?token=a1&list=briefings';
const ENTRIES = new Map<string, RenderableEntry>([
  ['shenzhen-plan', { slug: 'shenzhen-plan', title: { en: 'Shenzhen Synergy Plan', zh: '深圳市减污降碳协同增效实施方案' } }],
  ['evil-report', { slug: 'evil-report', title: { en: 'Report <b>&</b> "Quotes"' } }],
  ['zh-only', { slug: 'zh-only', title: { zh: '仅中文标题' } }],
]);
const ISSUE: NewsletterIssue = {
  number: 7,
  title: { en: 'China Carbon Neutrality Tracker Newsletter', zh: '中国碳中和追踪简报' },
  periodFrom: '2024-03-01',
  periodTo: '2024-04-30',
  intro: { en: 'Highlights of the period.', zh: '本期要点。' },
  imageCredit: { en: 'Source: Windmill on Unsplash' },
  sections: [
    {
      code: 'subnational_updates',
      title: { en: 'Subnational Updates', zh: '地方动态' },
      lead: { en: 'Local action', zh: '地方行动' },
      groups: [
        {
          heading: { en: 'Synergy', zh: '减污降碳协同增效' },
          lead: { en: 'Cities move.' },
          sharedBullets: [{ en: 'Shared point', zh: '共同要点' }],
          items: [
            {
              entry: 'shenzhen-plan',
              blurb: { en: 'Shenzhen City issued Shenzhen Synergy Plan. According to the Plan:', zh: '深圳市印发《深圳市减污降碳协同增效实施方案》。' },
              bullets: [{ en: 'By 2025, 50 projects.', zh: '到2025年，建设50个项目。' }],
            },
            { entry: 'zh-only', blurb: { zh: '只有中文的简介。' }, bullets: [] },
          ],
        },
      ],
    },
    {
      code: 'perspectives',
      title: { en: 'Perspectives', zh: '观点' },
      lead: {},
      groups: [
        {
          heading: {},
          items: [{ entry: 'evil-report', blurb: { en: 'Read this <script>alert("x")</script> & more' }, bullets: [{ en: '<img src=x onerror=alert(1)>' }] }],
        },
      ],
    },
  ],
};
const en = { lang: 'en' as const, baseUrl: BASE };
const zh = { lang: 'zh' as const, baseUrl: BASE };

/** Well-formedness: tags nest and close, attributes are quoted, & starts an entity, no stray <. */
function markupProblems(doc: string, voids: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const re =
    /<!--[\s\S]*?-->|<\?xml[^>]*\?>|<!DOCTYPE html>|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/g;
  for (const m of doc.matchAll(re)) {
    if (m[0] === '<' || m[0] === '&') {
      problems.push(`stray ${m[0]} at ${m.index}: ${doc.slice(m.index, m.index + 40)}`);
      continue;
    }
    const [, close, name, , self] = m;
    if (!name) continue;
    if (close) {
      if (stack.pop() !== name) problems.push(`</${name}> does not close the open element`);
    } else if (!self && !voids.has(name.toLowerCase())) stack.push(name);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}
const HTML_VOIDS = new Set(['meta', 'br', 'img', 'hr', 'link']);
const flat = (s: string) => s.replace(/\s+/g, '');

describe('renderMarkdown', () => {
  const md = renderMarkdown(ISSUE, ENTRIES, en);
  it('lays out sections, headings, bold linked titles and bullets', () => {
    expect(md).toMatch(/^# China Carbon Neutrality Tracker Newsletter\n/);
    expect(md).toContain('## Subnational Updates\n\n*Local action*\n\n### Synergy\n\nCities move.\n\n- Shared point\n');
    expect(md).toContain(
      `Shenzhen City issued **[Shenzhen Synergy Plan](${BASE}/en/entries/shenzhen-plan)**. According to the Plan:\n\n- By 2025, 50 projects.`,
    );
    expect(md).toContain(`**[仅中文标题](${BASE}/en/entries/zh-only)** *(Chinese only)*`);
    expect(md).toContain('只有中文的简介。 *(Chinese only)*');
  });
  it('leaves out the credit of an image it does not show', () => {
    for (const doc of [
      md,
      renderMarkdown(ISSUE, ENTRIES, zh),
      renderEmailHtml(ISSUE, ENTRIES, { ...en, unsubscribeUrl: UNSUB }),
      renderEmailText(ISSUE, ENTRIES, { ...en, unsubscribeUrl: UNSUB }),
    ]) {
      expect(doc).not.toContain('Windmill');
    }
  });
  it('escapes hostile text', () => {
    expect(md).not.toMatch(/<script|<img|<b>/);
    expect(md).toContain('Read this &lt;script&gt;alert("x")&lt;/script&gt; &amp; more');
    expect(md).toContain(`**[Report &lt;b&gt;&amp;&lt;/b&gt; "Quotes"](${BASE}/en/entries/evil-report)**`);
  });
  it('uses the Chinese fields for zh', () => {
    const z = renderMarkdown(ISSUE, ENTRIES, zh);
    expect(z).toContain('# 中国碳中和追踪简报');
    expect(z).toContain('**第7期** · 2024年3月1日至4月30日');
    expect(z).toContain(`深圳市印发《**[深圳市减污降碳协同增效实施方案](${BASE}/zh/entries/shenzhen-plan)**》。`);
    expect(z).toContain('Cities move. *（仅有英文）*');
    expect(z).not.toContain('Shenzhen City issued');
  });
});

describe('renderEmailHtml', () => {
  const html = renderEmailHtml(ISSUE, ENTRIES, { ...en, unsubscribeUrl: UNSUB, preheader: 'Preview <line>' });
  const tags = (name: string) => [...html.matchAll(new RegExp(`<${name}(\\s[^>]*)?>`, 'g'))].map((m) => m[0]);

  it('is a well-formed, table-based 600px e-mail with every style inline', () => {
    expect(markupProblems(html, HTML_VOIDS)).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(tags('table').every((t) => t.includes('role="presentation"'))).toBe(true);
    expect(tags('table').some((t) => /width="600"/.test(t) && /width:600px/.test(t))).toBe(true);
    for (const name of ['table', 'td', 'p', 'a', 'h1', 'h2', 'h3', 'ul', 'li']) for (const t of tags(name)) expect(t, t).toMatch(/ style="[^"]+"/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(styles.map((s) => s.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '').trim())).toEqual(['']);
    expect(html).toContain("font-family:Arial,Helvetica,'PingFang SC','Hiragino Sans GB','Microsoft YaHei',sans-serif;");
  });

  it('carries nothing mail clients strip or that could run', () => {
    expect(html).not.toMatch(/<script|<img|<link|javascript:|display:\s*(flex|grid)|<iframe|<form/i);
    const attributes = [...html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
    expect(attributes.filter((a) => /\son\w+\s*=/i.test(a))).toEqual([]);
    expect(html).toContain('Read this &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(() => renderEmailHtml(ISSUE, ENTRIES, { ...en, unsubscribeUrl: 'javascript:alert(1)' })).toThrow();
  });

  it('shows the header, every item linked to the portal, and a footer with unsubscribe and why', () => {
    expect(html).toContain('Issue 7 · 1 Mar – 30 Apr 2024');
    expect(html).toContain('>dualcarbon</p><h1 ');
    expect(renderEmailHtml(ISSUE, ENTRIES, { ...en, unsubscribeUrl: UNSUB, trackerName: 'CCNT <mirror>' })).toContain('>CCNT &lt;mirror&gt;</p>');
    expect(html).toMatch(/<div style="display:none;[^"]*">Preview &lt;line&gt;<\/div>/);
    const a = (slug: string) => `<a href="${BASE}/en/entries/${slug}" style="color:#0b5d45;text-decoration:underline;"><strong>`;
    expect(html).toContain(`Shenzhen City issued ${a('shenzhen-plan')}Shenzhen Synergy Plan</strong></a>. According to the Plan:`);
    expect(html).toContain(`${a('evil-report')}Report &lt;b&gt;&amp;&lt;/b&gt; &quot;Quotes&quot;</strong></a>`);
    expect(html).toMatch(
      new RegExp(`${a('zh-only').replace(/[.?*+()[\]]/g, '\\$&')}<span lang="zh">仅中文标题</span></strong></a> <span style="[^"]+">\\(Chinese only\\)</span>`),
    );
    expect(html).toContain(`<a href="${UNSUB.replace('&', '&amp;')}"`);
    expect(html).toContain('>Unsubscribe</a>');
    expect(html).toContain('You are receiving this e-mail because you subscribed to the China Carbon Neutrality Tracker Newsletter.');
  });

  it('renders Chinese from the zh fields, marking English fallbacks', () => {
    const z = renderEmailHtml(ISSUE, ENTRIES, { ...zh, unsubscribeUrl: UNSUB });
    expect(z).toContain('<html lang="zh-CN">');
    expect(z).toContain('>深圳市减污降碳协同增效实施方案</strong></a>');
    expect(z).toContain('到2025年，建设50个项目。');
    expect(z).toMatch(/<span lang="en">Cities move\.<\/span> <span style="[^"]+">（仅有英文）<\/span>/);
    expect(z).toContain('>退订</a>');
    expect(z).not.toContain('By 2025, 50 projects.');
  });
});

describe('renderEmailText', () => {
  const text = renderEmailText(ISSUE, ENTRIES, { ...en, unsubscribeUrl: UNSUB });
  const lines = text.trimEnd().split('\n');
  it('wraps at 78 columns, except a lone unbreakable token', () => {
    for (const l of lines) if (displayWidth(l) > 78) expect(l.trim(), l).not.toMatch(/\s/);
  });
  it('lists every item title with its link in brackets and ends with the unsubscribe link', () => {
    expect(flat(text)).toContain(flat(`Shenzhen City issued Shenzhen Synergy Plan [${BASE}/en/entries/shenzhen-plan]. According to the Plan:`));
    expect(flat(text)).toContain(flat(`Report <b>&</b> "Quotes" [${BASE}/en/entries/evil-report]`));
    expect(flat(text)).toContain(flat(`仅中文标题 (Chinese only) [${BASE}/en/entries/zh-only]`));
    expect(lines.at(-1)).toBe(`[${UNSUB}]`); // too long to share a line with its label
    expect(lines.at(-2)).toBe('Unsubscribe:');
    expect(text).toContain('<script>alert("x")</script>'); // plain text: shown as typed, nothing to escape
  });
  it('writes Chinese with Chinese labels', () => {
    const z = renderEmailText(ISSUE, ENTRIES, { ...zh, unsubscribeUrl: UNSUB });
    expect(z).toContain('第7期 · 2024年3月1日至4月30日');
    expect(z).toContain('减污降碳协同增效');
    expect(flat(z.trimEnd().split('\n').slice(-2).join(''))).toBe(flat(`退订: [${UNSUB}]`));
    for (const l of z.split('\n')) if (displayWidth(l) > 78) expect(l.trim()).not.toMatch(/\s/);
  });
});

describe('renderAtomFeed', () => {
  const issues: FeedIssue[] = [
    { ...ISSUE, number: 5, title: { en: 'Briefing <five> & co' }, state: 'published', publishedAt: '2024-01-05T02:00:00Z' },
    { ...ISSUE, number: 6, state: 'in_review' },
    { ...ISSUE, number: 7, publishedAt: new Date('2024-05-02T01:00:00Z'), updatedAt: '2024-05-03T01:00:00Z' },
    { ...ISSUE, number: 8 },
  ];
  const xml = renderAtomFeed(issues, { baseUrl: `${BASE}/`, lang: 'en', updated: '2024-05-04T00:00:00Z' });
  it('is well-formed Atom with one entry per published issue, newest first', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(markupProblems(xml)).toEqual([]);
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.match(/<id>([^<]+)<\/id>/)![1])).toEqual([`${BASE}/en/briefings/7`, `${BASE}/en/briefings/5`]);
    for (const e of entries) for (const tag of ['id', 'title', 'updated', 'summary']) expect(e).toContain(`<${tag}`);
    expect(entries[0]).toContain(`<link rel="alternate" type="text/html" href="${BASE}/en/briefings/7"/>`);
    expect(entries[0]).toContain('<updated>2024-05-03T01:00:00Z</updated>');
    expect(entries[1]).toContain('<title type="text">Briefing &lt;five&gt; &amp; co · Issue 5</title>');
    expect(xml).toContain('<updated>2024-05-04T00:00:00Z</updated>\n  <link rel="self"');
  });
  it('summarises in the feed language: the period, then the Top News headings (or the intro)', () => {
    const top = {
      code: 'top_news' as const,
      title: {},
      lead: {},
      groups: [
        { heading: { en: 'Beautiful China', zh: '美丽中国' }, items: [{ entry: 'zh-only', blurb: {}, bullets: [] }] },
        { heading: { en: 'Inventories' }, items: [] },
      ],
    };
    const withTop: FeedIssue = { ...ISSUE, number: 9, sections: [top, ...ISSUE.sections], publishedAt: '2024-06-01' };
    const z = renderAtomFeed([issues[0], withTop], { baseUrl: BASE, lang: 'zh' });
    expect(z).toContain('xml:lang="zh-CN"');
    expect(z).toContain('<summary type="text">2024年3月1日至4月30日：美丽中国；Inventories</summary>');
    expect(z).toContain('<summary type="text">2024年3月1日至4月30日：本期要点。</summary>');
    expect(z).toContain('<published>2024-06-01T00:00:00+08:00</published>');
    expect(markupProblems(z)).toEqual([]);
  });
});

describe('rendering the seed issue', () => {
  const seed = fromSeedNewsletter(JSON.parse(fs.readFileSync(new URL('../../../../../data/seed/newsletters/001.json', import.meta.url), 'utf8')), {
    periodFrom: '2023-12-01',
    periodTo: '2024-01-31',
  });
  const entries = new Map(loadSeedEntries().map(({ entry }) => [entry.slug, entry]));
  const slugs = issueItems(seed).map((l) => l.item.entry);

  it('links all 31 items, in every output, to the portal', () => {
    const md = renderMarkdown(seed, entries, en);
    const html = renderEmailHtml(seed, entries, { ...en, unsubscribeUrl: UNSUB });
    const text = renderEmailText(seed, entries, { ...en, unsubscribeUrl: UNSUB });
    for (const slug of slugs) {
      const url = `${BASE}/en/entries/${slug}`;
      expect(md).toContain(`](${url})**`);
      expect(html).toContain(`<a href="${url}"`);
      expect(flat(text)).toContain(`[${url}]`);
    }
    for (const h of seed.sections.flatMap((s) => s.groups.flatMap((g) => g.heading.en ?? []))) expect(md).toContain(`### ${h}`);
    expect(markupProblems(html, HTML_VOIDS)).toEqual([]);
    console.log(`render: seed issue → ${md.length} chars of Markdown, ${html.length} of HTML, ${text.split('\n').length} text lines`);
  });

  it('uses zh titles where the seed has them and marks English fallbacks', () => {
    const z = renderEmailHtml(seed, entries, { ...zh, unsubscribeUrl: UNSUB });
    expect(z).toContain('>深圳市减污降碳协同增效实施方案</strong></a>');
    expect(z).toContain('（仅有英文）');
    expect(markupProblems(z, HTML_VOIDS)).toEqual([]);
  });
});
