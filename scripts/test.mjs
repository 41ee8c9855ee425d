// `npm test`: install, build, then run every test tier: unit and integration tests in each
// package (turbo), then the black-box browser and HTTP tests in tests/.
import { installAndBuild, log, run } from './lib.mjs';

const pnpm = installAndBuild();
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
log(`unit and integration tests (database server: ${process.env.TEST_DATABASE_URL.replace(/:[^:@/]*@/, ':***@')})`);
run(pnpm, ['turbo', 'run', 'test', '--filter=!@dualcarbon/tests', '--concurrency=1', '--output-logs=full']);
log('end-to-end tests (real Chromium, real PostgreSQL)');
run(pnpm, ['--filter', '@dualcarbon/tests', 'test']);
log('all tests passed');
