import { VALIDATION_CODES, type EntryData } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import { entryInvalid } from '../editor/editor.errors';
import { attachUploads } from './entry-files.queries';

/**
 * Inside an entry's save: the uploads its sources name become its files. Validation already checked
 * them; one that expired or was attached elsewhere since is a 422 on its source, and the save rolls back.
 */
export async function attachSourceFiles(m: EntityManager, entryId: string, data: EntryData, userId: string): Promise<void> {
  const ids = [...new Set(data.sources.flatMap((s) => (s.file ? [s.file.toLowerCase()] : [])))];
  const missing = new Set(await attachUploads(m, entryId, ids, userId));
  if (!missing.size) return;
  throw entryInvalid(
    data.sources.flatMap((s, i) =>
      s.file && missing.has(s.file.toLowerCase())
        ? [
            {
              path: ['sources', i, 'file'],
              code: VALIDATION_CODES.expiredFile,
              message: 'The upload has expired or was taken by another entry: upload the document again',
            },
          ]
        : [],
    ),
  );
}
