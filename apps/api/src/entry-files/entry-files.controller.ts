import { ENTRY_FILE_MAX_BYTES, EntryFileListSchema, EntryFileSchema } from '@dualcarbon/domain';
import { Controller, Get, Post, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { AuthoringRoute, EditorialRoute, IdParam } from '../common/route-decorators';
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
  @AuthoringRoute({
    summary: 'Upload a source document for an entry: kept unattached until a saved entry names it in sources[].file, deleted after 24 hours otherwise',
    description:
      'multipart/form-data with field "file". Document ingestion (POST /api/editor/ingest) keeps the file it read the same way and returns it as `upload`.',
    answer: EntryFileSchema,
    status: 201,
    errors: {
      400: 'No file (request/invalid), or a damaged PDF or DOCX (upload/corrupt_file)',
      413: 'Over 20 MB (code upload/too_large)',
      415: 'Not a PDF, DOCX, HTML or TXT file (code upload/unsupported_type)',
    },
  })
  @AcceptsBody('multipart/form-data')
  @UseFilters(new UploadTooLargeFilter(ENTRY_FILE_MAX_BYTES))
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: ENTRY_FILE_MAX_BYTES, files: 1, fields: 0 }, defParamCharset: 'utf8' }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UploadDoc })
  upload(@UploadedFile() file: Upload | undefined, @CurrentUser() user: AuthUser) {
    return this.files.upload(user, file);
  }

  @Get('entries/:id/files')
  @EditorialRoute({
    summary: 'The entry’s source files (without their bytes), oldest first',
    answer: EntryFileListSchema,
    errors: { 404: 'No such entry (code entry/not_found)' },
  })
  async list(@IdParam() id: string, @CurrentUser() user: AuthUser) {
    return { items: await this.files.list(id, user) };
  }

  @Get('entries/:id/files/:fileId')
  @EditorialRoute({
    summary: 'Download one of the entry’s files as uploaded',
    description: 'Content-Disposition: attachment with the uploaded name; Repr-Digest: sha-256=:…: (RFC 9530) and ETag "<sha256 hex>" carry its checksum.',
    answer: { description: 'The file’s bytes', schema: { type: 'string', format: 'binary' } },
    errors: { 404: 'No such entry (entry/not_found) or file (file/not_found)' },
  })
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/html', 'text/plain')
  async download(@IdParam() id: string, @IdParam('fileId') fileId: string, @CurrentUser() user: AuthUser, @Res() res: Response) {
    sendFile(res, await this.files.read(id, fileId, user));
  }
}
