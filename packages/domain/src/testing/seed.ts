/** Test helper (not exported from the package): reads the hand-labelled seed entries in data/seed/entries. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EntryInputSchema, type EntryData } from '../schemas/entry';

export const SEED_ENTRIES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data/seed/entries');

export const seedAvailable = (): boolean => fs.existsSync(SEED_ENTRIES_DIR) && fs.readdirSync(SEED_ENTRIES_DIR).some((f) => f.endsWith('.json'));

/** Every seed entry that passes EntryInputSchema, with its file name. */
export function loadSeedEntries(): Array<{ file: string; entry: EntryData }> {
  if (!seedAvailable()) throw new Error(`no seed entries in ${SEED_ENTRIES_DIR}`);
  return fs
    .readdirSync(SEED_ENTRIES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const r = EntryInputSchema.safeParse(JSON.parse(fs.readFileSync(path.join(SEED_ENTRIES_DIR, file), 'utf8')));
      return r.success ? [{ file, entry: r.data }] : [];
    });
}
