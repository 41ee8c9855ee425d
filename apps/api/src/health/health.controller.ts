import { HealthSchema, LivenessSchema, ReadinessSchema } from '@dualcarbon/domain';
import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DATABASE_RETRY_AFTER_S } from '../common/errors';
import { Endpoint } from '../common/route-decorators';
import { HealthService } from './health.service';

/** 200 when up, else 503 with Retry-After; never cached. */
async function answer<R>(res: Response, report: R | Promise<R>, ok: (report: R) => boolean): Promise<R> {
  const done = await report;
  const up = ok(done);
  res.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
  if (!up) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
  res.setHeader('Cache-Control', 'no-store');
  return done;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Endpoint({
    summary: 'Liveness and database reachability',
    answer: HealthSchema,
    errors: { 503: { standardSchema: HealthSchema, description: 'The database is unreachable' } },
  })
  get(@Res({ passthrough: true }) res: Response) {
    return answer(res, this.health.check(), (report) => report.database === 'up');
  }

  @Get('live')
  @Endpoint({
    summary: 'Liveness: the process serves HTTP',
    description: 'Never touches the database, so an outage does not get healthy processes restarted. For liveness probes.',
    answer: LivenessSchema,
  })
  live(@Res({ passthrough: true }) res: Response) {
    return answer(res, this.health.live(), () => true);
  }

  @Get('ready')
  @Endpoint({
    summary: 'Readiness: the database answers and every migration has run',
    description: 'For readiness probes and load balancers: 503 with Retry-After while this instance cannot serve requests.',
    answer: ReadinessSchema,
    errors: { 503: { standardSchema: ReadinessSchema, description: 'The database is unreachable, or migrations are pending' } },
  })
  ready(@Res({ passthrough: true }) res: Response) {
    return answer(res, this.health.ready(), (report) => report.status === 'ok');
  }
}
