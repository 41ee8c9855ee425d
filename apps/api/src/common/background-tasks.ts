/** Work that outlives the request that started it, kept so that shutdown (and tests) can wait for it to end. */
export class BackgroundTasks {
  private readonly running = new Set<Promise<unknown>>();

  /** Keeps `task` until it settles (a rejection is the caller's to handle, as with the task itself). */
  track(task: Promise<unknown>): void {
    const tracked = task.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  /** Resolves when every task tracked so far has ended, however it ended. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}
