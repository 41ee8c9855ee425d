import 'reflect-metadata';
import { adminCreate, terminalPrompt } from '../users/admin-create.command';
import { CliError, describeError, processIo } from '../users/users.cli';

/** `pnpm admin:create --email x --name y [--password p]` (root script → node apps/api/dist/cli/admin-create.js). */
adminCreate({ argv: process.argv.slice(2), env: process.env, io: processIo, prompt: terminalPrompt() }).then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`admin:create failed: ${describeError(err)}\n`);
    if (!(err instanceof CliError) && process.env.DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  },
);
