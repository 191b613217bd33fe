/**
 * A small least-recently-used cache of promises, for values computed from immutable data (a version's tree, a
 * comparison of two versions): concurrent callers share one computation, and a failed one is forgotten.
 */
export class PromiseCache<V> {
  private readonly entries = new Map<string, Promise<V>>();

  constructor(private readonly capacity: number) {}

  get(key: string, compute: () => Promise<V>): Promise<V> {
    let value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
    } else {
      value = compute();
      value.catch(() => this.entries.delete(key));
    }
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
