import type { EntityManager } from 'typeorm';
import { EntryEntity, PUBLISHED } from '../database/entities';
import { editedByPeople, insertEntry, replaceEntry } from '../entries/entry.writer';
import { SeedError, type SeedEntry } from './seed-files';

export interface EntrySeedResult {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Seed changed, but people have edited the entry (or own the slug): their version wins. */
  keptEdits: string[];
}

/** Region codes are in the database (zones are added there), so existence is checked against it. */
async function checkRegions(manager: EntityManager, seeds: SeedEntry[]) {
  const known = new Set<string>((await manager.query('SELECT code FROM regions')).map((r: { code: string }) => r.code));
  for (const { source, data } of seeds) {
    const check = (code: string | undefined, path: string) => {
      if (code && !known.has(code)) throw new SeedError(`${source}: ${path}: unknown region code "${code}"`);
    };
    check(data.jurisdiction, 'jurisdiction');
    data.targets.forEach((t, i) => check(t.jurisdiction, `targets.${i}.jurisdiction`));
    data.observations.forEach((o, i) => check(o.jurisdiction, `observations.${i}.jurisdiction`));
  }
}

/**
 * Writes seed entries as published, keyed by slug: new slugs are inserted; entries the seed wrote
 * and nobody has edited since are brought up to date when their seed record changed; anything
 * people touched is left as they left it. Runs inside the caller's transaction.
 */
export async function seedEntries(manager: EntityManager, seeds: SeedEntry[], progress: (done: number, total: number) => void): Promise<EntrySeedResult> {
  await checkRegions(manager, seeds);
  const result: EntrySeedResult = { total: seeds.length, created: 0, updated: 0, unchanged: 0, keptEdits: [] };
  // One timestamp per run, so undated seed entries tie and fall back to slug order.
  const now = new Date();
  for (const [i, { data, checksum }] of seeds.entries()) {
    const existing = await manager.findOne(EntryEntity, { where: { slug: data.slug }, withDeleted: true });
    const publishedAt = data.issuedOn ? new Date(`${data.issuedOn}T00:00:00Z`) : now;
    if (!existing) {
      await insertEntry(manager, data, { workflowStatus: PUBLISHED, actorId: null, seedChecksum: checksum, publishedAt });
      result.created++;
    } else if (existing.seedChecksum === checksum) {
      result.unchanged++;
    } else if (existing.seedChecksum === null || existing.deletedAt || (await editedByPeople(manager, existing.id))) {
      result.keptEdits.push(data.slug);
    } else {
      await replaceEntry(manager, existing, data, { workflowStatus: PUBLISHED, actorId: null, seedChecksum: checksum, publishedAt });
      result.updated++;
    }
    progress(i + 1, seeds.length);
  }
  return result;
}
