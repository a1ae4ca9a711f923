/**
 * A memo of pure results between builds of one process (the warm build of `npm start`): a value is kept under a key
 * that spells out everything it was computed from, so a hit gives exactly what computing again would give. What one
 * build did not ask for is dropped when the next begins (`nextBuild`), so the memo holds one build's results at most.
 * The stages take a memo as an option and stay functions of their input: without one they compute everything.
 */
export class Memo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();
  /** A number for each object that is never changed once made (articles, sentence spans), by identity. */
  private ids = new WeakMap<object, number>();
  private lastId = 0;
  hits = 0;
  misses = 0;

  /** The value kept under `key`, else `make()` kept under it. */
  get(key: string, make: () => V): V {
    const here = this.current.get(key);
    if (here !== undefined) return here;
    const kept = this.previous.get(key);
    if (kept !== undefined) {
      this.hits++;
      this.current.set(key, kept);
      return kept;
    }
    this.misses++;
    const value = make();
    this.current.set(key, value);
    return value;
  }

  /**
   * A number that stands for `value` in keys: the same object always gets the same number, another object another
   * one. Only for objects that are never changed once made (the warm build keeps articles and extractions as they
   * were read), so the number stands for the content too.
   */
  idOf(value: object): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = ++this.lastId;
      this.ids.set(value, id);
    }
    return id;
  }

  /** Start a new build: what the last build did not use goes. */
  nextBuild(): void {
    this.previous = this.current;
    this.current = new Map();
    this.hits = 0;
    this.misses = 0;
  }
}
