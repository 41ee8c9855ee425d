import 'reflect-metadata';
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { superviseWorkers } from './cluster/supervisor';
import { createApp } from './app.factory';
import { loadConfigOrExit, type AppConfig } from './config/config';
import { createDataSource } from './database/data-source';
import { openDatabase, type DatabaseHandle } from './database/database';
import { banner, baseUrl } from './http/banner';
import { trackRequests, type Drain } from './http/drain';
import { createLogger } from './logging/logger';
import { SeedService } from './seed/seed.service';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** How long a shutdown waits for requests in flight (the force-exit timer below is longer). */
const DRAIN_TIMEOUT_MS = 10_000;

/** Whether this process is one of several HTTP workers (WEB_CONCURRENCY > 1) run by a supervisor. */
const isWorker = cluster.isWorker;

async function main() {
  const config = loadConfigOrExit(process.env, { server: true });
  const logger = createLogger(config);
  if (config.app.workers > 1 && cluster.isPrimary) return supervise(config, logger);
  return serve(config, logger);
}

/**
 * Several workers: this process opens the database (starting the embedded one if needed), migrates and
 * seeds it once, then runs the workers on that URL and prints the banner when they all listen.
 */
async function supervise(config: AppConfig, logger: Logger) {
  let db: DatabaseHandle | undefined;
  try {
    db = await openDatabase(config, logger);
    const dataSource = createDataSource(db.url, logger);
    await dataSource.initialize(); // runs the migrations
    try {
      if (config.seed.onStart) await new SeedService(dataSource, config, logger).run();
    } finally {
      await dataSource.destroy();
    }
  } catch (err) {
    reportStartupFailure(logger, err);
    await db?.stop().catch(() => undefined);
    logger.flush();
    process.exit(1);
  }
  const database = db;
  superviseWorkers({
    workers: config.app.workers,
    env: { DATABASE_URL: database.url, SEED_ON_START: 'false' },
    logger,
    onListening: (port) => process.stdout.write(`\n${banner(baseUrl(config, port))}\n  (${config.app.workers} worker processes)\n\n`),
    onStopped: () => database.stop(),
  });
}

/** One HTTP server: the whole app in this process, or one worker of several. */
async function serve(config: AppConfig, logger: Logger) {
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
    // Workers: the supervisor prints the banner once all of them listen.
    if (!isWorker) process.stdout.write(`\n${banner(baseUrl(config, port))}\n\n`);
  } catch (err) {
    reportStartupFailure(logger, err);
    await shutdown('startup-failure', 1);
  }
}

/**
 * A person starting the app reads one line saying what to do; the stack goes to the debug log
 * (LOG_LEVEL=debug), since a start that fails on configuration or a busy port is not a crash.
 */
function reportStartupFailure(logger: Logger, err: unknown) {
  const message = err instanceof Error ? err.message : String(err);
  logger.fatal(`dualcarbon could not start: ${message}`);
  logger.debug({ err }, 'startup failure');
  logger.flush();
  if (process.env.NODE_ENV === 'production') process.stderr.write(`\ndualcarbon could not start: ${message}\n`);
}

void main();
