import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/config';

export type { Logger };

/**
 * One pino logger for the process: JSON lines in production and tests (machines read them),
 * pino-pretty in development (people read them).
 */
export function createLogger(config: Pick<AppConfig, 'app'>): Logger {
  const pretty = config.app.nodeEnv === 'development' && config.app.logLevel !== 'silent';
  return pino({
    level: config.app.logLevel,
    base: { app: 'dualcarbon' },
    // Connection strings may carry passwords; never let one reach a log line.
    redact: { paths: ['*.password', 'password', 'req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { colorize: true, singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app' } } }
      : {}),
  });
}
