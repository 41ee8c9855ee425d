import type { z } from 'zod';
import type { AnswerOf } from '../http/answer';
import { HealthSchema, LivenessSchema, ReadinessSchema } from '@dualcarbon/domain';
import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DATABASE_RETRY_AFTER_S } from '../common/errors';
import { HealthService } from './health.service';

/** 200 when up, else 503 with Retry-After; never cached. */
function answer(res: Response, ok: boolean) {
  res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
  if (!ok) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
  res.setHeader('Cache-Control', 'no-store');
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and database reachability' })
  @ApiOkResponse({ standardSchema: HealthSchema })
  @ApiServiceUnavailableResponse({ standardSchema: HealthSchema, description: 'The database is unreachable' })
  async get(@Res({ passthrough: true }) res: Response): Promise<z.infer<typeof HealthSchema>> {
    const report = await this.health.check();
    answer(res, report.database === 'up');
    return report;
  }

  @Get('live')
  @ApiOperation({
    summary: 'Liveness: the process serves HTTP',
    description: 'Never touches the database, so an outage does not get healthy processes restarted. For liveness probes.',
  })
  @ApiOkResponse({ standardSchema: LivenessSchema })
  live(@Res({ passthrough: true }) res: Response): AnswerOf<typeof LivenessSchema> {
    answer(res, true);
    return this.health.live();
  }

  @Get('ready')
  @ApiOperation({
    summary: 'Readiness: the database answers and every migration has run',
    description: 'For readiness probes and load balancers: 503 with Retry-After while this instance cannot serve requests.',
  })
  @ApiOkResponse({ standardSchema: ReadinessSchema })
  @ApiServiceUnavailableResponse({ standardSchema: ReadinessSchema, description: 'The database is unreachable, or migrations are pending' })
  async ready(@Res({ passthrough: true }) res: Response): Promise<z.infer<typeof ReadinessSchema>> {
    const report = await this.health.ready();
    answer(res, report.status === 'ok');
    return report;
  }
}
