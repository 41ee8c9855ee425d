import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { adminCreate } from '../src/users/admin-create.command';
import { seedDevUsers } from '../src/users/seed-dev-users.command';
import { UsersService } from '../src/users/users.service';
import { startTestApp } from './helpers/test-app';
import { createTestDatabase, type TestDatabase } from './helpers/test-db';

const DIST_CLI = join(__dirname, '../dist/cli/admin-create.js');

describe('admin:create and seed:dev-users CLIs', () => {
  let database: TestDatabase;
  let out: string[];
  const io = { stdout: (s: string) => void out.push(s), stderr: (s: string) => void out.push(s) };
  const env = () => ({ NODE_ENV: 'test', DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
  const sql = async (text: string, params: unknown[] = []) => {
    const c = new Client({ connectionString: database.url });
    await c.connect();
    try {
      return (await c.query(text, params)).rows;
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('creates an active admin with an argon2id hash, audited, from --password', async () => {
    out = [];
    const id = await adminCreate({ argv: ['--email', ' Root@Example.org ', '--name', 'Root', '--password', 'correct-horse-battery'], env: env(), io });
    const [u] = await sql(`SELECT email::text, name, roles, active, password_hash FROM users WHERE id = $1`, [id]);
    expect(u).toMatchObject({ email: 'root@example.org', name: 'Root', roles: ['admin'], active: true });
    expect(u.password_hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(out.join('')).toContain('Created admin root@example.org');
    const [a] = await sql(`SELECT actor_id, action, after, user_agent FROM audit_log WHERE entity_id = $1`, [id]);
    expect(a).toMatchObject({ actor_id: null, action: 'user.create', user_agent: 'dualcarbon admin:create (CLI)' });
    expect(JSON.stringify(a.after)).not.toContain('argon2');
  });

  it('takes the password from ADMIN_PASSWORD, or a terminal prompt asked twice', async () => {
    out = [];
    await adminCreate({ argv: ['--email', 'env@example.org', '--name', 'Env'], env: { ...env(), ADMIN_PASSWORD: 'from-the-environment' }, io });
    const answers = ['typed-at-the-prompt', 'typed-at-the-prompt'];
    await adminCreate({ argv: ['--email', 'tty@example.org', '--name', 'Tty'], env: env(), io, prompt: async () => answers.shift()! });
    const rows = await sql(`SELECT email::text FROM users WHERE email IN ('env@example.org', 'tty@example.org') ORDER BY email`);
    expect(rows.map((r) => r.email)).toEqual(['env@example.org', 'tty@example.org']);
    const mismatch = ['one-password-here', 'another-password'];
    await expect(adminCreate({ argv: ['--email', 'x@example.org', '--name', 'X'], env: env(), io, prompt: async () => mismatch.shift()! })).rejects.toThrow(
      /do not match/,
    );
  });

  it('refuses bad input and duplicates with a clear message', async () => {
    const run = (argv: string[], e = env()) => adminCreate({ argv, env: e, io });
    await expect(run(['--email', 'a@example.org'])).rejects.toThrow(/--name are required/);
    await expect(run(['--email', 'a@example.org', '--name', 'A'])).rejects.toThrow(/No password/);
    await expect(run(['--email', 'a@example.org', '--name', 'A', '--password', 'short'])).rejects.toThrow(/at least 12/);
    await expect(run(['--email', 'not-an-email', '--name', 'A', '--password', 'long-enough-pass'])).rejects.toThrow(/--email/);
    await expect(run(['--email', 'ROOT@example.org', '--name', 'A', '--password', 'long-enough-pass'])).rejects.toThrow(/already exists/);
    await expect(run(['--bogus'])).rejects.toThrow();
  });

  it('runs as `node dist/cli/admin-create.js` with exit codes', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [DIST_CLI, '--email', 'dist@example.org', '--name', 'Dist'], {
      env: { ...process.env, ...env(), ADMIN_PASSWORD: 'from-the-environment' },
    });
    expect(stdout).toContain('Created admin dist@example.org');
    const failed = await run(process.execPath, [DIST_CLI, '--email', 'dist@example.org', '--name', 'Dist'], {
      env: { ...process.env, ...env(), ADMIN_PASSWORD: 'from-the-environment' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('user/email_taken') });
  });

  it('seeds the three development accounts once, printing their passwords only then', async () => {
    out = [];
    const first = await seedDevUsers({ env: env(), io });
    expect(first.map((u) => u.email)).toEqual(['editor@dualcarbon.local', 'reviewer@dualcarbon.local', 'admin@dualcarbon.local']);
    for (const u of first) expect(u.password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(out.join('')).toContain(first[0]!.password!);
    const roles = await sql(`SELECT email::text, roles FROM users WHERE email::text LIKE '%@dualcarbon.local' ORDER BY email`);
    expect(roles).toEqual([
      { email: 'admin@dualcarbon.local', roles: ['admin'] },
      { email: 'editor@dualcarbon.local', roles: ['editor'] },
      { email: 'reviewer@dualcarbon.local', roles: ['reviewer'] },
    ]);
    out = [];
    const again = await seedDevUsers({ env: env(), io });
    expect(again.every((u) => u.password === undefined)).toBe(true);
    expect(out.join('')).toContain('password unchanged');
    await expect(seedDevUsers({ env: { ...env(), NODE_ENV: 'production' }, io })).rejects.toThrow(/production/);
  });
});

describe('ADMIN_EMAIL / ADMIN_PASSWORD bootstrap at boot', () => {
  it('creates the first admin only while there is none', async () => {
    const first = await startTestApp({ seed: false, env: { ADMIN_EMAIL: 'Boot@Example.org', ADMIN_PASSWORD: 'bootstrap-password-1' } });
    try {
      const rows = await first.db.query(`SELECT email::text, roles, password_hash FROM users`);
      expect(rows).toEqual([{ email: 'boot@example.org', roles: ['admin'], password_hash: expect.stringMatching(/^\$argon2id\$/) }]);
      // Another process starting with other values creates nothing: an admin exists.
      const again = await first.app
        .get(UsersService)
        .createFirstAdmin('other@example.org', 'Other', 'bootstrap-password-2', { actorId: null, ip: null, userAgent: null });
      expect(again).toBeNull();
      const [{ n }] = await first.db.query(`SELECT count(*)::int AS n FROM users`);
      expect(n).toBe(1);
    } finally {
      await first.close();
    }
  });
});
