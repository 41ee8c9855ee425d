import type { Logger } from 'pino';
import { Client, type Pool } from 'pg';

/** How long to wait before opening the listening connection again after it failed or was lost. */
const RETRY_MS = 5_000;

/**
 * One connection that LISTENs for committed public changes (each row in dc_search.changes sends
 * NOTIFY dc_search_change), so the search snapshot reloads right after a publish rather than when the
 * next reader asks and must wait for it. Best effort: requests still check the version themselves, so
 * without it (PgBouncer in transaction mode, a lost connection) nothing is ever stale, only slower.
 */
export class ChangeListener {
  private client?: Client;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    /** The primary's pool, whose settings the listening connection copies (NOTIFY is not sent on replicas). */
    private readonly pool: () => Pool | undefined,
    private readonly onChange: () => void,
    private readonly logger: Logger,
    private readonly retryMs = RETRY_MS,
  ) {}

  start(): void {
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const options = this.pool()?.options;
    if (this.stopped || !options) return;
    const client = new Client({ ...options, application_name: 'dualcarbon-search-listener' });
    client.on('notification', () => this.onChange());
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query('LISTEN dc_search_change');
      if (this.stopped) return void client.end().catch(() => undefined);
      this.client = client;
      this.onChange(); // whatever committed while nobody listened
    } catch (err) {
      this.lost(client, err);
    }
  }

  private lost(client: Client, err?: unknown): void {
    if (this.client === client) this.client = undefined;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.stopped || this.retry) return;
    this.logger.warn(
      { context: 'Search', err },
      `search change listener: connection lost; reconnecting in ${this.retryMs} ms (searches still check for changes)`,
    );
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, this.retryMs);
    this.retry.unref();
  }
}
