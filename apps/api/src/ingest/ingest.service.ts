import { IngestSuggestionSchema, type DocumentReading, type IngestSuggestion } from '@dualcarbon/domain';
import { HttpStatus, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ApiError,
  INGEST_BUSY,
  INGEST_CORRUPT_FILE,
  INGEST_ENCRYPTED,
  INGEST_NO_TEXT,
  INGEST_TOO_COMPLEX,
  INGEST_UNSUPPORTED_TYPE,
  REQUEST_INVALID,
} from '../common/errors';
import { EXTRACT_ERROR_STATUS, type ExtractErrorKind } from './extract';
import { IngestPool, IngestQueueFull } from './ingest-pool';
import { findByDocumentNumber, findCitedEntries, findSimilarTitles, loadIngestVocabulary } from './ingest.queries';

/** What multer hands over for the multipart field "file". */
export interface UploadedDocument {
  buffer: Buffer;
  originalname?: string;
}

const CODES: Record<ExtractErrorKind, string> = {
  unsupported_type: INGEST_UNSUPPORTED_TYPE,
  corrupt_file: INGEST_CORRUPT_FILE,
  no_text: INGEST_NO_TEXT,
  encrypted: INGEST_ENCRYPTED,
  too_complex: INGEST_TOO_COMPLEX,
};
/** Ingestions one user may have running at once; the next answers 429 until one finishes. */
export const INGEST_PER_USER = 1;
export const INGEST_RETRY_AFTER_S = 5;

export class IngestBusyError extends ApiError {
  constructor(message: string) {
    super(HttpStatus.TOO_MANY_REQUESTS, INGEST_BUSY, message);
  }
}

/**
 * Reads a document into a suggested draft and saves nothing: the text is extracted and read on a worker
 * thread (IngestPool), then the database is asked which entries the cited titles are and which entries
 * this document may already be.
 */
@Injectable()
export class IngestService implements OnModuleDestroy {
  private readonly pool = new IngestPool();
  private readonly running = new Map<string, number>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onModuleDestroy() {
    return this.pool.close();
  }

  async ingest(userId: string, input: { file?: UploadedDocument; text?: string }): Promise<IngestSuggestion> {
    if (!input.file && input.text === undefined) {
      throw new ApiError(HttpStatus.BAD_REQUEST, REQUEST_INVALID, 'Send the document as multipart field "file" (PDF, DOCX, HTML or TXT), or JSON {text}', [
        { path: 'file', message: 'Required' },
      ]);
    }
    if ((this.running.get(userId) ?? 0) >= INGEST_PER_USER) {
      throw new IngestBusyError('You already have a document being read: wait for it to finish');
    }
    this.running.set(userId, (this.running.get(userId) ?? 0) + 1);
    try {
      const vocabulary = await loadIngestVocabulary(this.db);
      // A copy the worker thread can own (multer's buffer may share memory with other requests').
      const data = input.file ? new Uint8Array(input.file.buffer) : undefined;
      const result = await this.pool.run({ data, filename: input.file?.originalname, text: input.text, vocabulary }).catch((err) => {
        if (err instanceof IngestQueueFull) throw new IngestBusyError('Too many documents are being read right now: try again shortly');
        throw err;
      });
      if (!result.ok) throw new ApiError(EXTRACT_ERROR_STATUS[result.kind], CODES[result.kind], result.message);
      // The answer is checked against the schema the CMS reads; a mismatch is our fault, so not a 400.
      const answer = IngestSuggestionSchema.safeParse(await this.withEntries(result.reading));
      if (!answer.success) throw new Error(`ingest answer does not match IngestSuggestionSchema: ${answer.error.message}`);
      return answer.data;
    } finally {
      const n = (this.running.get(userId) ?? 1) - 1;
      if (n > 0) this.running.set(userId, n);
      else this.running.delete(userId);
    }
  }

  /** Cited titles → existing entries (and relations to them); duplicates by document number and title. */
  private async withEntries(r: DocumentReading): Promise<IngestSuggestion> {
    const { fields } = r;
    const titles = [fields.title?.value, fields.heading?.value].filter((t): t is string => !!t);
    const [cited, similar, sameNumber] = await Promise.all([
      findCitedEntries(
        this.db,
        r.citations.map((c) => c.title),
      ),
      findSimilarTitles(this.db, titles),
      fields.documentNumber ? findByDocumentNumber(this.db, fields.documentNumber.value) : Promise.resolve([]),
    ]);
    const citedDocuments = r.citations.map((c, i) => ({
      title: c.title,
      evidence: c.evidence,
      implements: c.implements,
      entry: cited.find((m) => m.index === i)?.entry ?? null,
    }));
    const relations: IngestSuggestion['relations'] = [];
    for (const [i, c] of citedDocuments.entries()) {
      const match = cited.find((m) => m.index === i);
      if (!match || relations.some((x) => x.value.target === match.entry.slug)) continue;
      relations.push({
        value: { type: c.implements ? 'implements' : 'related', target: match.entry.slug },
        evidence: c.evidence,
        confidence: Math.round(match.score * (c.implements ? 0.95 : 0.7) * 100) / 100,
        entry: match.entry,
      });
    }
    const duplicates: IngestSuggestion['duplicates'] = sameNumber.map((entry) => ({
      value: entry,
      evidence: fields.documentNumber!.evidence,
      confidence: 0.95,
      reason: 'document_number' as const,
      similarity: 1,
    }));
    for (const s of similar) {
      if (duplicates.some((d) => d.value.id === s.entry.id)) continue;
      const similarity = Math.round(s.similarity * 100) / 100;
      duplicates.push({
        value: s.entry,
        evidence: fields.title?.evidence ?? fields.heading?.evidence ?? null,
        confidence: similarity,
        reason: 'title',
        similarity,
      });
    }
    return {
      format: r.format,
      pages: r.pages,
      language: r.language,
      text: r.text,
      fields,
      targets: r.targets,
      citedDocuments,
      relations,
      duplicates,
      warnings: r.warnings,
    };
  }
}
