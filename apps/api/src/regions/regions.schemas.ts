import { z } from 'zod';

/** `GET /api/regions` query. */
export const RegionTreeQuerySchema = z.strictObject({
  all: z
    .enum(['true', 'false'], { error: 'all is true or false' })
    .optional()
    .transform((v) => v === 'true')
    .describe('Include cities and zones without published entries (default false)'),
});
export type RegionTreeQuery = z.infer<typeof RegionTreeQuerySchema>;
