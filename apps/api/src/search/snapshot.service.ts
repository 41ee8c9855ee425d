import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { LOGGER } from '../logging/logger.token';
import { pgPoolOf } from '../database/pg-pool';
import { ChangeListener } from './change-listener';
import { FreshRead } from './fresh-read';
import { RequestVersion } from './request-version';
import { pruneChanges, readSearchVersion, readSnapshotSource, titleOrder, type Snapshot } from './snapshot';
import { SnapshotBuilder } from './snapshot-builder';

/** Rows kept in dc_search.changes before old ones are deleted (deleting costs one extra reload). */
const PRUNE_ABOVE = 1000;

/**
 * Hands out the current snapshot of published entries. Every call compares the snapshot's version
 * with dc_search.changes (a sub-millisecond query on a tiny table, shared by concurrent calls) and reloads when a change has
 * committed since, so results are never stale; concurrent callers share one reload.
 */
@Injectable()
export class SnapshotService implements OnApplicationBootstrap, OnModuleDestroy {
  private snapshot?: Snapshot;
  private loading?: Promise<Snapshot>;
  /** Concurrent requests share one version query (each still sees every change committed before it asked). */
  private readonly versionRead = new FreshRead(() => readSearchVersion(this.db));

  constructor(
    /** Public reads: the replica when DATABASE_READ_URL is set. */
    @InjectReadDataSource() private readonly db: DataSource,
    /** Pruning dc_search.changes is a write. */
    @InjectDataSource() private readonly primary: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Reloads as soon as a public change commits, so readers seldom wait for a reload. */
  private listener?: ChangeListener;
  private readonly builder = new SnapshotBuilder();

  /** Loads the first snapshot in the background, so the first search does not wait for it, and listens for changes. */
  onApplicationBootstrap() {
    this.refresh();
    this.listener = new ChangeListener(
      () => pgPoolOf(this.primary),
      () => this.refresh(),
      this.logger,
    );
    this.listener.start();
  }

  async onModuleDestroy() {
    await this.listener?.stop();
    await this.builder.close();
  }

  /** Brings the snapshot up to date in the background. */
  private refresh(): void {
    this.current().catch((err: unknown) => this.logger.warn({ context: 'Search', err }, 'search snapshot: reload failed'));
  }

  /** The version of public entries now: it moves with every committed change to a public entry row or its targets. */
  version(): Promise<string> {
    return this.versionRead.get();
  }

  /** The version for one request, read only if its search does not read it along the way. */
  requestVersion(): RequestVersion {
    return new RequestVersion(() => this.version());
  }

  /** The snapshot loaded last, without checking that it is current (a hint, never an answer). */
  latest(): Snapshot | undefined {
    return this.snapshot;
  }

  /** `seen`: a version read for the caller after its request arrived (spares a second read). */
  async current(seen?: string): Promise<Snapshot> {
    const v = seen ?? (await this.versionRead.get());
    if (this.snapshot?.version === v) return this.snapshot;
    const loaded = await this.reload();
    // A reload that was already running may have read an older version than ours: one more pass.
    return loaded.version === v ? loaded : this.reload();
  }

  private reload(): Promise<Snapshot> {
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async load(): Promise<Snapshot> {
    const started = Date.now();
    const runner = this.db.createQueryRunner();
    let source;
    try {
      source = await readSnapshotSource((await runner.connect()) as PoolClient);
    } finally {
      await runner.release();
    }
    // Built on a worker thread (posting lists included): the API keeps answering meanwhile.
    const snapshot = await this.builder.build(source);
    this.snapshot = snapshot;
    // The title order (another scan) now rather than at the first title sort.
    titleOrder(snapshot, this.db).catch(() => undefined);
    this.logger.debug({ context: 'Search', entries: snapshot.size, ms: Date.now() - started, threaded: this.builder.threaded }, 'search snapshot loaded');
    const [maxId, count] = snapshot.version.split(':').map(Number);
    // The newest row stays: the version becomes "<maxId>:1", which no earlier state had. Emptying the
    // table would bring back "0:0", the version of a fresh database, and with it answers cached then.
    if (count > PRUNE_ABOVE) await pruneChanges(this.primary, maxId);
    return snapshot;
  }
}
