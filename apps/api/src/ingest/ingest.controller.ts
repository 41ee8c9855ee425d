import { type IngestAnswer, IngestAnswerSchema } from '@dualcarbon/domain';
import { Body, Controller, Post, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { EntryFilesService } from '../entry-files/entry-files.service';
import { AuthoringRoute, FileOrJsonBody } from '../common/route-decorators';
import { IngestUploadFilter } from './ingest-upload.filter';
import { IngestBodySchema, IngestMultipartDoc } from './ingest.schemas';
import { INGEST_RETRY_AFTER_S, IngestBusyError, IngestService, type UploadedDocument } from './ingest.service';
import type { z } from 'zod';

/** Largest upload; only this route takes files this big (the JSON body limit stays 2 MB). */
export const MAX_INGEST_FILE = 20 * 1024 * 1024;

@ApiTags('ingest')
@Controller('editor/ingest')
export class IngestController {
  constructor(
    private readonly ingest: IngestService,
    private readonly files: EntryFilesService,
  ) {}

  @Post()
  @AuthoringRoute({
    summary:
      'Read a document (PDF, DOCX, HTML, TXT, or pasted text) into a suggested draft: titles, document number, issuing bodies, dates, level, jurisdiction, instrument, sectors, themes, period, every target with its clause, cited documents, relations and possible duplicates — each with its evidence. No entry is saved; an uploaded file is kept as an upload (answer field `upload`) that the draft attaches, deleted after 24 h otherwise.',
    description:
      'multipart/form-data with field "file" (≤ 20 MB; the type is read from the bytes, then the name), or JSON {text} (≤ 2 MB). One reading per user at a time.',
    answer: IngestAnswerSchema,
    errors: {
      400: 'A damaged file (code ingest/corrupt_file), or neither a file nor text (request/invalid)',
      413: 'The file is over 20 MB (code ingest/too_large)',
      415: 'Not a PDF, DOCX, HTML or TXT file (code ingest/unsupported_type)',
      422: 'A PDF without a text layer (a scan; code ingest/no_text), a password-protected PDF (ingest/encrypted), or a document too large to read in time and memory (ingest/too_complex)',
      429: 'This user already has a document being read, or the reading queue is full (code ingest/busy); see Retry-After',
    },
  })
  @FileOrJsonBody(IngestMultipartDoc, IngestBodySchema)
  @UseFilters(new IngestUploadFilter(MAX_INGEST_FILE))
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_INGEST_FILE, files: 1, fields: 5 }, defParamCharset: 'utf8' }))
  async read(
    @UploadedFile() file: UploadedDocument | undefined,
    @Body({ schema: IngestBodySchema }) body: z.infer<typeof IngestBodySchema>,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<IngestAnswer> {
    const suggestion = await this.ingest.ingest(user.id, { file, text: body?.text }).catch((err) => {
      if (err instanceof IngestBusyError) res.setHeader('Retry-After', String(INGEST_RETRY_AFTER_S));
      throw err;
    });
    // The document just read is kept as an upload the draft can attach as its source file (sources[].file).
    const upload = file && suggestion.format !== 'text' ? await this.files.stage(user, file, suggestion.format) : null;
    return { ...suggestion, upload };
  }
}
