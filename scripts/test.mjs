// `npm test`: install, build, then run every test tier: the scripts' own tests, unit and integration
// tests in each package (turbo), then the black-box browser and HTTP tests in tests/. Without
// TEST_DATABASE_URL the run brings its own throwaway PostgreSQL; without a Chromium it gets one first.
import { installAndBuild, log, root, run } from './lib.mjs';
import { provideBrowser, startTestDatabase, testDatabasePlan } from './provision.mjs';

const pnpm = installAndBuild();
run([process.execPath, []], ['--test', 'scripts/provision.test.mjs']);
log('dependency rules (.dependency-cruiser.cjs: the domain is framework-free, the apps never import each other)');
run(pnpm, ['run', '--silent', 'lint:deps']);
log('lint (eslint.config.mjs: type-aware promise rules, Vue, TypeScript; errors only, cached in node_modules/.cache/eslint)');
run(pnpm, ['run', '--silent', 'lint:eslint']);
log('format (.prettierrc: the tree is formatted by `pnpm format`; this only checks)');
run(pnpm, ['run', '--silent', 'format:check']);

const plan = testDatabasePlan(process.env);
let database;
if (plan.kind === 'embedded') {
  log('starting a throwaway embedded PostgreSQL for this run (TEST_DATABASE_URL is unset)');
  try {
    database = await startTestDatabase(root);
  } catch (err) {
    process.stderr.write(`✖ ${err.message}: set TEST_DATABASE_URL to a PostgreSQL 14+ server instead.\n`);
    process.exit(1);
  }
  process.env.TEST_DATABASE_URL = database.url;
  // run() exits the process on a failing tier; the server also stops by itself when this process is gone.
  process.on('exit', () => database.stop());
}
const shown = process.env.TEST_DATABASE_URL.replace(/:[^:@/]*@/, ':***@');
log(`unit and integration tests (database server: ${shown}${database ? ', embedded, removed after the run' : ''})`);
run(pnpm, ['turbo', 'run', 'test', '--filter=!@dualcarbon/tests', '--concurrency=1', '--output-logs=full']);

const chromium = provideBrowser(log, root);
if (!chromium) process.exit(1);
process.env.CHROMIUM_PATH = chromium;
log(`end-to-end tests (real Chromium at ${chromium}, real PostgreSQL)`);
run(pnpm, ['--filter', '@dualcarbon/tests', 'test']);
await database?.stop();

// Dependency audit (scripts/audit.mjs): fails on a known high/critical advisory; a registry that does not answer is a skip with a note.
run([process.execPath, []], ['--test', 'scripts/audit.test.mjs']);
run([process.execPath, []], ['scripts/audit.mjs']);

log('all tests passed');
