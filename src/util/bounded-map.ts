/**
 * A cache of values worked out from keys a pack repeats (its templates, paths, lists of facts), emptied
 * whole when it reaches `limit` entries: a long-running process given ever new keys does not grow without end.
 */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit = 1000) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Keeps the value under the key, and returns it. */
  set(key: K, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
