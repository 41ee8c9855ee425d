/**
 * Shares one database read among concurrent callers without ever handing a caller a value read
 * before it asked: a caller arriving while a read is running joins the *next* read, which starts
 * when the running one ends. Under load this is one query per round trip instead of one per request,
 * and every caller still sees every change committed before its call (READ COMMITTED).
 */
export class FreshRead<T> {
  private running?: Promise<T>;
  private next?: Promise<T>;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.running) return this.start();
    this.next ??= this.running.then(noop, noop).then(() => {
      this.next = undefined;
      return this.start();
    });
    return this.next;
  }

  private start(): Promise<T> {
    const p = this.read();
    this.running = p;
    const clear = () => {
      if (this.running === p) this.running = undefined;
    };
    p.then(clear, clear);
    return p;
  }
}

const noop = () => undefined;
