import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { LOGGER } from '../logging/logger.token';
import { checksum } from './checksum';
import { seedEntries, type EntrySeedResult } from './entry-seeder';
import { regionRows, taxonomyRows, upsertReferenceData } from './reference-data';
import { lastChecksum, lockSeeding, recordSeedRun } from './seed-runs';
import { readSeedEntries, readSeedNewsletters } from './seed-files';
import { seedNewsletters } from './newsletter-seeder';

export interface SeedReport {
  reference: 'applied' | 'unchanged';
  entries: EntrySeedResult | 'unchanged';
  newsletters: 'applied' | 'unchanged';
}

/**
 * Loads reference data (regions, taxonomies) and the seed files into the database. Each step is
 * skipped when its input hashes to the checksum of its last recorded run, so restarts are cheap;
 * all steps share one transaction, so a bad file leaves the database as it was.
 */
@Injectable()
export class SeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'seed'>,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async run(seedDir = this.config.seed.dir): Promise<SeedReport> {
    const log = (msg: string) => this.logger.info({ context: 'Seed' }, msg);
    // Read and validate everything before touching the database.
    const entries = readSeedEntries(seedDir);
    const newsletters = readSeedNewsletters(seedDir);
    if (!entries.length) log(`seed: no entries in ${seedDir}/entries`);

    return this.db.transaction(async (manager) => {
      await lockSeeding(manager);
      const step = async <T>(name: string, input: unknown, apply: () => Promise<T>): Promise<T | 'unchanged'> => {
        const sum = checksum(input);
        if ((await lastChecksum(manager, name)) === sum) return 'unchanged';
        const summary = await apply();
        await recordSeedRun(manager, name, sum, summary);
        return summary;
      };

      const reference = await step('reference', { regions: regionRows(), terms: taxonomyRows() }, () => upsertReferenceData(manager));
      const entryResult = await step(
        'entries',
        entries.map((e) => e.checksum),
        () =>
          seedEntries(manager, entries, (done, total) => {
            if (done === total || done % 10 === 0) log(`seed: ${done}/${total} entries`);
          }),
      );
      if (entryResult === 'unchanged') log(`seed: ${entries.length}/${entries.length} entries (unchanged)`);
      else {
        const { created, updated, unchanged, keptEdits } = entryResult;
        log(`seed: entries ${created} new, ${updated} updated, ${unchanged} unchanged, ${keptEdits.length} kept as edited`);
        if (keptEdits.length) this.logger.warn({ context: 'Seed', slugs: keptEdits }, 'seed changed for entries people have edited; their edits were kept');
      }
      const news = await step(
        'newsletters',
        newsletters.map((n) => n.checksum),
        () => seedNewsletters(manager, newsletters),
      );
      log(`seed: ${newsletters.length} newsletter issue(s)${news === 'unchanged' ? ' (unchanged)' : ''}`);

      return {
        reference: reference === 'unchanged' ? 'unchanged' : 'applied',
        entries: entryResult,
        newsletters: news === 'unchanged' ? 'unchanged' : 'applied',
      };
    });
  }
}
