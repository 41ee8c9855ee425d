import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const ROOT = '/srv/dualcarbon';

describe('auth configuration', () => {
  it('defaults to production argon2 cost, 12 h sliding / 7 day sessions, delays after 5 failures up to 15 min, 20 per IP in 15 min, no trusted proxy', () => {
    const { auth } = loadConfig({}, ROOT);
    expect(auth).toEqual({
      sessionIdleMinutes: 720,
      sessionMaxHours: 168,
      secureCookies: false,
      trustProxy: false,
      login: { windowMinutes: 15, maxPerAccount: 5, maxDelaySeconds: 900, maxPerIp: 20 },
      passwordLinkHours: 72,
      argon2: { memoryCost: 65536, timeCost: 3, parallelism: 4 },
      bootstrapAdmin: undefined,
    });
  });

  it('uses a cheap argon2 setting under NODE_ENV=test unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'test' }, ROOT).auth.argon2).toEqual({ memoryCost: 1024, timeCost: 1, parallelism: 1 });
    expect(loadConfig({ NODE_ENV: 'test', ARGON2_MEMORY_KIB: '19456', ARGON2_TIME_COST: '2' }, ROOT).auth.argon2).toMatchObject({
      memoryCost: 19456,
      timeCost: 2,
    });
  });

  it('sets Secure cookies for an https PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://x.example.org' }, ROOT).auth.secureCookies).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'http://x.example.org' }, ROOT).auth.secureCookies).toBe(false);
  });

  it.each([
    ['false', false],
    ['1', 1],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.1', ['10.0.0.0/8', '192.168.1.1']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }, ROOT).auth.trustProxy).toEqual(expected);
  });

  it('takes the bootstrap admin only as a pair, and only with a long enough password', () => {
    expect(loadConfig({ ADMIN_EMAIL: 'a@example.org', ADMIN_PASSWORD: 'twelve-chars!' }, ROOT).auth.bootstrapAdmin).toEqual({
      email: 'a@example.org',
      password: 'twelve-chars!',
    });
    for (const env of [{ ADMIN_EMAIL: 'a@example.org' }, { ADMIN_PASSWORD: 'twelve-chars!' }, { ADMIN_EMAIL: 'a@example.org', ADMIN_PASSWORD: 'short' }]) {
      expect(() => loadConfig(env, ROOT)).toThrow(ConfigError);
    }
  });

  it('reports bad values by name', () => {
    let problems = '';
    try {
      loadConfig({ TRUST_PROXY: 'everyone', SESSION_IDLE_MINUTES: '0', LOGIN_MAX_FAILURES_PER_IP: 'x', ARGON2_MEMORY_KIB: '8' }, ROOT);
    } catch (err) {
      problems = (err as ConfigError).problems.join('\n');
    }
    for (const name of ['TRUST_PROXY', 'SESSION_IDLE_MINUTES', 'LOGIN_MAX_FAILURES_PER_IP', 'ARGON2_MEMORY_KIB']) expect(problems).toContain(name);
  });
});
