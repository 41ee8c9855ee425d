/**
 * The search snapshot's version for one request: read when first asked (a read started after the
 * request arrived), or supplied by a statement the request's search ran itself after arriving — the
 * text match reads the version in its own snapshot — which spares a fresh search one round trip.
 * Whichever comes first is the request's version. `settled` tells it, without starting a read, to the
 * cache of whole answers, which keeps the answer under it.
 */
export class RequestVersion {
  private value?: Promise<string>;
  private settle!: (v: Promise<string>) => void;
  readonly settled: Promise<string>;

  constructor(private readonly read: () => Promise<string>) {
    this.settled = new Promise<string>((resolve) => (this.settle = resolve));
    this.settled.catch(() => undefined); // a failed read is reported to whoever called get()
  }

  /** The request's version: the supplied one, or one read now (once). */
  get(): Promise<string> {
    if (!this.value) {
      this.value = this.read();
      this.settle(this.value);
    }
    return this.value;
  }

  /** A version read by a statement that started after the request arrived; ignored once the version is known. */
  supply(version: string): void {
    if (this.value) return;
    this.value = Promise.resolve(version);
    this.settle(this.value);
  }
}
