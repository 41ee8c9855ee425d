import { parseArgs } from 'node:util';
import type { Env } from '../config/env';
import { CliError, promptHidden, withUsers, type CliIo } from './users.cli';
import { EmailSchema, NameSchema, NewPasswordSchema } from './users.schemas';

export const ADMIN_CREATE_USAGE = `Usage: pnpm admin:create --email <email> --name <name> [--password <password>]

Creates an active admin. The password comes from --password, else the ADMIN_PASSWORD environment
variable, else an interactive prompt (terminal only). Prefer the prompt or the environment:
a --password argument is visible to other users of the machine in the process list.
Uses DATABASE_URL, or the embedded PostgreSQL in DATA_DIR.
`;

export interface AdminCreateOptions {
  argv: string[];
  env: Env;
  io: CliIo;
  /** Interactive password prompt, when stdin is a terminal. */
  prompt?: (question: string) => Promise<string>;
}

/** `pnpm admin:create`: returns the new user's id. */
export async function adminCreate({ argv, env, io, prompt }: AdminCreateOptions): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    io.stdout(ADMIN_CREATE_USAGE);
    return '';
  }
  if (!values.email || !values.name) throw new CliError(`--email and --name are required.\n\n${ADMIN_CREATE_USAGE}`);
  const email = EmailSchema.safeParse(values.email);
  const name = NameSchema.safeParse(values.name);
  if (!email.success) throw new CliError(`--email: ${email.error.issues[0]?.message}`);
  if (!name.success) throw new CliError(`--name: ${name.error.issues[0]?.message}`);

  let password = values.password ?? env.ADMIN_PASSWORD;
  if (!password && prompt) {
    password = await prompt('Password for the new admin: ');
    if ((await prompt('Repeat it: ')) !== password) throw new CliError('The passwords do not match.');
  }
  if (!password) throw new CliError('No password: pass --password, set ADMIN_PASSWORD, or run in a terminal to be prompted.');
  const checked = NewPasswordSchema.safeParse(password);
  if (!checked.success) throw new CliError(`password: ${checked.error.issues[0]?.message}`);

  return withUsers(env, async (users) => {
    const user = await users.createWithPassword(
      { email: email.data, name: name.data, roles: ['admin'], password: checked.data },
      { actorId: null, ip: null, userAgent: 'dualcarbon admin:create (CLI)' },
    );
    io.stdout(`Created admin ${user.email} (${user.id}).\n`);
    return user.id;
  });
}

export const terminalPrompt = () => (process.stdin.isTTY ? (q: string) => promptHidden(q) : undefined);
