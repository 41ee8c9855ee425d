import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Piscina from 'piscina';
import { runIngestTask, type IngestTask, type IngestTaskResult } from './ingest-task';

/** Threads reading documents: one, so that on a 2-core machine the other core keeps serving HTTP. */
export const INGEST_THREADS = 1;
/** Ingestions waiting for the thread beyond which new ones are refused (429). */
export const INGEST_QUEUE = 8;
/** A document that takes longer than this is given up (its thread is terminated). */
export const INGEST_TIMEOUT_MS = 60_000;
/** Heap of a reading thread: a DOCX that inflates past it (a ZIP bomb) kills the thread, not the API. */
const THREAD_HEAP_MB = 768;

export class IngestQueueFull extends Error {}

/**
 * Runs ingestions on a worker thread (piscina), so a 40-page PDF does not stop the API answering
 * anyone else, and a hostile file meets a heap limit and a timeout. Where the compiled worker is not
 * there (the test runner loads the TypeScript sources), the same code runs on this thread.
 */
export class IngestPool {
  private readonly script = join(__dirname, 'ingest-worker.js');
  readonly threaded = __filename.endsWith('.js') && existsSync(this.script);
  private pool?: Piscina<IngestTask, IngestTaskResult>;
  private inline = 0;

  async run(task: IngestTask): Promise<IngestTaskResult> {
    const signal = AbortSignal.timeout(INGEST_TIMEOUT_MS);
    if (!this.threaded) {
      if (this.inline >= INGEST_QUEUE) throw new IngestQueueFull();
      this.inline++;
      try {
        return await runIngestTask(task);
      } finally {
        this.inline--;
      }
    }
    const pool = (this.pool ??= new Piscina({
      filename: this.script,
      minThreads: 0,
      maxThreads: INGEST_THREADS,
      idleTimeout: 60_000,
      maxQueue: INGEST_QUEUE,
      resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
    }));
    const transferList = task.data ? [task.data.buffer as ArrayBuffer] : [];
    try {
      return await pool.run(task, { signal, transferList });
    } catch (err) {
      const message = (err as Error)?.message ?? '';
      if (/Task queue is at limit/.test(message)) throw new IngestQueueFull();
      if (signal.aborted) return { ok: false, kind: 'too_complex', message: `Reading the document took longer than ${INGEST_TIMEOUT_MS / 1000} s` };
      if ((err as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory/i.test(message)) {
        return { ok: false, kind: 'too_complex', message: 'The document needs more memory to read than allowed (is it a compressed archive bomb?)' };
      }
      throw err;
    }
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
