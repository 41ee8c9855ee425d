import { Inject, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { LOGGER } from '../logging/logger.token';

/** A row of a mail queue table, claimed for sending: its `attempts` already counts this try. */
export interface ClaimedRow {
  id: string;
  attempts: number;
}

/** Delay before the next try after `attempts` failed ones: base · 2^(attempts−1), at most an hour. */
export const backoffMs = (attempts: number, baseMs: number) => Math.min(3_600_000, baseMs * 2 ** Math.max(0, attempts - 1));

/**
 * The loop both mail queues (newsletter sends, notification mail) share: one drain at a time per
 * process — a kick during a run runs the drain again once it ends — stopped for shutdown, and
 * awaited by tests. Rows are claimed by the drain itself (FOR UPDATE SKIP LOCKED), so several
 * processes may work one queue.
 */
export class SerialDrain {
  private running?: Promise<void>;
  private again = false;
  private stoppedFlag = false;

  constructor(
    private readonly drain: () => Promise<void>,
    private readonly onError: (err: unknown) => void,
    /** Called before each run starts (e.g. to cancel a timer the last run set). */
    private readonly beforeRun: () => void = () => {},
  ) {}

  get stopped(): boolean {
    return this.stoppedFlag;
  }

  kick(): void {
    if (this.stoppedFlag) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.beforeRun();
    this.running = this.drain()
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves when the current run (and any run it kicked) is over. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** No new runs; the current one ends at its next check of `stopped`. */
  async stop(): Promise<void> {
    this.stoppedFlag = true;
    await this.running;
  }
}

/**
 * A mail queue's life in the process: one SerialDrain over the subclass's drain(), kicked after the
 * transaction that queued mail commits, awaited by tests and stopped at shutdown; `timer` is the
 * subclass's next look at the table. The queue's batch size and retry limits are the mail settings;
 * they and the logger are injected here (as properties, so subclasses inject only what they add).
 */
export abstract class DrainingQueue implements OnModuleDestroy {
  protected timer?: NodeJS.Timeout;
  protected readonly loop: SerialDrain;
  @Inject(LOGGER) private readonly logger: Logger;
  @Inject(APP_CONFIG) private readonly config: AppConfig;

  protected constructor(context: string, stoppedMessage: string) {
    this.loop = new SerialDrain(
      () => this.drain(),
      (err) => this.logger.error({ err, context }, stoppedMessage),
      () => this.beforeRun(),
    );
  }

  /** Claims and sends due rows until none are left or the loop is stopped. */
  protected abstract drain(): Promise<void>;

  /** Called before each run starts. */
  protected beforeRun(): void {}

  /** A drain's loop: claims a batch (of MAIL_BATCH_SIZE), delivers its rows one by one, until no row is due or the loop is stopped. */
  protected async drainBatches<Row>(claim: (batchSize: number) => Promise<Row[]>, deliver: (row: Row) => Promise<unknown>): Promise<void> {
    while (!this.loop.stopped) {
      const batch = await claim(this.config.mail.batchSize);
      if (!batch.length) return;
      for (const row of batch) await deliver(row);
    }
  }

  /**
   * Tries one claimed row (`send` sends it and records it as sent); a failure is retried with
   * exponential backoff until MAIL_MAX_ATTEMPTS, then recorded as failed with the error's message
   * (at most 1,000 characters).
   */
  protected async attempt(row: ClaimedRow, send: () => Promise<void>, record: FailureOutcomes): Promise<void> {
    const limits = this.config.mail;
    try {
      await send();
    } catch (err) {
      const error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
      if (row.attempts >= limits.maxAttempts) return void (await record.failed(error));
      await record.retry(error, backoffMs(row.attempts, limits.retryBaseMs) / 1000);
    }
  }

  /** Starts working through due rows unless already at it (then it looks again when done). */
  kick(): void {
    this.loop.kick();
  }

  /** For tests and shutdown: resolves when the current run is over. */
  idle(): Promise<void> {
    return this.loop.idle();
  }

  async onModuleDestroy() {
    clearTimeout(this.timer); // clears an interval as well
    await this.loop.stop();
    await this.idle();
  }
}

/** What a queue records about a row whose try failed. */
export interface FailureOutcomes {
  failed(error: string): Promise<unknown>;
  retry(error: string, delaySeconds: number): Promise<unknown>;
}
