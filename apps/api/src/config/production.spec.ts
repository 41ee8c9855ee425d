import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const ROOT = '/srv/dualcarbon';
const PROD = { NODE_ENV: 'production' };

function problemsOf(env: Record<string, string>, server = true): string {
  try {
    loadConfig(env, ROOT, { server });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.join('\n');
    throw err;
  }
  return '';
}

describe('a production server refuses to start', () => {
  it('without PUBLIC_URL, so no link is ever built from the Host header', () => {
    expect(problemsOf({ ...PROD, METRICS_PUBLIC: 'true' })).toMatch(/^PUBLIC_URL: .*Host header/m);
  });

  it('with the metrics open, unless METRICS_TOKEN is set or METRICS_PUBLIC=true says so', () => {
    const site = { ...PROD, PUBLIC_URL: 'https://dualcarbon.example.org' };
    expect(problemsOf(site)).toMatch(/^METRICS_TOKEN: .*METRICS_PUBLIC=true/m);
    expect(problemsOf({ ...site, METRICS_PUBLIC: 'false' })).toMatch(/^METRICS_TOKEN:/m);
    expect(problemsOf({ ...site, METRICS_TOKEN: 'f'.repeat(64) })).toBe('');
    expect(problemsOf({ ...site, METRICS_PUBLIC: 'true' })).toBe('');
    expect(loadConfig({ ...site, METRICS_PUBLIC: 'true' }, ROOT, { server: true }).observability).toEqual({ metricsToken: undefined, metricsPublic: true });
    expect(problemsOf({ ...site, METRICS_PUBLIC: 'maybe' })).toMatch(/^METRICS_PUBLIC: Expected true or false/m);
  });

  it('names both at once; development, tests and command-line tools need neither', () => {
    const both = problemsOf(PROD);
    expect(both).toMatch(/^PUBLIC_URL:/m);
    expect(both).toMatch(/^METRICS_TOKEN:/m);
    expect(problemsOf({ NODE_ENV: 'development' })).toBe('');
    expect(problemsOf({ NODE_ENV: 'test' })).toBe('');
    expect(problemsOf(PROD, false)).toBe('');
  });
});

describe('the site URL links are built on', () => {
  it('is PUBLIC_URL, else (outside production) http://localhost:PORT', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://dualcarbon.example.org/' }, ROOT).app.siteUrl).toBe('https://dualcarbon.example.org');
    expect(loadConfig({ PORT: '4000' }, ROOT).app.siteUrl).toBe('http://localhost:4000');
  });
});
