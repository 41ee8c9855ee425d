import { isIP } from 'node:net';
import { EmailSchema, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@dualcarbon/domain';
import { z } from 'zod';
import { envBoolean, envWholeNumber, optionalString } from './env';

const positiveInt = envWholeNumber;

const NAMED_PROXIES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * Express's `trust proxy`: false (default: X-Forwarded-For is ignored and the socket address is the
 * client), a hop count, or a comma-separated list of proxy addresses/subnets or loopback/linklocal/uniquelocal.
 */
const trustProxy = z
  .string()
  .trim()
  .optional()
  .transform((s, ctx): false | number | string[] => {
    if (!s || ['false', '0', 'no', 'off'].includes(s.toLowerCase())) return false;
    if (/^\d+$/.test(s)) return Number(s);
    const parts = s
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const bad = parts.filter((p) => !NAMED_PROXIES.includes(p) && !isIP(p.split('/')[0] ?? ''));
    if (bad.length === 0 && parts.length > 0) return parts;
    ctx.addIssue({ code: 'custom', message: 'Expected false, a hop count, or addresses/subnets (or loopback, linklocal, uniquelocal), comma-separated' });
    return z.NEVER;
  });

export const authEnvSchema = z
  .object({
    NODE_ENV: optionalString,
    /** Sliding idle timeout: every request pushes expiry this far ahead. */
    SESSION_IDLE_MINUTES: positiveInt(720, 5, 60 * 24 * 30),
    /** Absolute lifetime of a session, however active. */
    SESSION_MAX_HOURS: positiveInt(168, 1, 24 * 90),
    TRUST_PROXY: trustProxy,
    LOGIN_WINDOW_MINUTES: positiveInt(15, 1, 24 * 60),
    /** Failures of an account (since its last success, within a day) before each further attempt waits. */
    LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt(5, 1, 1000),
    /** The wait doubles from 1 s with each failure beyond the above, up to this. */
    LOGIN_MAX_DELAY_SECONDS: positiveInt(900, 1, 86_400),
    LOGIN_MAX_FAILURES_PER_IP: positiveInt(20, 1, 100_000),
    ARGON2_MEMORY_KIB: positiveInt(undefined, 1024, 4 * 1024 * 1024),
    ARGON2_TIME_COST: positiveInt(undefined, 1, 20),
    ARGON2_PARALLELISM: positiveInt(undefined, 1, 16),
    /** How long a mailed set-password link (invitation or reset) works. */
    PASSWORD_LINK_HOURS: positiveInt(72, 1, 24 * 30),
    ADMIN_EMAIL: optionalString.pipe(EmailSchema.optional()),
    ADMIN_PASSWORD: optionalString.pipe(
      z.string().min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`).max(PASSWORD_MAX_LENGTH).optional(),
    ),
    /** Lets tests turn the boot-time admin bootstrap off. */
    ADMIN_BOOTSTRAP: envBoolean(true),
  })
  .refine((e) => !e.ADMIN_EMAIL === !e.ADMIN_PASSWORD, { path: ['ADMIN_PASSWORD'], message: 'Set ADMIN_EMAIL and ADMIN_PASSWORD together' });

export function authConfig(env: z.infer<typeof authEnvSchema>, publicUrl: string | undefined) {
  // argon2id; production defaults are the library's (64 MiB, 3 passes, 4 lanes). Tests default to a cheap setting.
  const test = env.NODE_ENV === 'test';
  return {
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES!,
    sessionMaxHours: env.SESSION_MAX_HOURS!,
    /** Cookies get `Secure` when the public URL is https. */
    secureCookies: publicUrl?.startsWith('https://') ?? false,
    trustProxy: env.TRUST_PROXY,
    login: {
      windowMinutes: env.LOGIN_WINDOW_MINUTES!,
      maxPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT!,
      maxDelaySeconds: env.LOGIN_MAX_DELAY_SECONDS!,
      maxPerIp: env.LOGIN_MAX_FAILURES_PER_IP!,
    },
    passwordLinkHours: env.PASSWORD_LINK_HOURS!,
    argon2: {
      memoryCost: env.ARGON2_MEMORY_KIB ?? (test ? 1024 : 65536),
      timeCost: env.ARGON2_TIME_COST ?? (test ? 1 : 3),
      parallelism: env.ARGON2_PARALLELISM ?? (test ? 1 : 4),
    },
    bootstrapAdmin: env.ADMIN_BOOTSTRAP && env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : undefined,
  };
}
export type AuthSection = ReturnType<typeof authConfig>;
