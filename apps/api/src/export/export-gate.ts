import { clientKey } from '../common/client-key';
import type { ExportSection } from './export.config';

/** What a refused export is told: come back in this many seconds. */
export const EXPORT_RETRY_AFTER_SECONDS = 10;

/**
 * How many exports stream at once in this process: at most `maxConcurrent`, and at most `maxPerClient`
 * for one client address. A download holds its slot until its response closes (finished, failed or
 * abandoned). Counted per process, as what it protects (the export pool, memory, the event loop) is.
 */
export class ExportGate {
  private running = 0;
  private readonly perClient = new Map<string, number>();

  constructor(private readonly limits: Pick<ExportSection, 'maxConcurrent' | 'maxPerClient'>) {}

  /** A release function when there is room, else null (answer 429). */
  enter(ip: string | null | undefined): (() => void) | null {
    const key = clientKey(ip ?? null);
    const mine = this.perClient.get(key) ?? 0;
    if (this.running >= this.limits.maxConcurrent || mine >= this.limits.maxPerClient) return null;
    this.running++;
    this.perClient.set(key, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      const left = (this.perClient.get(key) ?? 1) - 1;
      if (left > 0) this.perClient.set(key, left);
      else this.perClient.delete(key);
    };
  }

  get active(): number {
    return this.running;
  }
}
