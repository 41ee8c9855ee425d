import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, publish, team, type Team } from './helpers/editorial';
import { startPublicApp } from './helpers/public-app';
import type { TestApp } from './helpers/test-app';

/**
 * The portal's pages rendered inside the API (src/portal-render) from the real builds of the portal
 * (`pnpm build`: apps/portal/dist and dist-ssr), on the frozen newsletter-era seed plus entries the
 * public must never see (a draft, an unpublished and a deleted entry, all titled "Hidden plan").
 */
const PORTAL = join(__dirname, '../../portal');
// http: with https the session cookies would be Secure, which supertest's plain-HTTP agents never send.
const SITE = 'http://dualcarbon.example.org';
const ENTRY = 'guizhou-pollution-carbon-synergy-implementation-plan';
const LANGS = ['en', 'zh'] as const;
type Lang = (typeof LANGS)[number];
type Text = { en?: string; zh?: string };

if (!existsSync(join(PORTAL, 'dist-ssr/entry-server.js'))) {
  throw new Error('The portal is not built: run `pnpm build` (turbo builds apps/portal/dist and dist-ssr) before this test.');
}

let t: TestApp;
let people: Team;
const http = () => request(t.app.getHttpServer());
const api = async <T>(path: string) => (await http().get(path).expect(200)).body as T;
const pick = (text: Text, lang: Lang) => (lang === 'zh' ? text.zh || text.en : text.en || text.zh) ?? '';

function read(html: string) {
  const { document } = parseHTML(html);
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? null;
  const link = (sel: string) => document.querySelector(sel)?.getAttribute('href') ?? null;
  return {
    title: document.querySelector('title')?.textContent ?? '',
    lang: document.documentElement.getAttribute('lang'),
    description: meta('meta[name="description"]'),
    canonical: link('link[rel="canonical"]'),
    hreflang: Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    ),
    og: {
      title: meta('meta[property="og:title"]'),
      description: meta('meta[property="og:description"]'),
      url: meta('meta[property="og:url"]'),
      type: meta('meta[property="og:type"]'),
    },
    twitter: { card: meta('meta[name="twitter:card"]'), title: meta('meta[name="twitter:title"]') },
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>),
    /** What a reader sees: the app's text (not the state handed to the browser). */
    text: (document.querySelector('#app')?.textContent ?? '').replace(/\s+/g, ' '),
    state: document.getElementById('portal-state')?.textContent ?? '',
    html,
  };
}

/** GET a page; a fixed Host, as supertest's port changes per request and the Host is part of the cache key. */
async function page(path: string, status = 200) {
  const res = await http()
    .get(path)
    .set('Host', 'dualcarbon.test')
    .expect(status)
    .expect('Content-Type', /text\/html/);
  return { res, ...read(res.text) };
}

beforeAll(async () => {
  t = await startPublicApp({ PUBLIC_URL: SITE, STATIC_DIR_PORTAL: join(PORTAL, 'dist'), SSR_DIR_PORTAL: join(PORTAL, 'dist-ssr') });
  people = await team(t);
});
afterAll(() => t?.close());

describe.each(LANGS)('every public page rendered on the server (%s)', (lang) => {
  /** Each page with a text only its data can put there, read from the API the page reads. */
  const cases: [string, () => Promise<string>][] = [
    ['', async () => pick((await api<{ items: { title: Text }[] }>('/api/entries?page=1&pageSize=6')).items[0]!.title, lang)],
    [
      '/entries?level=provincial&sort=title',
      async () => pick((await api<{ items: { title: Text }[] }>('/api/entries?level=provincial&sort=title')).items[0]!.title, lang),
    ],
    [`/entries/${ENTRY}`, async () => pick((await api<{ title: Text }>(`/api/entries/${ENTRY}`)).title, lang)],
    ['/regions', async () => (lang === 'en' ? 'Guangdong' : '广东')],
    ['/regions/520000', async () => pick((await api<{ title: Text }>(`/api/entries/${ENTRY}`)).title, lang)],
    ['/targets?metric=carbon_intensity&targetYear=2025', async () => (lang === 'en' ? 'Guizhou' : '贵州')],
    ['/briefings', async () => pick((await api<{ items: { title: Text }[] }>('/api/newsletters')).items[0]!.title, lang)],
    ['/briefings/1', async () => pick((await api<{ title: Text }>('/api/newsletters/1')).title, lang)],
  ];

  it.each(cases)(`/${lang}%s: 200, its content, title, description, canonical, hreflang, Open Graph and Twitter tags`, async (rest, expected) => {
    const path = `/${lang}${rest}`;
    const p = await page(path);
    expect(p.lang).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(p.text).toContain(await expected());
    expect(p.title).toMatch(/^.+ · dualcarbon$/);
    expect(p.description?.length).toBeGreaterThan(20);
    // The query stays in the canonical URL only where it is the page's content (explorer, targets).
    const own = /^\/(entries|targets)\?/.test(rest) ? path : path.split('?')[0]!;
    expect(p.canonical).toBe(SITE + own);
    const other = own.replace(/^\/(en|zh)/, '');
    expect(p.hreflang).toEqual({ en: `${SITE}/en${other}`, 'zh-CN': `${SITE}/zh${other}`, 'x-default': `${SITE}/en${other}` });
    expect(p.og).toMatchObject({ title: p.title.replace(/ · dualcarbon$/, ''), description: p.description, url: p.canonical });
    expect(p.twitter).toEqual({ card: 'summary', title: p.og.title });
    expect(p.html).not.toContain('needs JavaScript');
    expect(p.html).not.toMatch(/Hidden plan|hidden-draft|hidden-unpublished|hidden-deleted/);
  });

  it('an entry page carries its title in the head and its JSON-LD', async () => {
    const entry = await api<{ title: Text; summary: Text }>(`/api/entries/${ENTRY}`);
    const p = await page(`/${lang}/entries/${ENTRY}`);
    expect(p.title).toBe(`${pick(entry.title, lang)} · dualcarbon`);
    expect(p.description).toBe(pick(entry.summary, lang).slice(0, 159) + (pick(entry.summary, lang).length > 160 ? '…' : ''));
    expect(p.og.type).toBe('article');
    expect(p.jsonLd).toHaveLength(1);
    expect(p.jsonLd[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      url: `${SITE}/${lang}/entries/${ENTRY}`,
      name: entry.title.en,
    });
  });

  it.each([
    ['/entries/no-such-entry'],
    ['/entries/hidden-draft'],
    ['/entries/hidden-unpublished'],
    ['/entries/hidden-deleted'],
    ['/regions/999999'],
    ['/briefings/99'],
    ['/no/such/page'],
  ])(`/${lang}%s answers 404 with the rendered not-found page`, async (rest) => {
    const p = await page(`/${lang}${rest}`, 404);
    expect(p.text).toMatch(lang === 'en' ? /not found|No such|does not exist/i : /未找到|不存在|没有/);
    expect(p.title).toMatch(/ · dualcarbon$/);
    expect(p.res.headers['cache-control']).toBe('no-store');
    expect(p.html).not.toContain('Hidden plan');
  });
});

describe('drafts and the answer cache', () => {
  it('a region page never shows a draft of its region, in its list, counts or state', async () => {
    const p = await page('/en/regions/520000');
    expect(p.text).toContain('Guizhou');
    expect(p.html).not.toMatch(/Hidden plan|hidden-draft/);
    expect(p.state).not.toContain('hidden-draft');
  });

  it('keeps a rendered page under the public data version: replayed from the cache until a publish changes it', async () => {
    const slug = 'ssr-cache-test-plan';
    const draft = await createDraft(people.editor, slug, { title: { en: 'Server-rendered cache test plan', zh: '服务端渲染缓存测试方案' } });
    const before = await page(`/en/entries/${slug}`, 404);
    expect(before.html).not.toContain('Server-rendered cache test plan');

    const region = '/en/regions/440000';
    const first = await page(region);
    expect(first.res.headers['x-cache']).toBe('miss');
    expect(first.res.headers['cache-control']).toBe('public, no-cache');
    const again = await page(region);
    expect(again.res.headers['x-cache']).toBe('hit');
    expect(again.html).toBe(first.html);
    expect(first.html).not.toContain('Server-rendered cache test plan');
    await http().get(region).set('Host', 'dualcarbon.test').set('If-None-Match', first.res.headers.etag!).expect(304);

    await publish({ author: people.editor, reviewer: people.reviewer }, draft.id);
    const after = await page(region);
    expect(after.res.headers['x-cache']).toBe('miss');
    expect(after.text).toContain('Server-rendered cache test plan');
    const entry = await page(`/zh/entries/${slug}`);
    expect(entry.title).toBe('服务端渲染缓存测试方案 · dualcarbon');
  });

  it('leaves paths without a language, and file-like paths, as before', async () => {
    const root = await http().get('/').expect(200);
    expect(root.headers['cache-control']).toBe('no-cache');
    expect(root.text).toContain('<div id="app"></div>');
    await http().get('/en/entries/x.json').expect(404).expect('Content-Type', /json/);
  });
});
