// Shared bootstrap for `npm start` and `npm test`: a fresh machine has only Node.js 20 and npm,
// so these scripts find or install pnpm, install the workspace and build it before doing their job.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wanted = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

export function log(msg) {
  process.stdout.write(`\x1b[36m›\x1b[0m ${msg}\n`);
}

function works(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Returns [command, prefixArgs] that runs the pinned pnpm. */
export function ensurePnpm() {
  const have = works('pnpm', ['--version']);
  if (have === wanted) return ['pnpm', []];
  log(have ? `pnpm ${have} found, installing pnpm ${wanted}…` : `installing pnpm ${wanted}…`);
  const g = spawnSync('npm', ['install', '--global', `pnpm@${wanted}`], { stdio: 'inherit' });
  if (g.status === 0 && works('pnpm', ['--version']) === wanted) return ['pnpm', []];
  // Without write access to the global prefix, run it through npx instead.
  log('global install not possible; using npx');
  return ['npx', ['--yes', `pnpm@${wanted}`]];
}

export function run(pnpm, args, opts = {}) {
  const [cmd, pre] = pnpm;
  const r = spawnSync(cmd, [...pre, ...args], { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    process.stderr.write(`\n✖ ${[cmd, ...pre, ...args].join(' ')} failed (exit ${r.status ?? r.signal})\n`);
    process.exit(r.status ?? 1);
  }
}

/** Install (fast no-op when up to date) and build every package through turbo's cache. */
export function installAndBuild() {
  const pnpm = ensurePnpm();
  log('installing dependencies (pnpm install --frozen-lockfile)');
  run(pnpm, ['install', '--frozen-lockfile', '--prefer-offline']);
  log('building all packages (turbo)');
  run(pnpm, ['turbo', 'run', 'build', '--output-logs=errors-only']);
  return pnpm;
}

export { spawn, existsSync };
