import { buildImplementation, Slug, type Implementation } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENTRY_NOT_FOUND, NotFoundError } from '../common/errors';
import { InjectReadDataSource } from '../database/read-data-source';
import { findImplementation } from './implementation.queries';

/** A document's implementation across China (only published entries on either end). */
@Injectable()
export class ImplementationService {
  constructor(@InjectReadDataSource() private readonly db: DataSource) {}

  async of(slug: string): Promise<Implementation> {
    const notFound = new NotFoundError(ENTRY_NOT_FOUND, `No published entry has the slug "${slug.slice(0, 120)}"`);
    // No entry has a malformed slug, and such text (a NUL byte, say) must not reach PostgreSQL.
    if (!Slug.safeParse(slug).success) throw notFound;
    const found = await findImplementation(this.db, slug);
    if (!found) throw notFound;
    return buildImplementation(found.entry, found.rows);
  }
}
