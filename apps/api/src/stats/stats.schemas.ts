import { z } from 'zod';

const CodeCount = z.object({ code: z.string(), count: z.number().int() });

export const StatsSchema = z.object({
  total: z.number().int().describe('Entries matching the filters'),
  undated: z.number().int().describe('Matching entries without an issue date (not in byYear)'),
  byYear: z.array(z.object({ year: z.number().int(), count: z.number().int() })).describe('By year issued, ascending'),
  bySector: z.array(CodeCount).describe('By sector; a parent counts entries tagged with it or any of its children'),
  byLevel: z.array(CodeCount),
  byProvince: z.array(CodeCount).describe('By province (six-digit code); entries of a city or zone count in its province; national entries are not counted'),
});
export type Stats = z.infer<typeof StatsSchema>;
