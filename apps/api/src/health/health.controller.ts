import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { DATABASE_RETRY_AFTER_S } from '../common/errors';
import { HealthService } from './health.service';

const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['up', 'down']),
  version: z.string(),
});

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and database reachability' })
  @ApiOkResponse({ standardSchema: HealthSchema })
  @ApiServiceUnavailableResponse({ standardSchema: HealthSchema, description: 'The database is unreachable' })
  async get(@Res({ passthrough: true }) res: Response) {
    const report = await this.health.check();
    res.status(report.database === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    if (report.database === 'down') res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
    res.setHeader('Cache-Control', 'no-store');
    return report;
  }
}
