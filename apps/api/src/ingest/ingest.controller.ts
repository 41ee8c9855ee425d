import { ErrorSchema, type IngestAnswer, IngestAnswerSchema } from '@dualcarbon/domain';
import { Body, Controller, HttpCode, Post, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth } from '../auth/auth.decorator';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { openApi } from '../editor/editor.schemas';
import { EntryFilesService } from '../entry-files/entry-files.service';
import { AcceptsBody } from '../http/body-types';
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
  @HttpCode(200)
  @Auth('editor', 'admin')
  @AcceptsBody('multipart/form-data')
  @UseFilters(new IngestUploadFilter(MAX_INGEST_FILE))
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_INGEST_FILE, files: 1, fields: 5 }, defParamCharset: 'utf8' }))
  @ApiOperation({
    summary:
      'Read a document (PDF, DOCX, HTML, TXT, or pasted text) into a suggested draft: titles, document number, issuing bodies, dates, level, jurisdiction, instrument, sectors, themes, period, every target with its clause, cited documents, relations and possible duplicates — each with its evidence. No entry is saved; an uploaded file is kept as an upload (answer field `upload`) that the draft attaches, deleted after 24 h otherwise.',
    description:
      'multipart/form-data with field "file" (≤ 20 MB; the type is read from the bytes, then the name), or JSON {text} (≤ 2 MB). One reading per user at a time.',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ schema: { oneOf: [IngestMultipartDoc, openApi(IngestBodySchema)] } })
  @ApiOkResponse({ standardSchema: IngestAnswerSchema })
  @ApiBadRequestResponse({
    standardSchema: ErrorSchema,
    description: 'A damaged file (code ingest/corrupt_file), or neither a file nor text (request/invalid)',
  })
  @ApiPayloadTooLargeResponse({ standardSchema: ErrorSchema, description: 'The file is over 20 MB (code ingest/too_large)' })
  @ApiUnsupportedMediaTypeResponse({ standardSchema: ErrorSchema, description: 'Not a PDF, DOCX, HTML or TXT file (code ingest/unsupported_type)' })
  @ApiUnprocessableEntityResponse({
    standardSchema: ErrorSchema,
    description:
      'A PDF without a text layer (a scan; code ingest/no_text), a password-protected PDF (ingest/encrypted), or a document too large to read in time and memory (ingest/too_complex)',
  })
  @ApiTooManyRequestsResponse({
    standardSchema: ErrorSchema,
    description: 'This user already has a document being read, or the reading queue is full (code ingest/busy); see Retry-After',
  })
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
