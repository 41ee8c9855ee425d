import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordLinks } from '../auth/password-links';
import { Passwords } from '../auth/passwords';
import { MailLinks } from '../mail/mail-links';
import { MailTransport } from '../mail/mail-transport';
import { SessionsService } from '../auth/sessions.service';
import { loadConfig, type AppConfig } from '../config/config';
import type { Env } from '../config/env';
import { createDataSource } from '../database/data-source';
import { openDatabase } from '../database/database';
import { createLogger } from '../logging/logger';
import { UsersService } from './users.service';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const processIo: CliIo = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

/** Thrown for the operator's mistakes: printed without a stack, exit code 1. */
export class CliError extends Error {}

/**
 * Runs `fn` with a UsersService on the configured database (DATABASE_URL, or the embedded server in
 * DATA_DIR, started if needed), migrated, then closes everything. ADMIN_EMAIL/ADMIN_PASSWORD are
 * the boot bootstrap's business, so they are not validated here.
 */
export async function withUsers<T>(env: Env, fn: (users: UsersService, ctx: { db: DataSource; config: AppConfig; logger: Logger }) => Promise<T>): Promise<T> {
  const config = loadConfig({ ...env, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined, LOG_LEVEL: env.LOG_LEVEL ?? 'warn' });
  const logger = createLogger(config);
  const handle = await openDatabase(config, logger);
  const db = createDataSource(handle.url, logger);
  try {
    await db.initialize(); // runs pending migrations
    const audit = new AuditService(db);
    const sessions = new SessionsService(db, config);
    const passwords = new Passwords(config.auth.argon2);
    const links = new PasswordLinks(db, config, logger, new MailTransport(config.mail), new MailLinks(config.app.siteUrl), passwords, sessions, audit);
    const users = new UsersService(db, audit, sessions, passwords, links);
    return await fn(users, { db, config, logger });
  } finally {
    if (db.isInitialized) await db.destroy();
    await handle.stop();
  }
}

/** Reads a line from the terminal without echoing it. */
export function promptHidden(question: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stdout): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const done = () => {
      input.setRawMode?.(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return (done(), resolve(buf));
        if (ch === '\u0003') return (done(), reject(new CliError('cancelled')));
        buf = ch === '\u007f' || ch === '\b' ? buf.slice(0, -1) : buf + ch;
      }
    };
    output.write(question);
    input.setRawMode?.(true);
    input.resume();
    input.on('data', onData);
  });
}

export function describeError(err: unknown): string {
  const body = (err as { getResponse?: () => unknown }).getResponse?.() as { code?: string; message?: string } | undefined;
  if (body?.code) return `${body.message} (${body.code})`;
  return err instanceof Error ? err.message : String(err);
}
