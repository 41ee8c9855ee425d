/**
 * Building blocks for the hostile-input test: the app's own route list (from its OpenAPI
 * document) and fast-check arbitraries for the nastiest things a client can send.
 */
import fc from 'fast-check';

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI path with {params}. */
  path: string;
  params: string[];
  queryNames: string[];
}

export async function routesFromOpenApi(baseUrl: string): Promise<Route[]> {
  const doc = (await (await fetch(`${baseUrl}/api/docs-json`)).json()) as {
    paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
  };
  const routes: Route[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const m = method.toUpperCase();
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(m)) continue;
      const params = [...path.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]);
      const queryNames = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      routes.push({ method: m as Route['method'], path, params, queryNames });
    }
  }
  return routes;
}

const sqlAndScript = fc.constantFrom(
  "' OR 1=1 --",
  '1; DROP TABLE entries; --',
  "'); DELETE FROM users; --",
  '" onmouseover="alert(1)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7}',
  '{{constructor.constructor("return process")()}}',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  'NaN',
  '-1',
  '1e309',
  '9'.repeat(40),
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'pg_sleep(5)',
  '碳达峰\u200b\u202e',
  '🌏'.repeat(50),
  '\ud800',
  'a'.repeat(5000),
);

/** Strings from every corner: unicode edge cases, injection fragments, very long, empty. */
export const hostileString = fc.oneof(
  sqlAndScript,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', '%', '%%', '%ZZ', '+', '&', '=', '#', '?', '\\', '/'),
  fc.integer().map(String),
  fc.double().map(String),
);

/** Percent-encodes anything, lone surrogates included (sent as the invalid UTF-8 they would be). */
export function encodeAny(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return encodeURIComponent(s.toWellFormed()) + '%ED%A0%80';
  }
}

/** Query strings: known parameter names and invented ones, repeated and array-shaped keys. */
export function hostileQuery(names: string[]) {
  const key = fc.oneof(
    fc.constantFrom(...(names.length ? names : ['q']), 'page', 'pageSize', 'sort', 'region', 'sector'),
    fc.constantFrom('__proto__', 'constructor', 'sector[]', 'sector[$ne]', 'region[0]', 'a.b', 'sort;drop', 'q\u0000'),
    fc.string({ maxLength: 12 }),
  );
  return fc.array(fc.tuple(key, hostileString), { maxLength: 6 }).map((pairs) => {
    const sp = pairs.map(([k, v]) => `${encodeAny(k)}=${encodeAny(v)}`);
    return sp.join('&');
  });
}

/** JSON text nested `depth` levels deep, built as text: JSON.stringify itself overflows the stack. */
function deepJson(depth: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += i % 2 ? '[' : '{"a":';
    close = (i % 2 ? ']' : '}') + close;
  }
  return `${open}"deep"${close}`;
}

/** JSON bodies: wrong types, deep nesting, huge arrays, prototype keys, unicode. */
export const hostileBody = fc.oneof(
  fc.json({ maxDepth: 4 }).map((s) => s),
  fc.anything({ maxDepth: 3, withNullPrototype: false }).map((v) => {
    try {
      return JSON.stringify(v) ?? 'null';
    } catch {
      return '{}';
    }
  }),
  fc.constantFrom(
    deepJson(100_000),
    deepJson(200),
    JSON.stringify({ title: { en: 'x'.repeat(100_000) } }),
    JSON.stringify(Array.from({ length: 50_000 }, (_, i) => i)),
    '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
    '{"kind":"policy","slug":"a","title":{},"jurisdiction":"CN","level":"national"}',
    '{"email":"x","password":{"$gt":""}}',
    '{"version":"1; DROP TABLE entries","action":"approve"}',
    '{"a":1,"a":2}',
    '{',
    'not json at all',
    '',
  ),
  hostileString.map((s) => JSON.stringify({ q: s, title: { en: s, zh: s }, body: s, email: s, name: s })),
);

/** Values for path parameters: real-looking ids and slugs as well as junk. */
export const hostileParam = fc.oneof(
  fc.uuid(),
  fc.constantFrom('guizhou-pollution-carbon-synergy-implementation-plan', '520000', 'CN', '1', 'sectors', 'carbon_intensity'),
  hostileString,
);
