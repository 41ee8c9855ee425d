// What `npm test` brings along on a fresh machine: its own PostgreSQL when no server is named, and a
// Chromium for the browser tier. The decisions are pure functions (tested in provision.test.mjs); the
// effects (starting a server, running apt-get) are below them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

/** TEST_DATABASE_URL names a server to use; without it the run starts a throwaway embedded one. */
export function testDatabasePlan(env) {
  const url = env.TEST_DATABASE_URL?.trim();
  return url ? { kind: 'server', url } : { kind: 'embedded' };
}

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
export const APT_PACKAGES = ['chromium', 'fonts-wqy-zenhei'];
const HOW = `apt-get install -y ${APT_PACKAGES.join(' ')}`;

/**
 * Which browser the browser tier drives: CHROMIUM_PATH when set; else an installed Chromium; else, as root
 * with apt-get, Debian's (installed now, printing what it does); else stop before the tier with one line.
 * The CJK font is installed alongside when missing and apt-get is usable, or Chinese pages render as boxes.
 */
export function browserPlan({ env, exists, isRoot, hasApt }) {
  if (env.CHROMIUM_PATH) {
    return exists(env.CHROMIUM_PATH)
      ? { action: 'use', path: env.CHROMIUM_PATH }
      : { action: 'stop', message: `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist: point it at a Chromium binary, or unset it.` };
  }
  const found = CHROMIUM_CANDIDATES.find(exists);
  const canApt = isRoot && hasApt;
  if (found) {
    return !exists(CJK_FONT) && canApt ? { action: 'install', path: found, packages: ['fonts-wqy-zenhei'] } : { action: 'use', path: found };
  }
  if (canApt) return { action: 'install', path: CHROMIUM_CANDIDATES[0], packages: exists(CJK_FONT) ? ['chromium'] : APT_PACKAGES };
  return {
    action: 'stop',
    message: `No Chromium for the browser tests: run \`${isRoot ? '' : 'sudo '}${HOW}\` (or set CHROMIUM_PATH to a Chromium binary), then npm test again.`,
  };
}

const hasCommand = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Carries out browserPlan for this machine; returns the browser's path, or null after printing why not. */
export function provideBrowser(log) {
  const plan = browserPlan({ env: process.env, exists: existsSync, isRoot: process.getuid?.() === 0, hasApt: hasCommand('apt-get') });
  if (plan.action === 'stop') {
    process.stderr.write(`✖ ${plan.message}\n`);
    return null;
  }
  if (plan.action === 'install') {
    log(`installing ${plan.packages.join(' and ')} with apt-get (Debian's packages, for the browser tests)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install =
      update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...plan.packages], { stdio: 'inherit', env });
    if (!install || install.status !== 0 || !existsSync(plan.path)) {
      process.stderr.write(`✖ apt-get could not install ${plan.packages.join(' ')}: run \`${HOW}\` yourself (or set CHROMIUM_PATH), then npm test again.\n`);
      return null;
    }
  }
  return plan.path;
}

/**
 * Starts the throwaway embedded PostgreSQL (apps/api's test-database command) and resolves with its URL.
 * The server stops and its data is deleted when stop() is called, on Ctrl-C (it shares the terminal's
 * signals), and when this process dies in any way (it watches the pipe to us close).
 */
export function startTestDatabase(root) {
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/cli/test-database.js')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.stdin.end();
    });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      try {
        resolve({ ...JSON.parse(line), stop });
      } catch {
        reject(new Error(`unexpected output from the test database: ${line}`));
      }
    });
    child.once('exit', (code) => reject(new Error(`the throwaway PostgreSQL did not start (exit ${code})`)));
  });
}
