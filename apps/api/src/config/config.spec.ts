import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { findRepoRoot } from './repo-root';

const ROOT = '/srv/dualcarbon';

describe('loadConfig', () => {
  it('applies defaults relative to the repository root', () => {
    const c = loadConfig({}, ROOT);
    expect(c.app).toMatchObject({ port: 3000, host: '0.0.0.0', nodeEnv: 'development', isProduction: false, logLevel: 'info' });
    expect(c.database).toEqual({ url: undefined, dataDir: `${ROOT}/.data`, embeddedPort: 54329 });
    expect(c.static).toEqual({ portalDir: `${ROOT}/apps/portal/dist`, portalSsrDir: `${ROOT}/apps/portal/dist-ssr`, cmsDir: `${ROOT}/apps/cms/dist` });
    expect(c.seed).toEqual({ onStart: true, dir: `${ROOT}/data/seed` });
  });

  it('reads every variable', () => {
    const c = loadConfig(
      {
        PORT: '8080',
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: 'postgres://u:p@db:5432/x',
        DATA_DIR: '/var/lib/dc',
        EMBEDDED_PG_PORT: '6543',
        SEED_ON_START: 'false',
        STATIC_DIR_PORTAL: '/www/portal',
        SSR_DIR_PORTAL: '/www/portal-ssr',
        STATIC_DIR_CMS: '/www/cms',
        PUBLIC_URL: 'https://dualcarbon.example.org/',
        WEB_CONCURRENCY: '3',
      },
      ROOT,
    );
    expect(c.app).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      isProduction: true,
      logLevel: 'warn',
      publicUrl: 'https://dualcarbon.example.org',
      workers: 3,
    });
    expect(loadConfig({ WEB_CONCURRENCY: 'auto' }, ROOT).app.workers).toBe(availableParallelism());
    expect(c.database).toEqual({ url: 'postgres://u:p@db:5432/x', dataDir: '/var/lib/dc', embeddedPort: 6543 });
    expect(c.seed.onStart).toBe(false);
    expect(c.static).toEqual({ portalDir: '/www/portal', portalSsrDir: '/www/portal-ssr', cmsDir: '/www/cms' });
  });

  it('treats empty variables as unset and keeps tests quiet by default', () => {
    const c = loadConfig({ PORT: '', DATABASE_URL: ' ', NODE_ENV: 'test' }, ROOT);
    expect(c.app.port).toBe(3000);
    expect(c.database.url).toBeUndefined();
    expect(c.app.logLevel).toBe('silent');
    expect(c.app.workers).toBe(1);
  });

  it('reports every invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig(
        { PORT: '70000', DATABASE_URL: 'mysql://x', EMBEDDED_PG_PORT: '5432', SEED_ON_START: 'maybe', PUBLIC_URL: 'ftp://x', WEB_CONCURRENCY: '0' },
        ROOT,
      );
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'EMBEDDED_PG_PORT', 'SEED_ON_START', 'PUBLIC_URL', 'WEB_CONCURRENCY']) expect(problems).toContain(name);
  });
});

describe('findRepoRoot', () => {
  it('walks up to pnpm-workspace.yaml', () => {
    const root = mkdtempSync(join(tmpdir(), 'dualcarbon-root-'));
    try {
      writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
      mkdirSync(join(root, 'apps/api/dist/config'), { recursive: true });
      expect(findRepoRoot([join(root, 'apps/api/dist/config')])).toBe(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('finds this repository from the source tree', () => {
    expect(existsSync(join(findRepoRoot(), 'pnpm-workspace.yaml'))).toBe(true);
  });
});
