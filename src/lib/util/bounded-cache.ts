// BoundedCache: values computed once per key while one order is read, forgotten wholesale when there are too many.
export class BoundedCache<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The value for `key`, computed by `compute` the first time it is asked for. */
  get(key: string, compute: (key: string) => V): V {
    const known = this.values.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(key, value);
    return value;
  }

  clear(): void {
    this.values.clear();
  }
}
