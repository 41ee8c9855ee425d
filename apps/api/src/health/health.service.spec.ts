import { describe, expect, it, vi } from 'vitest';
import type { DataSource } from 'typeorm';
import { HealthService } from './health.service';

const fakeDb = (query: () => Promise<unknown>, isInitialized = true) => ({ isInitialized, query }) as unknown as DataSource;

describe('HealthService', () => {
  it('is ok when the database answers', async () => {
    const report = await new HealthService(fakeDb(async () => [{ '?column?': 1 }])).check();
    expect(report).toEqual({ status: 'ok', database: 'up', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('is degraded when the database fails or was never connected', async () => {
    expect(await new HealthService(fakeDb(() => Promise.reject(new Error('ECONNREFUSED')))).check()).toMatchObject({ status: 'degraded', database: 'down' });
    expect(await new HealthService(fakeDb(async () => [], false)).check()).toMatchObject({ database: 'down' });
  });

  it('answers within its timeout when the database hangs', async () => {
    vi.useFakeTimers();
    try {
      const pending = new HealthService(fakeDb(() => new Promise(() => {}))).check();
      await vi.advanceTimersByTimeAsync(2000);
      expect((await pending).database).toBe('down');
    } finally {
      vi.useRealTimers();
    }
  });
});
