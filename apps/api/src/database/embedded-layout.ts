import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';

/** The OS account PostgreSQL runs as. PostgreSQL refuses to run as root, so root starts it as "postgres". */
export interface ServerAccount {
  uid: number;
  gid: number;
}

/**
 * Where root keeps what the "postgres" account must reach when the checkout is private (a mode-700 home
 * folder): a copy of the server binaries, and the data of each such checkout. Override with EMBEDDED_PG_HOME.
 */
export const DEFAULT_SHARED_HOME = '/var/lib/dualcarbon';

/** Whether `account` may enter `path` and every folder above it (the x bit that applies to it). */
export function canTraverse(path: string, account: ServerAccount): boolean {
  let dir = resolve(path);
  for (;;) {
    let st;
    try {
      st = statSync(dir);
    } catch {
      st = undefined; // not created yet: what matters is the folders above it
    }
    if (st) {
      const bit = st.uid === account.uid ? 0o100 : st.gid === account.gid ? 0o010 : 0o001;
      if (!(st.mode & bit)) return false;
    }
    const up = dirname(dir);
    if (up === dir || dir === parse(dir).root) return true;
    dir = up;
  }
}

/** A stable folder name for a checkout's data directory, so the next start from the same checkout finds its data. */
export function checkoutKey(dataDir: string): string {
  let real = resolve(dataDir);
  try {
    real = realpathSync(real);
  } catch {
    // not created yet
  }
  const name = real.split('/').filter(Boolean).slice(-2, -1)[0] ?? 'data';
  return `${name.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 40)}-${createHash('sha256').update(real).digest('hex').slice(0, 12)}`;
}

/**
 * The server's data folder: `$DATA_DIR/pg` when the account can reach it, else a folder of this checkout's
 * own under the shared home (created for the account; found again by the same checkout's next start).
 */
export function dataFolder(dataDir: string, account: ServerAccount | undefined, sharedHome = DEFAULT_SHARED_HOME): string {
  const inside = join(dataDir, 'pg');
  if (!account || canTraverse(dataDir, account)) return inside;
  const dir = join(sharedHome, 'data', checkoutKey(dataDir));
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  for (const d of [sharedHome, join(sharedHome, 'data'), dir]) chmodSync(d, 0o755);
  if (!canTraverse(dir, account)) throw new UnreachableError(dir);
  writeFileSync(join(dataDir, 'pg-location'), join(dir, 'pg') + '\n');
  return join(dir, 'pg');
}

/**
 * The folder holding the server's bin/, lib/ and share/: the package's own when the account can reach it,
 * else a copy under the shared home (made once per version, atomically, world-readable).
 */
export function binaryFolder(packageNative: string, version: string, account: ServerAccount | undefined, sharedHome = DEFAULT_SHARED_HOME): string {
  if (!account || canTraverse(join(packageNative, 'bin'), account)) return packageNative;
  const target = join(sharedHome, `postgresql-${version}`);
  if (!existsSync(join(target, 'bin', 'postgres'))) {
    mkdirSync(sharedHome, { recursive: true, mode: 0o755 });
    chmodSync(sharedHome, 0o755);
    const partial = `${target}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(packageNative, partial, { recursive: true, verbatimSymlinks: true });
    openUp(partial);
    rmSync(target, { recursive: true, force: true });
    renameSync(partial, target);
  }
  if (!canTraverse(join(target, 'bin'), account)) throw new UnreachableError(target);
  return target;
}

/** rwx for the owner, r-x for everyone else, on a copied tree (symlinks left alone). */
function openUp(dir: string): void {
  chmodSync(dir, 0o755);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) openUp(p);
    else if (e.isFile()) chmodSync(p, statSync(p).mode & 0o100 ? 0o755 : 0o644);
  }
}

export class UnreachableError extends Error {
  constructor(readonly path: string) {
    super(`The "postgres" account cannot reach ${path}. Set EMBEDDED_PG_HOME to a folder every user can enter, or DATABASE_URL to a server of your own.`);
  }
}
