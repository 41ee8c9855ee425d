import type { EntryOutputQuery } from '@dualcarbon/domain';
import { applyDecorators, Controller, Get, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ErrorSchema } from '../entries/entries.schemas';
import { OutputQuery } from '../taxonomy/entry-params';
import { EXPORT_COLUMNS } from './columns';
import { ExportService } from './export.service';

const COLUMNS_DOC = EXPORT_COLUMNS.map(([name, doc]) => `\`${name}\` (${doc})`).join(', ');
const DESCRIPTION =
  `Streams every published entry matching the filters (same parameters as GET /api/entries, without paging; ` +
  '`lang=zh` links the `url` column to the Chinese pages), ' +
  `relevance order with q, else newest issued first. Columns, in this order: ${COLUMNS_DOC}. ` +
  'Citation: the `X-Citation` header and `Link: <…>; rel="cite-as"` on every format; in CSV also a final row whose slug cell is `#citation` ' +
  '(url cell: the export URL, title_en cell: the citation); in JSON the top-level `citation`, `url`, `generatedAt`, `query`, `total`, `columns` beside `items`; ' +
  'in NDJSON a first line `{"meta": {…}}`. CSV is UTF-8 with a byte-order mark (Excel), CRLF line ends, lists joined with "|".';

const ExportDoc = (format: string, type: string) =>
  applyDecorators(
    ApiOperation({ summary: `Export matching entries as ${format}`, description: DESCRIPTION }),
    ApiProduces(type),
    ApiResponse({ status: 200, description: `${format} download (Content-Disposition: attachment)` }),
    ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'Unknown parameter, unknown code or malformed value (code request/invalid)' }),
  );

@ApiTags('export')
@Controller('export')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get('entries.csv')
  @ExportDoc('CSV', 'text/csv')
  csv(@OutputQuery() output: EntryOutputQuery, @Req() req: Request, @Res() res: Response) {
    return this.exports.send(output, 'csv', req, res);
  }

  @Get('entries.json')
  @ExportDoc('JSON', 'application/json')
  json(@OutputQuery() output: EntryOutputQuery, @Req() req: Request, @Res() res: Response) {
    return this.exports.send(output, 'json', req, res);
  }

  @Get('entries.ndjson')
  @ExportDoc('NDJSON', 'application/x-ndjson')
  ndjson(@OutputQuery() output: EntryOutputQuery, @Req() req: Request, @Res() res: Response) {
    return this.exports.send(output, 'ndjson', req, res);
  }
}
