/**
 * Hostile input across every route the OpenAPI document lists: 10,000 generated requests (odd
 * query strings, deep and huge JSON, wrong types, unicode edge cases, array-shaped filter keys,
 * SQL and script fragments), half of them with an admin's session so the editorial routes' own
 * validation is reached, not only the guard. No 5xx, no hang, every error a 4xx with a clear
 * message, and nothing changed in the data by a request that was refused.
 */
import fc from 'fast-check';
import pg from 'pg';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeAny, hostileBody, hostileParam, hostileQuery, routesFromOpenApi, type Route } from './support/fuzz';
import { createAccount } from './support/users';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const CONCURRENCY = 8;
const TIMEOUT_MS = 10_000;
/** Routes that would end the fuzzer's own session. */
const SKIP = new Set(['POST /api/auth/logout']);
/** Tables that legitimately record refused requests (failed logins, audit of refusals). */
const LOG_TABLES = /^(audit_log|login_attempts|sessions|user_sessions|typeorm_migrations|seed_runs|.*rate.*|.*attempt.*)$/;

async function fingerprint(databaseUrl: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows: tables } = await c.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const out: Record<string, string> = {};
    for (const { t } of tables) {
      if (LOG_TABLES.test(t)) continue;
      const { rows } = await c.query(`SELECT count(*) AS n, md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM "${t}" x`);
      out[t] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  } finally {
    await c.end();
  }
}

interface Outcome {
  request: string;
  status: number;
  body: string;
  ms: number;
}

describe('hostile input', () => {
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');
  let routes: Route[] = [];
  let cookie = '';
  let csrf = '';

  beforeAll(async () => {
    routes = (await routesFromOpenApi(baseUrl)).filter((r) => !SKIP.has(`${r.method} ${r.path}`));
    const admin = await createAccount(databaseUrl, { roles: ['editor', 'reviewer', 'admin'], name: 'Fuzz Admin' });
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    });
    expect(login.status).toBe(200);
    cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const session = (await (await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } })).json()) as { csrfToken: string };
    csrf = session.csrfToken;
  });

  it('never answers 5xx or hangs, explains every refusal, and changes nothing it refused', async () => {
    expect(routes.length).toBeGreaterThan(20);
    const request = fc.constantFrom(...routes).chain((route) =>
      fc.record({
        route: fc.constant(route),
        params: fc.array(hostileParam, { minLength: 4, maxLength: 4 }),
        query: hostileQuery(route.queryNames),
        body: hostileBody,
        signedIn: fc.boolean(),
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
        ),
      }),
    );
    const samples = fc.sample(request, { numRuns: RUNS, seed: 20260 });
    const before = await fingerprint(databaseUrl);

    const failures: Outcome[] = [];
    const acceptedWrites: Outcome[] = [];
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < samples.length) {
        const s = samples[next++];
        let i = 0;
        const path = s.route.path.replace(/\{[^}]+\}/g, () => encodeAny(String(s.params[i++ % 4])));
        const url = `${baseUrl}${path}${s.query ? `?${s.query}` : ''}`;
        const hasBody = s.route.method !== 'GET' && s.route.method !== 'DELETE';
        const headers: Record<string, string> = { accept: 'application/json' };
        if (hasBody) headers['content-type'] = s.contentType;
        if (s.signedIn) Object.assign(headers, { cookie, 'x-csrf-token': csrf });
        const started = Date.now();
        const label = `${s.route.method} ${url.slice(baseUrl.length, baseUrl.length + 300)}${s.signedIn ? ' (admin)' : ''}`;
        try {
          const res = await fetch(url, {
            method: s.route.method,
            headers,
            body: hasBody ? s.body : undefined,
            signal: AbortSignal.timeout(TIMEOUT_MS),
            redirect: 'manual',
          });
          const text = await res.text();
          const outcome = { request: label, status: res.status, body: text.slice(0, 300), ms: Date.now() - started };
          if (res.status >= 500) failures.push(outcome);
          else if (res.status >= 400) {
            let parsed: { statusCode?: number; code?: string; message?: string } = {};
            try {
              parsed = JSON.parse(text);
            } catch {
              /* reported below */
            }
            if (parsed.statusCode !== res.status || !parsed.code || !parsed.message) failures.push({ ...outcome, body: `unclear error: ${outcome.body}` });
          } else if (hasBody || s.route.method === 'DELETE') acceptedWrites.push(outcome);
        } catch (e) {
          failures.push({ request: label, status: 0, body: `no answer: ${e instanceof Error ? e.message : e}`, ms: Date.now() - started });
        }
        done++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`fuzz: ${done} requests over ${routes.length} routes, ${failures.length} failures, ${acceptedWrites.length} writes accepted`);

    expect(failures.slice(0, 10)).toEqual([]);
    // Random input should never make a valid write; if one did, name it rather than pass silently.
    expect(acceptedWrites.slice(0, 5)).toEqual([]);
    expect(await fingerprint(databaseUrl)).toEqual(before);
    // The session survived: the app still knows the fuzzer.
    expect((await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } })).status).toBe(200);
  }, 600_000);
});
