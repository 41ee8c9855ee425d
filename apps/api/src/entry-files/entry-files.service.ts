import { ENTRY_FILE_MAX_BYTES, FILE_MEDIA_TYPES, type EntryFile, type IngestFormat, isUuid } from '@dualcarbon/domain';
import { HttpStatus, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import { ApiError, FILE_NOT_FOUND, NotFoundError, REQUEST_INVALID, UPLOAD_CORRUPT_FILE, UPLOAD_TOO_LARGE, UPLOAD_UNSUPPORTED_TYPE } from '../common/errors';
import { EditorEntriesService } from '../editor/editor-entries.service';
import { detectFormat } from '../ingest/extract/detect';
import { ExtractError } from '../ingest/extract/errors';
import { deleteStaleUploads, insertUpload, listEntryFiles, readEntryFile } from './entry-files.queries';

/** What multer hands over for the multipart field "file". */
export interface UploadedFile {
  buffer: Buffer;
  originalname?: string;
  size?: number;
}

/** How often each API process deletes expired uploads (each upload also does). */
const SWEEP_EVERY_MS = 15 * 60_000;
const EXTENSION: Record<keyof typeof FILE_MEDIA_TYPES, string> = { pdf: 'pdf', docx: 'docx', html: 'html', txt: 'txt' };

/**
 * An entry's source files, kept in PostgreSQL: uploads (from document ingestion or an editor), listed
 * and downloaded through the entry they belong to. Saving an entry attaches the uploads its sources
 * name (editor/editor-entries.service); uploads nobody attaches are deleted after UPLOAD_TTL_HOURS.
 */
@Injectable()
export class EntryFilesService implements OnModuleInit, OnModuleDestroy {
  private sweeper?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly entries: EditorEntriesService,
  ) {}

  onModuleInit() {
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), SWEEP_EVERY_MS).unref();
  }

  onModuleDestroy() {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  /** Deletes expired uploads; returns how many. */
  sweep(): Promise<number> {
    return deleteStaleUploads(this.db);
  }

  /** Keeps a file already known to be a readable document of `format` (document ingestion read it). */
  async stage(user: AuthUser, file: UploadedFile, format: Exclude<IngestFormat, 'text'>): Promise<EntryFile> {
    const bytes = file.buffer;
    if (bytes.length > ENTRY_FILE_MAX_BYTES) throw new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, UPLOAD_TOO_LARGE, 'The file is larger than 20 MB');
    const upload = await insertUpload(this.db, user.id, {
      name: fileName(file.originalname, format),
      mediaType: FILE_MEDIA_TYPES[format],
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes,
    });
    await deleteStaleUploads(this.db, user.id);
    return upload;
  }

  /** `POST /editor/uploads`: any PDF, DOCX, HTML or TXT file, its type read from the bytes as ingestion does. */
  async upload(user: AuthUser, file: UploadedFile | undefined): Promise<EntryFile> {
    if (!file)
      throw new ApiError(HttpStatus.BAD_REQUEST, REQUEST_INVALID, 'Send the document as multipart field "file"', [{ path: 'file', message: 'Required' }]);
    const format = await detectFormat(new Uint8Array(file.buffer), file.originalname).catch((err) => {
      if (err instanceof ExtractError && err.kind === 'corrupt_file') throw new ApiError(HttpStatus.BAD_REQUEST, UPLOAD_CORRUPT_FILE, err.message);
      if (err instanceof ExtractError) throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UPLOAD_UNSUPPORTED_TYPE, err.message);
      throw err;
    });
    return this.stage(user, file, format);
  }

  async list(entryId: string, user: AuthUser): Promise<EntryFile[]> {
    await this.entries.find(entryId, user);
    return listEntryFiles(this.db, entryId);
  }

  async read(entryId: string, fileId: string, user: AuthUser): Promise<EntryFile & { bytes: Buffer }> {
    await this.entries.find(entryId, user);
    const file = isUuid(fileId) ? await readEntryFile(this.db, entryId, fileId) : null;
    if (!file) throw new NotFoundError(FILE_NOT_FOUND, `The entry has no file ${fileId}`);
    return file;
  }
}

/**
 * The uploaded name without any folder part or control characters, at most 255 characters. Multer must
 * decode it as UTF-8 (`defParamCharset: 'utf8'`; its default, latin1, garbles 某省方案.pdf).
 */
export function fileName(original: string | undefined, format: keyof typeof FILE_MEDIA_TYPES): string {
  const base = (original ?? '')
    .replace(/^.*[\\/]/, '')
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  const name = base || `document.${EXTENSION[format]}`;
  return name.length <= 255 ? name : name.slice(0, 240 - EXTENSION[format].length) + `….${EXTENSION[format]}`;
}
