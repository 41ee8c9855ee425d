import type { z } from 'zod';
import type { AnswerOf } from '../http/answer';
import { ENTRY_FILE_MAX_BYTES, EntryFileListSchema, EntryFileSchema, ErrorSchema } from '@dualcarbon/domain';
import { Controller, Get, Param, Post, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth } from '../auth/auth.decorator';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { AcceptsBody } from '../http/body-types';
import { EntryFilesService, type UploadedFile as Upload } from './entry-files.service';
import { sendFile } from './send-file';
import { UploadTooLargeFilter } from './upload-too-large.filter';

const UploadDoc = {
  type: 'object',
  properties: { file: { type: 'string', format: 'binary', description: 'A PDF, DOCX, HTML or TXT file; ≤ 20 MB' } },
  required: ['file'],
};

@ApiTags('entry files')
@Controller('editor')
export class EntryFilesController {
  constructor(private readonly files: EntryFilesService) {}

  @Post('uploads')
  @Auth('editor', 'admin')
  @AcceptsBody('multipart/form-data')
  @UseFilters(new UploadTooLargeFilter(ENTRY_FILE_MAX_BYTES))
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: ENTRY_FILE_MAX_BYTES, files: 1, fields: 0 }, defParamCharset: 'utf8' }))
  @ApiOperation({
    summary: 'Upload a source document for an entry: kept unattached until a saved entry names it in sources[].file, deleted after 24 hours otherwise',
    description:
      'multipart/form-data with field "file". Document ingestion (POST /api/editor/ingest) keeps the file it read the same way and returns it as `upload`.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UploadDoc })
  @ApiCreatedResponse({ standardSchema: EntryFileSchema })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'No file (request/invalid), or a damaged PDF or DOCX (upload/corrupt_file)' })
  @ApiPayloadTooLargeResponse({ standardSchema: ErrorSchema, description: 'Over 20 MB (code upload/too_large)' })
  @ApiUnsupportedMediaTypeResponse({ standardSchema: ErrorSchema, description: 'Not a PDF, DOCX, HTML or TXT file (code upload/unsupported_type)' })
  upload(@UploadedFile() file: Upload | undefined, @CurrentUser() user: AuthUser): AnswerOf<typeof EntryFileSchema> {
    return this.files.upload(user, file);
  }

  @Get('entries/:id/files')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'The entry’s source files (without their bytes), oldest first' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: EntryFileListSchema })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'No such entry (code entry/not_found)' })
  async list(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<z.infer<typeof EntryFileListSchema>> {
    return { items: await this.files.list(id, user) };
  }

  @Get('entries/:id/files/:fileId')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({
    summary: 'Download one of the entry’s files as uploaded',
    description: 'Content-Disposition: attachment with the uploaded name; Repr-Digest: sha-256=:…: (RFC 9530) and ETag "<sha256 hex>" carry its checksum.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'fileId', format: 'uuid' })
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/html', 'text/plain')
  @ApiOkResponse({ description: 'The file’s bytes', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'No such entry (entry/not_found) or file (file/not_found)' })
  async download(@Param('id') id: string, @Param('fileId') fileId: string, @CurrentUser() user: AuthUser, @Res() res: Response) {
    sendFile(res, await this.files.read(id, fileId, user));
  }
}
