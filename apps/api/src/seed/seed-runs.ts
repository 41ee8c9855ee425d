import type { EntityManager } from 'typeorm';
import { SeedRunEntity } from '../database/entities';
import { execute } from '../database/sql';

/** seed_runs: which input (by checksum) each seeding step last applied, so an unchanged step is skipped. */

/** Any fixed number: seeders in concurrent processes (app + `pnpm seed`) take turns on it. */
const SEED_LOCK = 7_301_945;
export const lockSeeding = (m: EntityManager) => execute(m, 'SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);

export async function lastChecksum(m: EntityManager, name: string): Promise<string | undefined> {
  const last = await m.findOne(SeedRunEntity, { where: { name }, order: { appliedAt: 'DESC', id: 'DESC' } });
  return last?.checksum;
}

export const recordSeedRun = (m: EntityManager, name: string, sum: string, summary: unknown) =>
  execute(m, 'INSERT INTO seed_runs (name, checksum, summary) VALUES ($1, $2, $3)', [name, sum, JSON.stringify(summary)]);
