import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redactUrl } from './database';
import { inspectPostmaster } from './postmaster';

describe('inspectPostmaster', () => {
  let dir: string;
  const pidFile = (pid: number) => writeFileSync(join(dir, 'postmaster.pid'), `${pid}\n${dir}\n1700000000\n54329\n\n127.0.0.1\n0 0\nready\n`);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dualcarbon-pid-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sees no server without a pid file', () => {
    expect(inspectPostmaster(dir)).toEqual({ state: 'none' });
  });

  it('calls a dead PID stale', () => {
    pidFile(999_999_999);
    expect(inspectPostmaster(dir)).toEqual({ state: 'stale', pid: 999_999_999 });
  });

  it('calls a live process that is not postgres stale (a PID reused after a reboot)', () => {
    pidFile(process.pid);
    expect(inspectPostmaster(dir)).toEqual({ state: 'stale', pid: process.pid });
  });
});

describe('redactUrl', () => {
  it('drops the password and keeps the rest', () => {
    expect(redactUrl('postgres://app:s3cr%40t@db.internal:5432/dualcarbon?sslmode=require')).toBe('postgres://app@db.internal:5432/dualcarbon?sslmode=require');
    expect(redactUrl('postgres://db/x')).toBe('postgres://db/x');
  });
});
