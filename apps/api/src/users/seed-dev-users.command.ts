import type { Role } from '@dualcarbon/domain';
import type { Env } from '../config/env';
import { generatePassword } from '../auth/passwords';
import { USER_EMAIL_TAKEN } from '../common/errors';
import { CliError, withUsers, type CliIo } from './users.cli';

export const DEV_USERS: ReadonlyArray<{ email: string; name: string; roles: Role[] }> = [
  { email: 'editor@dualcarbon.local', name: 'Dev Editor', roles: ['editor'] },
  { email: 'reviewer@dualcarbon.local', name: 'Dev Reviewer', roles: ['reviewer'] },
  { email: 'admin@dualcarbon.local', name: 'Dev Admin', roles: ['admin'] },
];

/**
 * `pnpm seed:dev-users`: development accounts with random passwords, printed this once. Existing
 * accounts are left alone (their passwords are not shown again; reset them in the CMS or with the
 * API). Refuses to run with NODE_ENV=production.
 */
export async function seedDevUsers({ env, io }: { env: Env; io: CliIo }): Promise<Array<{ email: string; password?: string }>> {
  if ((env.NODE_ENV ?? '').trim() === 'production') throw new CliError('seed:dev-users is for development databases; NODE_ENV is production.');
  return withUsers(env, async (users) => {
    const out: Array<{ email: string; password?: string }> = [];
    for (const u of DEV_USERS) {
      try {
        const password = generatePassword();
        await users.createWithPassword({ ...u, password }, { actorId: null, ip: null, userAgent: 'dualcarbon seed:dev-users (CLI)' });
        out.push({ email: u.email, password });
      } catch (err) {
        if ((err as { code?: string }).code !== USER_EMAIL_TAKEN) throw err;
        out.push({ email: u.email });
      }
    }
    const width = Math.max(...out.map((o) => o.email.length));
    io.stdout('Development accounts (passwords are shown only now):\n');
    for (const o of out) io.stdout(`  ${o.email.padEnd(width)}  ${o.password ?? '(exists; password unchanged)'}\n`);
    return out;
  });
}
