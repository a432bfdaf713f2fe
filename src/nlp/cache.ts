// One bounded memo for word-level lookups: a Map that is emptied when it has grown past its limit
// before a new entry goes in (names and word forms repeat across articles; memory stays bounded).

/** A memo Map that is cleared when a set finds more than `limit` entries ("new BoundedCache(50000)"). */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly limit: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Stores the value (clearing the whole memo first when it holds more than the limit); returns the value. */
  set(key: K, value: V): V {
    if (this.map.size > this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  /** The memoised value, computed and stored on a miss. */
  getOrCompute(key: K, compute: (key: K) => V): V {
    const known = this.map.get(key);
    if (known !== undefined) return known;
    return this.set(key, compute(key));
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}
