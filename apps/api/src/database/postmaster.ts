import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What a data directory's postmaster.pid says about the server that wrote it. */
export type PostmasterState =
  { state: 'none' } | { state: 'stale'; pid: number } | { state: 'orphaned'; pid: number; port: number } | { state: 'running'; pid: number; port: number };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user (postgres runs as "postgres" when we are root).
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function procField(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Reads postmaster.pid. A crash leaves it behind, and PostgreSQL refuses to start while it names a
 * live process — which after a reboot or in a container may be an unrelated one reusing the PID.
 * So: a dead PID, or one that is not postgres, is stale; a postgres whose parent died with it
 * (an app killed with SIGKILL) is orphaned; a postgres with a live node parent belongs to another
 * running instance (say `pnpm seed` while the app runs) and is reused, not touched.
 */
export function inspectPostmaster(pgDir: string): PostmasterState {
  const file = join(pgDir, 'postmaster.pid');
  if (!existsSync(file)) return { state: 'none' };
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return { state: 'stale', pid };
  const comm = procField(pid, 'comm')?.trim();
  if (comm !== undefined && comm !== 'postgres') return { state: 'stale', pid };
  const stat = procField(pid, 'stat');
  // Field 4 of /proc/PID/stat is the parent PID; the command name before it may contain spaces.
  const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : undefined;
  const parentComm = ppid ? procField(ppid, 'comm')?.trim() : undefined;
  if (ppid !== undefined && (ppid === 1 || parentComm !== 'node')) return { state: 'orphaned', pid, port };
  return { state: 'running', pid, port };
}

export function removeStalePidFile(pgDir: string): void {
  rmSync(join(pgDir, 'postmaster.pid'), { force: true });
}

/** Asks an orphaned postmaster for a fast shutdown and waits for it to go. */
export async function stopOrphan(pid: number, timeoutMs = 20_000): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (alive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) did not stop within ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
