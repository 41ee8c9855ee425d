import { ErrorSchema } from '@dualcarbon/domain';
import type { EntryOutputQuery } from '@dualcarbon/domain';
import { applyDecorators, Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { OutputQuery } from '../taxonomy/entry-params';
import { TargetExportQuerySchema, type TargetExportQuery } from '../targets/targets.schemas';
import { EXPORT_COLUMNS } from './columns';
import { ExportService } from './export.service';
import { EXPORT_FORMATS, type ExportFormat } from './formats';
import { TARGET_EXPORT_COLUMNS } from './target-columns';
import { TargetExportService } from './target-export.service';

const COLUMNS_DOC = EXPORT_COLUMNS.map(([name, doc]) => `\`${name}\` (${doc})`).join(', ');
const DESCRIPTION =
  `Streams every published entry matching the filters (same parameters as GET /api/entries, without paging; ` +
  '`lang=zh` links the `url` column to the Chinese pages), ' +
  `relevance order with q, else newest issued first. Columns, in this order: ${COLUMNS_DOC}. ` +
  'Citation: the `X-Citation` header and `Link: <…>; rel="cite-as"` on every format; in CSV also a final row whose slug cell is `#citation` ' +
  '(url cell: the export URL, title_en cell: the citation); in JSON the top-level `citation`, `url`, `generatedAt`, `query`, `total`, `columns` beside `items`; ' +
  'in NDJSON a first line `{"meta": {…}}`. CSV is UTF-8 with a byte-order mark (Excel), CRLF line ends, lists joined with "|", and a text cell starting with = + - @ tab or CR prefixed with \' (never run as a formula).';

/** Every export takes a slot of the process's export gate (ExportSender), so every export may answer 429. */
const BUSY = 'Too many exports streaming at once, in all or from this client (code export/busy); see Retry-After';

/**
 * The documentation of one format of an export: the summary says `what` is exported, `refused` is the 400's
 * text; the media type is the one the download sends.
 */
const ExportDoc =
  ({ what, description, refused }: { what: string; description: string; refused: string }) =>
  (format: ExportFormat) =>
    applyDecorators(
      ApiOperation({ summary: `Export ${what} as ${format.toUpperCase()}`, description }),
      ApiProduces(EXPORT_FORMATS[format].split(';')[0]),
      ApiResponse({ status: 200, description: `${format.toUpperCase()} download (Content-Disposition: attachment)` }),
      ApiBadRequestResponse({ standardSchema: ErrorSchema, description: refused }),
      ApiTooManyRequestsResponse({ standardSchema: ErrorSchema, description: BUSY }),
    );

const EntriesExport = ExportDoc({
  what: 'matching entries',
  description: DESCRIPTION,
  refused: 'Unknown parameter, unknown code or malformed value (code request/invalid)',
});

const TARGET_COLUMNS_DOC = TARGET_EXPORT_COLUMNS.map(([name, doc]) => `\`${name}\` (${doc})`).join(', ');
const TARGET_DESCRIPTION =
  'Streams every target of the published entries matching the filters (those of GET /api/targets, the metric optional, no paging), one row per target, ' +
  `in the targets table's order (place, metric, year). Columns, in this order: ${TARGET_COLUMNS_DOC}. ` +
  'Citation as for the entries export: the `X-Citation` header and `Link: <…>; rel="cite-as"`; in CSV a final row whose jurisdiction cell is `#citation` ' +
  '(url cell: the export URL, source_text cell: the citation); in JSON the top-level `citation`, `url`, `generatedAt`, `query`, `total`, `columns` beside `items`. ' +
  "CSV is UTF-8 with a byte-order mark, CRLF line ends, and a text cell starting with = + - @ tab or CR prefixed with ' (never run as a formula).";

const TargetsExport = ExportDoc({
  what: 'the targets of published entries',
  description: TARGET_DESCRIPTION,
  refused: 'Unknown parameter, metric or region, or a malformed value (code request/invalid)',
});

@ApiTags('export')
@Controller('export')
export class ExportController {
  constructor(
    private readonly exports: ExportService,
    private readonly targetExports: TargetExportService,
  ) {}

  @Get('entries.csv')
  @EntriesExport('csv')
  csv(@OutputQuery() output: EntryOutputQuery, @Req() req: Request, @Res() res: Response) {
    return this.exports.send(output, 'csv', req, res);
  }

  @Get('entries.json')
  @EntriesExport('json')
  json(@OutputQuery() output: EntryOutputQuery, @Req() req: Request, @Res() res: Response) {
    return this.exports.send(output, 'json', req, res);
  }

  @Get('entries.ndjson')
  @EntriesExport('ndjson')
  ndjson(@OutputQuery() output: EntryOutputQuery, @Req() req: Request, @Res() res: Response) {
    return this.exports.send(output, 'ndjson', req, res);
  }

  @Get('targets.csv')
  @TargetsExport('csv')
  targetsCsv(@Query({ schema: TargetExportQuerySchema }) query: TargetExportQuery, @Req() req: Request, @Res() res: Response) {
    return this.targetExports.send(query, 'csv', req, res);
  }

  @Get('targets.json')
  @TargetsExport('json')
  targetsJson(@Query({ schema: TargetExportQuerySchema }) query: TargetExportQuery, @Req() req: Request, @Res() res: Response) {
    return this.targetExports.send(query, 'json', req, res);
  }
}
