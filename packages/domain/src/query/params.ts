import { z } from 'zod';

/** What `parseEntryQuery` accepts: a URLSearchParams, a query string, or a parsed query object (Express, Vue Router). */
export type QueryInput = URLSearchParams | string | { readonly [key: string]: unknown };

/** Query input as a plain object whose values are a string or an array of strings (repeated keys). */
export function toParamRecord(input: QueryInput): Record<string, unknown> {
  if (typeof input === 'string' || input instanceof URLSearchParams) {
    const params = typeof input === 'string' ? new URLSearchParams(input.replace(/^\?/, '')) : input;
    const out: Record<string, string | string[]> = {};
    for (const [key, value] of params) {
      const prev = out[key];
      out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
    return out;
  }
  return { ...input };
}

/** A query value: one string or a repeated key. Nested objects (`sector[$ne]=x` under an extended parser) are refused. */
const Raw = z.union([z.string(), z.array(z.string())], { error: 'Expected text (repeat the parameter or separate values with commas)' });

/** `a,b` and `x=a&x=b` both give [a, b]; blanks are dropped, duplicates removed, order kept. */
export function splitValues(value: string | string[]): string[] {
  const parts = (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return [...new Set(parts)];
}

const listAllowed = (allowed: readonly string[]) => (allowed.length > 40 ? `${allowed.slice(0, 40).join(', ')}, …` : allowed.join(', '));

/** A multi-valued filter over a closed set of codes; an unknown code names itself and lists the allowed ones. */
export function codeList(name: string, allowed: () => readonly string[], describe?: string) {
  return Raw.optional()
    .transform((value, ctx) => {
      if (value === undefined) return [] as string[];
      const codes = splitValues(value);
      if (codes.length > 50) ctx.addIssue({ code: 'custom', message: `At most 50 values for ${name}` });
      const known = new Set(allowed());
      const unknown = codes.filter((c) => !known.has(c));
      if (unknown.length) {
        ctx.addIssue({
          code: 'custom',
          message: `Unknown ${name} ${unknown.map((c) => `"${c.slice(0, 60)}"`).join(', ')}. Allowed values: ${listAllowed([...known])}`,
        });
      }
      return codes;
    })
    .describe(describe ?? `One or more ${name} codes (repeat the parameter or separate with commas): ${listAllowed(allowed())}`);
}

/** Four-digit years from 1950 to 2100 (the domain's Year), as a multi-valued filter; kept as strings like codes. */
export function yearList(name: string) {
  return patternList(
    name,
    (v) => /^\d{4}$/.test(v) && Number(v) >= 1950 && Number(v) <= 2100,
    'Years are written with four digits, from 1950 to 2100 (e.g. 2025)',
    '',
  );
}

/** A multi-valued filter checked by a predicate (region codes: static list plus the zone code shape). */
export function patternList(name: string, valid: (code: string) => boolean, hint: string, describe: string) {
  return Raw.optional()
    .transform((value, ctx) => {
      if (value === undefined) return [] as string[];
      const codes = splitValues(value);
      if (codes.length > 50) ctx.addIssue({ code: 'custom', message: `At most 50 values for ${name}` });
      const bad = codes.filter((c) => !valid(c));
      if (bad.length) ctx.addIssue({ code: 'custom', message: `Unknown ${name} ${bad.map((c) => `"${c.slice(0, 60)}"`).join(', ')}. ${hint}` });
      return codes;
    })
    .describe(describe);
}

/** A parameter given once. */
export function single<T extends z.ZodType<unknown, string>>(name: string, inner: T) {
  return z
    .union([z.string(), z.array(z.string())], { error: `${name} expects a single value` })
    .transform((value, ctx) => {
      if (Array.isArray(value)) {
        const distinct = [...new Set(value)];
        if (distinct.length !== 1) {
          ctx.addIssue({ code: 'custom', message: `Give ${name} once` });
          return z.NEVER;
        }
        return distinct[0];
      }
      return value;
    })
    .pipe(inner);
}

export const bool = (name: string) =>
  single(
    name,
    z.enum(['true', 'false'], { error: `${name} is true or false` }).transform((v) => v === 'true'),
  );

export function wholeNumber(name: string, min: number, max: number) {
  return single(
    name,
    z
      .string()
      .regex(/^\d{1,7}$/, `${name} must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`)),
  );
}

/** YYYY or YYYY-MM-DD, a real date. */
export const DATE_PARAM = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/;
export function isDateParam(s: string): boolean {
  const m = DATE_PARAM.exec(s);
  if (!m) return false;
  if (!m[2]) return true;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** The first or last day a YYYY / YYYY-MM-DD bound covers. */
export function dateBound(s: string, end: boolean): string {
  return s.length === 4 ? `${s}-${end ? '12-31' : '01-01'}` : s;
}
