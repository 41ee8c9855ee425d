import { ErrorSchema } from '@dualcarbon/domain';
import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { MetricsService } from './metrics.service';
import { MetricsTokenGuard } from './metrics-token.guard';

@ApiTags('observability')
@Controller('observability')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get('metrics')
  @UseGuards(MetricsTokenGuard)
  @ApiOperation({
    summary: 'Prometheus metrics: request durations and counts by route template, database pools, process',
    description:
      'Prometheus text exposition format. With METRICS_TOKEN set, send `Authorization: Bearer <METRICS_TOKEN>`; unset, the route is open ' +
      '(keep it on the internal network). Never cached, never readable cross-origin. (Not to be confused with GET /api/metrics, the list of policy metrics.)',
  })
  @ApiOkResponse({ description: 'Prometheus text format, version 0.0.4', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiUnauthorizedResponse({
    standardSchema: ErrorSchema,
    description: 'METRICS_TOKEN is set and the bearer token is missing or wrong (code metrics/unauthorized)',
  })
  async get(@Res() res: Response): Promise<void> {
    const body = await this.metrics.render();
    res.status(200).setHeader('Content-Type', this.metrics.contentType);
    res.setHeader('Cache-Control', 'no-store');
    // end(), not send(): send() would add an ETag and answer If-None-Match with 304, and nothing here is to be revalidated.
    res.end(body);
  }
}
