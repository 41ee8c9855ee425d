import 'reflect-metadata';
import { describeError, processIo } from '../users/users.cli';
import { seedDevUsers } from '../users/seed-dev-users.command';

/** `pnpm seed:dev-users` (root script → node apps/api/dist/cli/seed-dev-users.js). */
seedDevUsers({ env: process.env, io: processIo }).then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`seed:dev-users failed: ${describeError(err)}\n`);
    process.exit(1);
  },
);
