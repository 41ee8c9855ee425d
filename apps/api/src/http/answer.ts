import type { z } from 'zod';

/**
 * What a route documented with `standardSchema: S` answers: the domain's answer type, so a handler
 * (and the service behind it) that builds something else does not compile.
 */
export type AnswerOf<S extends z.ZodType> = z.infer<S> | Promise<z.infer<S>>;
