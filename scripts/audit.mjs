// Dependency audit: `pnpm audit --prod --audit-level high` over the lockfile's production dependencies.
// Fails on a known high or critical advisory. A registry that does not answer audit requests (an
// offline mirror, a proxy without the advisories endpoint, no network) is a skip with a printed note,
// never a pass that looks like one. Run by `npm test` last; on its own: `node scripts/audit.mjs`.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ensurePnpm, log, root } from './lib.mjs';

export const AUDIT_ARGS = ['audit', '--prod', '--audit-level', 'high'];
const TIMEOUT_MS = 120_000;

/** pnpm's own codes and Node's network errors that mean "the registry did not answer", not "no advisories". */
const NO_ANSWER =
  /ERR_PNPM_AUDIT_BAD_RESPONSE|ERR_PNPM_AUDIT_ENDPOINT_NOT_EXISTS|ERR_PNPM_FETCH_\w+|ERR_PNPM_META_FETCH_FAIL|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|CERT_\w+|fetch failed|socket hang up/;

/**
 * What a finished `pnpm audit` means: `pass` (exit 0: nothing high or critical), `skip` (the registry
 * did not answer, or it took too long), `fail` (advisories at or above high, or an error we cannot read).
 */
export function verdict({ status, output, timedOut = false }) {
  if (timedOut) return { outcome: 'skip', note: `the registry did not answer the audit within ${TIMEOUT_MS / 1000} s` };
  if (status === 0) return { outcome: 'pass', note: 'no known high or critical advisory in the production dependencies' };
  const unreachable = NO_ANSWER.exec(output);
  if (unreachable) {
    // pnpm draws its message in a box over several lines: one line of plain text, then its most telling part.
    const text = output.replace(/[│×]/g, ' ').replace(/\s+/g, ' ').trim();
    const detail = /The audit endpoint .*?responded with \d+/.exec(text)?.[0] ?? text.slice(0, 200);
    return { outcome: 'skip', note: `the registry does not answer audit requests (${unreachable[0]}: ${detail})` };
  }
  return { outcome: 'fail', note: 'known high or critical advisories in the production dependencies (above)' };
}

function main() {
  const [cmd, pre] = ensurePnpm();
  log(`dependency audit (pnpm ${AUDIT_ARGS.join(' ')})`);
  const r = spawnSync(cmd, [...pre, ...AUDIT_ARGS], { cwd: root, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const { outcome, note } = verdict({ status: r.status, output, timedOut: r.error?.code === 'ETIMEDOUT' });
  if (outcome === 'fail') {
    process.stdout.write(output);
    process.stderr.write(`\n✖ dependency audit failed: ${note}\n`);
    process.exit(1);
  }
  log(outcome === 'skip' ? `dependency audit SKIPPED: ${note}; nothing was checked` : `dependency audit passed: ${note}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
