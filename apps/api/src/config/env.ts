import { z } from 'zod';

/** Environment variables are strings; "" counts as unset so `FOO= node …` falls back to the default. */
export const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s ? s : undefined));

/** Accepts the usual spellings of a boolean in an environment variable. */
export const envBoolean = (fallback: boolean) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((s, ctx) => {
      if (!s) return fallback;
      if (['1', 'true', 'yes', 'on'].includes(s)) return true;
      if (['0', 'false', 'no', 'off'].includes(s)) return false;
      ctx.addIssue({ code: 'custom', message: 'Expected true or false' });
      return z.NEVER;
    });

export const envPort = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((s, ctx) => {
      if (!s) return fallback;
      const port = Number(s);
      if (Number.isInteger(port) && port >= 0 && port <= 65535) return port;
      ctx.addIssue({ code: 'custom', message: 'Expected a port number, 0–65535' });
      return z.NEVER;
    });

export type Env = Record<string, string | undefined>;

/** A whole number within [min, max] from the environment, or the fallback when unset. */
export const envWholeNumber = <F extends number | undefined>(fallback: F, min = 1, max = 1_000_000) =>
  z
    .string()
    .trim()
    .optional()
    .transform((s, ctx): number | F => {
      if (!s) return fallback;
      const n = Number(s);
      if (Number.isInteger(n) && n >= min && n <= max) return n;
      ctx.addIssue({ code: 'custom', message: `Expected a whole number from ${min} to ${max}` });
      return z.NEVER;
    });
