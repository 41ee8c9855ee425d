import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.factory';
import { loadConfigOrExit } from './config/config';
import { openDatabase, type DatabaseHandle } from './database/database';
import { banner, baseUrl } from './http/banner';
import { trackRequests, type Drain } from './http/drain';
import { createLogger } from './logging/logger';
import { SeedService } from './seed/seed.service';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** How long a shutdown waits for requests in flight (the force-exit timer below is longer). */
const DRAIN_TIMEOUT_MS = 10_000;

async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  let db: DatabaseHandle | undefined;
  let app: NestExpressApplication | undefined;
  let requests: Drain | undefined;
  let stopping = false;

  // Drain HTTP first (no new connections; requests in flight finish), then close the app (its pools),
  // then the embedded database. Nest's app.close() alone ends the pools before the HTTP server.
  const shutdown = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(code || 1), 15_000).unref();
    try {
      const drained = await requests?.drain(DRAIN_TIMEOUT_MS);
      if (drained && !drained.finished) logger.warn({ timeoutMs: DRAIN_TIMEOUT_MS }, 'requests still running at shutdown were cut');
      await app?.close();
      await db?.stop();
    } catch (err) {
      logger.error({ err }, 'error during shutdown');
      code ||= 1;
    }
    clearTimeout(force);
    logger.flush();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

  try {
    db = await openDatabase(config, logger);
    app = await createApp({ config, databaseUrl: db.url, logger });
    if (config.seed.onStart) await app.get(SeedService).run();
    requests = trackRequests(app.getHttpServer());
    await app.listen(config.app.port, config.app.host);
    const { port } = app.getHttpServer().address() as AddressInfo;
    process.stdout.write(`\n${banner(baseUrl(config, port))}\n\n`);
  } catch (err) {
    logger.fatal({ err }, `dualcarbon could not start: ${(err as Error).message}`);
    await shutdown('startup-failure', 1);
  }
}

void main();
