import type { AnswerOf } from '../http/answer';
import { ErrorSchema, ImportJobSchema, ImportReportSchema } from '@dualcarbon/domain';
import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { requestMeta } from '../audit/request-meta';
import { Auth } from '../auth/auth.decorator';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { openApi } from '../editor/editor.schemas';
import { AcceptsBody } from '../http/body-types';
import { ImportBodySchema, ImportMultipartDoc, ImportQuerySchema, type ImportBody, type ImportQuery } from './import.schemas';
import { ImportService, type UploadedImportFile } from './import.service';
import { csvTemplate, jsonTemplate } from './import-template';

const MAX_FILE = 10 * 1024 * 1024;

@ApiTags('import')
@Controller('editor/import')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post()
  @HttpCode(200)
  @Auth('editor', 'admin')
  @AcceptsBody('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE, files: 1 } }))
  @ApiOperation({
    summary:
      'Import entries from CSV or JSON: a row-by-row validation report; without dryRun the valid rows become drafts authored by the importer, in a background job',
    description: 'multipart/form-data with field "file", or JSON {content, format?, filename?}. CSV columns: see the API README.',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ schema: { oneOf: [ImportMultipartDoc, openApi(ImportBodySchema)] } })
  @ApiOkResponse({ standardSchema: ImportReportSchema })
  @ApiBadRequestResponse({
    standardSchema: ErrorSchema,
    description: 'The file as a whole cannot be read, has unknown columns or too many rows (code import/invalid_file)',
  })
  start(
    @UploadedFile() file: UploadedImportFile | undefined,
    @Body({ schema: ImportBodySchema }) body: ImportBody,
    @Query({ schema: ImportQuerySchema }) query: ImportQuery,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof ImportReportSchema> {
    return this.imports.start(file, body, query, user, requestMeta(req));
  }

  @Get('template.csv')
  @Auth('editor', 'admin')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="dualcarbon-import-template.csv"')
  @ApiOperation({
    summary: 'CSV import template: every column, and a provincial plan with four targets (one row per further target), names where codes could be',
  })
  @ApiOkResponse({ description: 'text/csv' })
  csvTemplate(@Res({ passthrough: true }) _res: Response) {
    return csvTemplate();
  }

  @Get('template.json')
  @Auth('editor', 'admin')
  @Header('Content-Type', 'application/json; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="dualcarbon-import-template.json"')
  @ApiOperation({ summary: 'JSON import template: the same plan as entries (EntryInput; names accepted for codes)' })
  @ApiOkResponse({ description: 'application/json' })
  jsonTemplate(@Res({ passthrough: true }) _res: Response) {
    return jsonTemplate();
  }

  @Get(':jobId')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'Progress of an import job (rows done / total) and its report' })
  @ApiParam({ name: 'jobId', format: 'uuid' })
  @ApiOkResponse({ standardSchema: ImportJobSchema })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'code import/job_not_found' })
  job(@Param('jobId') jobId: string): AnswerOf<typeof ImportJobSchema> {
    return this.imports.job(jobId);
  }
}
