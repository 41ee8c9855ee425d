// `pnpm bench`: every benchmark in this folder, one after the other.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BENCHES = ['api.mjs', 'load.mjs'];
let failed = 0;
for (const file of BENCHES) {
  process.stderr.write(`\n=== ${file} ===\n`);
  const r = spawnSync(process.execPath, [join(here, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
