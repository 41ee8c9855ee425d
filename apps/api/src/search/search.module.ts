import { Global, Module } from '@nestjs/common';
import { SearchService } from './search.service';
import { SnapshotService } from './snapshot.service';

/**
 * Search over published entries. Global: GET /api/entries (EntriesController) delegates here, and
 * statistics, export and feeds build on it.
 */
@Global()
@Module({ providers: [SnapshotService, SearchService], exports: [SearchService] })
export class SearchModule {}
