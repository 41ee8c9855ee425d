import { z } from 'zod';
import { wholeNumber } from '../common/schema-parts';

export const SendsQuerySchema = z.strictObject({
  page: wholeNumber('page', 1, 100_000).default(1),
  pageSize: wholeNumber('pageSize', 1, 200).default(50),
});
export type SendsQuery = z.infer<typeof SendsQuerySchema>;
