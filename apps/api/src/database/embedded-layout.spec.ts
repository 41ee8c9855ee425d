import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFailure } from './embedded';
import { binaryFolder, canTraverse, checkoutKey, dataFolder } from './embedded-layout';

/** An account that owns nothing here, as "postgres" owns nothing in root's checkout. */
const stranger = { uid: 4_000_123, gid: 4_000_123 };
const made: string[] = [];
const temp = (mode = 0o755) => {
  const dir = mkdtempSync(join(tmpdir(), 'dualcarbon-layout-'));
  chmodSync(dir, mode);
  made.push(dir);
  return dir;
};
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('embedded PostgreSQL layout', () => {
  it('sees whether an account can enter a folder and every folder above it', () => {
    const open = temp();
    mkdirSync(join(open, 'a/b'), { recursive: true });
    expect(canTraverse(join(open, 'a/b'), stranger)).toBe(true);
    expect(canTraverse(join(open, 'a/b/not-yet'), stranger)).toBe(true);
    chmodSync(join(open, 'a'), 0o700);
    expect(canTraverse(join(open, 'a/b'), stranger)).toBe(false);
    const self = { uid: process.getuid!(), gid: process.getgid!() };
    expect(canTraverse(join(open, 'a/b'), self)).toBe(true);
  });

  it('keeps the data in the checkout when the account can reach it, elsewhere (and findable again) when not', () => {
    const open = temp();
    expect(dataFolder(join(open, '.data'), stranger, temp())).toBe(join(open, '.data', 'pg'));
    expect(dataFolder(join(open, '.data'), undefined, temp())).toBe(join(open, '.data', 'pg'));

    const privateCheckout = temp(0o700);
    const dataDir = join(privateCheckout, '.data');
    mkdirSync(dataDir);
    const home = temp();
    const pgDir = dataFolder(dataDir, stranger, home);
    expect(pgDir.startsWith(join(home, 'data'))).toBe(true);
    expect(canTraverse(pgDir, stranger)).toBe(true);
    // The same checkout finds the same folder next time; another checkout gets its own.
    expect(dataFolder(dataDir, stranger, home)).toBe(pgDir);
    expect(readFileSync(join(dataDir, 'pg-location'), 'utf8').trim()).toBe(pgDir);
    expect(checkoutKey(join(temp(0o700), '.data'))).not.toBe(checkoutKey(dataDir));
  });

  it("copies the server binaries out of a private checkout once, readable by the server's account", () => {
    const native = join(temp(0o700), 'native');
    mkdirSync(join(native, 'bin'), { recursive: true });
    mkdirSync(join(native, 'lib'));
    writeFileSync(join(native, 'bin', 'postgres'), '#!/bin/sh\n', { mode: 0o700 });
    writeFileSync(join(native, 'lib', 'libpq.so.5.18'), 'lib', { mode: 0o600 });
    symlinkSync('libpq.so.5.18', join(native, 'lib', 'libpq.so.5'));
    const home = temp();

    const copy = binaryFolder(native, '18.4.0', stranger, home);
    expect(copy).toBe(join(home, 'postgresql-18.4.0'));
    expect(statSync(join(copy, 'bin', 'postgres')).mode & 0o777).toBe(0o755);
    expect(statSync(join(copy, 'lib', 'libpq.so.5.18')).mode & 0o777).toBe(0o644);
    expect(readFileSync(join(copy, 'lib', 'libpq.so.5'), 'utf8')).toBe('lib');
    expect(canTraverse(join(copy, 'bin'), stranger)).toBe(true);
    // Made once: a second call reuses the copy.
    writeFileSync(join(copy, 'bin', 'marker'), '');
    expect(binaryFolder(native, '18.4.0', stranger, home)).toBe(copy);
    expect(existsSync(join(copy, 'bin', 'marker'))).toBe(true);
    // Reachable binaries are used where they are.
    const open = join(temp(), 'native');
    mkdirSync(join(open, 'bin'), { recursive: true });
    expect(binaryFolder(open, '18.4.0', stranger, home)).toBe(open);
  });
});

describe('a start that fails', () => {
  it('says in one line what to do', () => {
    const busy = startFailure(54329, 'LOG:  could not bind IPv4 address "127.0.0.1": Address already in use | FATAL:  could not create any TCP/IP sockets');
    expect(busy).toBe(
      'The embedded PostgreSQL could not listen on 127.0.0.1:54329, which another program uses: set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to a server of your own.',
    );
    const other = startFailure(54329, 'LOG:  starting | FATAL:  data directory "/x" has invalid permissions | LOG: shut down');
    expect(other).toMatch(/^The embedded PostgreSQL did not start \(data directory "\/x" has invalid permissions\): set DATABASE_URL/);
    expect(other).not.toContain('\n');
  });
});
