/**
 * At most `size` holders at once; the others wait in arrival order. For work that takes a core and much memory
 * (worker threads): more at once would only share the cores and add their heaps.
 */
export class Slots {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(private readonly size: number) {}

  /** Holders waiting for a slot. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Waits for a slot; the returned function gives it back (call it once). A signal aborted while waiting rejects. */
  async take(signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    if (this.running >= this.size) {
      await new Promise<void>((resolve, reject) => {
        const turn = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = () => {
          const at = this.queue.indexOf(turn);
          if (at >= 0) this.queue.splice(at, 1);
          const reason: unknown = signal!.reason;
          reject(reason instanceof Error ? reason : new Error(String(reason)));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        this.queue.push(turn);
      });
    }
    this.running++;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.running--;
      this.queue.shift()?.();
    };
  }
}
