import { ImportJobSchema, ImportReportSchema } from '@dualcarbon/domain';
import { applyDecorators, Body, Controller, Get, Header, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { RequestMeta } from '../audit/request-meta';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { AuditMeta, AuthoringRoute, EditorialRoute, FileOrJsonBody, IdParam } from '../common/route-decorators';
import { ImportBodySchema, ImportMultipartDoc, ImportQuerySchema, type ImportBody, type ImportQuery } from './import.schemas';
import { ImportService, type UploadedImportFile } from './import.service';
import { csvTemplate, jsonTemplate } from './import-template';

const MAX_FILE = 10 * 1024 * 1024;

/** A template to fill in and import, downloaded as `filename`. */
const Template = (summary: string, mediaType: string, filename: string) =>
  applyDecorators(
    AuthoringRoute({ summary, answer: { description: mediaType } }),
    Header('Content-Type', `${mediaType}; charset=utf-8`),
    Header('Content-Disposition', `attachment; filename="${filename}"`),
  );

@ApiTags('import')
@Controller('editor/import')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post()
  @AuthoringRoute({
    summary:
      'Import entries from CSV or JSON: a row-by-row validation report; without dryRun the valid rows become drafts authored by the importer, in a background job',
    description: 'multipart/form-data with field "file", or JSON {content, format?, filename?}. CSV columns: see the API README.',
    answer: ImportReportSchema,
    errors: { 400: 'The file as a whole cannot be read, has unknown columns or too many rows (code import/invalid_file)' },
  })
  @FileOrJsonBody(ImportMultipartDoc, ImportBodySchema)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE, files: 1 } }))
  start(
    @UploadedFile() file: UploadedImportFile | undefined,
    @Body({ schema: ImportBodySchema }) body: ImportBody,
    @Query({ schema: ImportQuerySchema }) query: ImportQuery,
    @CurrentUser() user: AuthUser,
    @AuditMeta() meta: RequestMeta,
  ) {
    return this.imports.start(file, body, query, user, meta);
  }

  @Get('template.csv')
  @Template(
    'CSV import template: every column, and a provincial plan with four targets (one row per further target), names where codes could be',
    'text/csv',
    'dualcarbon-import-template.csv',
  )
  csvTemplate(@Res({ passthrough: true }) _res: Response) {
    return csvTemplate();
  }

  @Get('template.json')
  @Template('JSON import template: the same plan as entries (EntryInput; names accepted for codes)', 'application/json', 'dualcarbon-import-template.json')
  jsonTemplate(@Res({ passthrough: true }) _res: Response) {
    return jsonTemplate();
  }

  @Get(':jobId')
  @EditorialRoute({
    summary: 'Progress of an import job (rows done / total) and its report',
    answer: ImportJobSchema,
    errors: { 404: 'code import/job_not_found' },
  })
  job(@IdParam('jobId') jobId: string) {
    return this.imports.job(jobId);
  }
}
