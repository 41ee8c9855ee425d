import { describe, expect, it, vi } from 'vitest';
import type { DataSource } from 'typeorm';
import { HealthService } from './health.service';

const fakeDb = (query: () => Promise<unknown>, isInitialized = true) => ({ isInitialized, query }) as unknown as DataSource;

class Second {
  name = 'Second2';
}
/** A DataSource that knows three migrations (named, by class name, and with name undefined). */
const migratedDb = (query: (sql: string, params: unknown[]) => Promise<unknown>, isInitialized = true) =>
  ({
    isInitialized,
    query,
    migrations: [{ name: 'First1' }, new Second(), Object.assign(new (class Third3 {})(), { name: undefined })],
    options: { migrationsTableName: 'typeorm_migrations' },
    driver: { escape: (n: string) => `"${n}"` },
  }) as unknown as DataSource;

describe('HealthService', () => {
  it('is ok when the database answers', async () => {
    const report = await new HealthService(fakeDb(async () => [{ '?column?': 1 }])).check();
    expect(report).toEqual({ status: 'ok', database: 'up', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('is degraded when the database fails or was never connected', async () => {
    expect(await new HealthService(fakeDb(() => Promise.reject(new Error('ECONNREFUSED')))).check()).toMatchObject({ status: 'degraded', database: 'down' });
    expect(await new HealthService(fakeDb(async () => [], false)).check()).toMatchObject({ database: 'down' });
  });

  it('is live without asking the database', () => {
    const query = vi.fn();
    expect(new HealthService(fakeDb(query)).live()).toEqual({ status: 'ok', version: expect.any(String) });
    expect(query).not.toHaveBeenCalled();
  });

  it('is ready when the database has every migration this build knows', async () => {
    const db = migratedDb;
    const applied = (n: number) => vi.fn(async () => [{ applied: n }]);

    const query = applied(3);
    expect(await new HealthService(db(query)).ready()).toEqual({ status: 'ok', database: 'up', migrations: 'applied', version: expect.any(String) });
    expect(query).toHaveBeenCalledWith(expect.stringContaining('FROM "typeorm_migrations"'), [['First1', 'Second2', 'Third3']]);
    expect(await new HealthService(db(applied(2))).ready()).toMatchObject({ status: 'degraded', database: 'up', migrations: 'pending' });
    const noTable = Object.assign(new Error('relation "typeorm_migrations" does not exist'), { code: '42P01' });
    expect(await new HealthService(db(() => Promise.reject(noTable))).ready()).toMatchObject({ status: 'degraded', migrations: 'pending' });
    expect(await new HealthService(db(() => Promise.reject(new Error('ECONNREFUSED')))).ready()).toMatchObject({
      status: 'degraded',
      database: 'down',
      migrations: 'unknown',
    });
    expect(await new HealthService(db(applied(3), false)).ready()).toMatchObject({ database: 'down' });
  });

  it('answers within its timeout when the database hangs', async () => {
    vi.useFakeTimers();
    try {
      const pending = new HealthService(fakeDb(() => new Promise(() => {}))).check();
      const ready = new HealthService(migratedDb(() => new Promise(() => {}))).ready();
      await vi.advanceTimersByTimeAsync(2000);
      expect((await pending).database).toBe('down');
      expect(await ready).toMatchObject({ database: 'down', migrations: 'unknown' });
    } finally {
      vi.useRealTimers();
    }
  });
});
