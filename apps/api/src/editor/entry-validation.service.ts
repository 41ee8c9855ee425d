import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EntryInputSchema, parseEntryInput, type EntryData, type ParseEntryResult, type SourceFileStatus, type ValidationContext } from '@dualcarbon/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { fileStatuses, sourceFileIds } from '../entry-files/entry-files.queries';
import { loadVocabulary, taxonomySets } from '../taxonomy/vocabulary';
import { entryInvalid } from './editor.errors';
import { referenceDataSignature, slugsInUse } from './entry-validation.queries';

type DbContext = Required<Pick<ValidationContext, 'regions' | 'taxonomy'>>;

/**
 * The domain's parseEntryInput with what only the database knows: taxonomy terms (admins add,
 * rename and merge them), regions including zones, and slugs other entries already use (their
 * published copy or their working revision).
 *
 * It reads the vocabulary like the public filters do (`loadVocabulary`) but keeps it differently: an
 * editor must be able to use a term the moment it exists, on any replica, so every call asks the
 * primary for a cheap signature instead of trusting a replica or the once-a-second data version.
 */
@Injectable()
export class EntryValidationService {
  private cached?: { signature: string; ctx: Promise<DbContext> };

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Call after a taxonomy or region change (the signature check would notice it too). */
  invalidate(): void {
    this.cached = undefined;
  }

  /** Regions and terms, reloaded whenever one of them changed (one cheap query tells). */
  async context(): Promise<DbContext> {
    const signature = await referenceDataSignature(this.db);
    const cached = this.cached;
    if (cached && cached.signature === signature) return cached.ctx;
    const ctx = this.load();
    this.cached = { signature, ctx };
    ctx.catch(() => (this.cached = undefined));
    return ctx;
  }

  private async load(): Promise<DbContext> {
    const vocabulary = await loadVocabulary(this.db);
    return { taxonomy: taxonomySets(vocabulary), regions: (code: string) => vocabulary.regions.get(code) };
  }

  /** Slugs in use by other entries, live or in a working revision, trashed or soft-deleted included. */
  async takenSlugs(slugs: string[], exceptId: string | null, manager: EntityManager = this.db.manager): Promise<Set<string>> {
    if (!slugs.length) return new Set();
    return new Set(await slugsInUse(manager, slugs, exceptId));
  }

  /**
   * Validates one entry; `entryId` is the entry being edited (its own slug is not "taken"). Source files
   * must be the entry's own or `userId`'s fresh uploads; without a user no file is known.
   */
  async parse(raw: unknown, entryId: string | null, userId?: string): Promise<ParseEntryResult> {
    const slug = EntryInputSchema.shape.slug.safeParse((raw as { slug?: unknown } | null)?.slug);
    const fileIds = sourceFileIds(raw);
    const [ctx, taken, files] = await Promise.all([
      this.context(),
      slug.success ? this.takenSlugs([slug.data], entryId) : Promise.resolve(new Set<string>()),
      userId && fileIds.length ? fileStatuses(this.db, fileIds, entryId, userId) : Promise.resolve(new Map<string, SourceFileStatus>()),
    ]);
    return parseEntryInput(raw, { ...ctx, slugTaken: (s) => taken.has(s), fileStatus: (id) => files.get(id.toLowerCase()) ?? 'unknown' });
  }

  /** Validated EntryData, or 422 entry/invalid (409 entry/slug_taken when that is the only problem). */
  async parseOrThrow(raw: unknown, entryId: string | null, userId?: string): Promise<EntryData> {
    const result = await this.parse(raw, entryId, userId);
    if (!result.ok) throw entryInvalid(result.issues);
    return result.data;
  }

  /**
   * Validates many new entries at once (imports): one context, one slug query, and a slug a valid
   * earlier row of the batch uses counts as taken.
   */
  async parseMany(raws: unknown[]): Promise<ParseEntryResult[]> {
    const slugs = raws.map((r) => EntryInputSchema.shape.slug.safeParse((r as { slug?: unknown } | null)?.slug)).flatMap((s) => (s.success ? [s.data] : []));
    const [ctx, taken] = await Promise.all([this.context(), this.takenSlugs([...new Set(slugs)], null)]);
    const seen = new Set<string>();
    return raws.map((raw) => {
      // An import cannot name uploaded files: those come with a save in the CMS.
      const result = parseEntryInput(raw, { ...ctx, slugTaken: (s) => taken.has(s) || seen.has(s), fileStatus: () => 'unknown' });
      if (result.ok) seen.add(result.data.slug);
      return result;
    });
  }
}
