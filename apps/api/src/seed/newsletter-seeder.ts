import type { EntityManager } from 'typeorm';
import { NewsletterEntity } from '../database/entities';
import type { SeedNewsletter } from './seed-files';

/** Upserts newsletter issues by number, keeping each file's structure as written. */
export async function seedNewsletters(manager: EntityManager, seeds: SeedNewsletter[]) {
  let written = 0;
  for (const n of seeds) {
    const existing = await manager.findOne(NewsletterEntity, { where: { issue: n.issue } });
    if (existing?.seedChecksum === n.checksum) continue;
    await manager.save(NewsletterEntity, {
      issue: n.issue,
      titleEn: n.title ?? null,
      titleZh: existing?.titleZh ?? null,
      publishedOn: n.publishedOn ?? existing?.publishedOn ?? null,
      structure: n.structure,
      seedChecksum: n.checksum,
    });
    written++;
  }
  return { total: seeds.length, written };
}
