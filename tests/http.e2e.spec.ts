import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const GUIZHOU = 'guizhou-pollution-carbon-synergy-implementation-plan';

async function get(path: string, accept = '*/*') {
  const res = await fetch(baseUrl + path, { headers: { Accept: accept }, redirect: 'manual' });
  return { res, body: await res.text() };
}

describe('API', () => {
  it('is healthy', async () => {
    const { res, body } = await get('/api/health', 'application/json');
    expect(res.status).toBe(200);
    expect(JSON.parse(body)).toMatchObject({ status: expect.any(String), database: expect.anything() });
  });

  it('GET /api/entries returns the seed entries, paginated', async () => {
    const { res, body } = await get('/api/entries?page=1&pageSize=100', 'application/json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const list = JSON.parse(body) as { items: { slug: string; title: { en?: string; zh?: string } }[]; total: number; page: number; pageSize: number };
    expect(list.page).toBe(1);
    expect(list.pageSize).toBe(100);
    expect(list.total).toBeGreaterThanOrEqual(31);
    expect(list.items.length).toBe(Math.min(list.total, 100));
    const guizhou = list.items.find((e) => e.slug === GUIZHOU);
    expect(guizhou?.title).toEqual({
      en: 'Implementation Plan for the Synergistic Reduction of Pollution and Carbon Emissions in Guizhou',
      zh: '贵州省减污降碳协同增效实施方案',
    });

    const page2 = JSON.parse((await get('/api/entries?page=2&pageSize=20')).body) as { items: unknown[] };
    expect(page2.items.length).toBe(Math.min(20, list.total - 20));
  });

  it('GET /api/entries/:slug returns the entry with its targets', async () => {
    const { res, body } = await get(`/api/entries/${GUIZHOU}`, 'application/json');
    expect(res.status).toBe(200);
    const entry = JSON.parse(body) as { targets: { metric: string; value: number; baseYear?: number; targetYear: number }[] };
    expect(entry.targets).toContainEqual(expect.objectContaining({ metric: 'carbon_intensity', value: 18, baseYear: 2020, targetYear: 2025 }));
  });

  it('an unknown entry is a JSON 404 with a stable code', async () => {
    const { res, body } = await get('/api/entries/no-such-entry', 'application/json');
    expect(res.status).toBe(404);
    expect(JSON.parse(body)).toMatchObject({ statusCode: 404, code: 'entry/not_found' });
  });

  it('an unknown /api route is a JSON 404, not the portal page', async () => {
    const { res, body } = await get('/api/does-not-exist', 'text/html');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(JSON.parse(body)).toMatchObject({ statusCode: 404 });
    expect(body).not.toContain('<div id="app">');
  });
});

describe('static sites', () => {
  /** Asserts `path` answers with one of the two single-page apps (its mount point, title and hashed script); returns the HTML. */
  async function appHtml(path: string, title: string, script: RegExp): Promise<string> {
    const { res, body } = await get(path, 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(body).toContain('<div id="app"></div>');
    expect(body).toContain(`<title>${title}</title>`);
    expect(body).toMatch(script);
    return body;
  }

  it('GET /cms/ serves the CMS HTML', async () => {
    await appHtml('/cms/', 'dualcarbon CMS', /src="\/cms\/assets\/[^"]+\.js"/);
  });

  it('a deep CMS link falls back to the CMS HTML', async () => {
    const { res, body } = await get('/cms/en/sign-in', 'text/html');
    expect(res.status).toBe(200);
    expect(body).toContain('<title>dualcarbon CMS</title>');
  });

  it('GET /some/deep/link serves the portal HTML (SPA fallback)', async () => {
    const body = await appHtml('/some/deep/link', 'dualcarbon', /src="\/assets\/[^"]+\.js"/);
    expect(body).not.toContain('/cms/assets/');
  });

  it('serves the portal’s hashed assets', async () => {
    const html = (await get('/', 'text/html')).body;
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const { res } = await get(script!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answers /favicon.ico with an icon (browsers and feed readers ask for it unprompted)', async () => {
    const res = await fetch(`${baseUrl}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/(vnd\.microsoft\.icon|x-icon)/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // ICONDIR: reserved 0, type 1 (icon), at least one image
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(bytes[4]).toBeGreaterThan(0);
  });

  it('a missing asset is a 404, not the portal page', async () => {
    const { res } = await get('/assets/does-not-exist.js');
    expect(res.status).toBe(404);
  });
});
