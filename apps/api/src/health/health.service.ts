import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { API_VERSION } from '../version';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  version: string;
}

const PROBE_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async check(): Promise<HealthReport> {
    const up = await this.databaseUp();
    return { status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down', version: API_VERSION };
  }

  /** A load balancer polls this: answer within the timeout even when the database hangs. */
  private async databaseUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)));
    const probe = this.db.isInitialized ? this.db.query('SELECT 1').then(() => true, () => false) : Promise.resolve(false);
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
