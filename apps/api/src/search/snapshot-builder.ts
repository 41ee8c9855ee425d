import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { postingIndex } from './postings';
import { snapshotOf, type Snapshot, type SnapshotSource } from './snapshot';
import { unpackSnapshot, type PackedSnapshot } from './snapshot-transfer';

type Reply = { id: number; packed?: PackedSnapshot; error?: string };

/**
 * Turns the rows read from PostgreSQL into a snapshot on a worker thread, so the API keeps answering
 * while a reload builds (about a second of CPU at 100k entries). The arrays come back moved, not
 * copied. Where the compiled worker is not there to run (the test runner loads the TypeScript
 * sources), the snapshot is built on this thread instead: the same code, only blocking.
 */
export class SnapshotBuilder {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (s: Snapshot) => void; reject: (err: Error) => void }>();
  private readonly script = join(__dirname, 'snapshot-worker.js');
  readonly threaded = __filename.endsWith('.js') && existsSync(this.script);

  build(source: SnapshotSource): Promise<Snapshot> {
    if (!this.threaded) {
      const s = snapshotOf(source);
      postingIndex(s);
      return Promise.resolve(s);
    }
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<Snapshot>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, source });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.unref(); // an idle builder keeps nobody alive
    worker.on('message', ({ id, packed, error }: Reply) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (!waiting) return;
      if (packed) waiting.resolve(unpackSnapshot(packed));
      else waiting.reject(new Error(`search snapshot build failed: ${error}`));
    });
    // A crashed worker fails what it had in hand; the next build starts a new one.
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const { reject } of this.pending.values()) reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`search snapshot worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }
}
