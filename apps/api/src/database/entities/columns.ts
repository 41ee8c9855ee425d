import type { ValueTransformer } from 'typeorm';

/** pg returns numeric as a string to keep precision; target values are small decimals, so numbers are safe. */
export const numericTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null || v === undefined ? null : Number(v)),
};
