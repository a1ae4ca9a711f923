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

/**
 * The value the last build kept under a key, when the new one equals it: the same object then stands for the same
 * content from build to build, so that a memo's key can name it by identity (`Memo.idOf`) instead of spelling it
 * out. Only for values that are never changed once made. What one build did not ask for is dropped at the next.
 */
export class Canon<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();
  private readonly equal: (a: T, b: T) => boolean;

  constructor(equal: (a: T, b: T) => boolean) {
    this.equal = equal;
  }

  /** `value`, or the equal value kept under `key` by this build or the last. */
  of(key: string, value: T): T {
    const kept = this.current.get(key) ?? this.previous.get(key);
    const same = kept !== undefined && (kept === value || this.equal(kept, value)) ? kept : value;
    this.current.set(key, same);
    return same;
  }

  nextBuild(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** Two lists of the same items: identical, or equal by `equal`, item for item. */
export function sameItems<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !equal(a[i]!, b[i]!)) return false;
  return true;
}

/**
 * Values by key from one build to the next, each set anew by the build that makes it or carried on unchanged: what a
 * build neither set nor carried is dropped when the next begins. For values a stage updates piece by piece (an
 * entity's mentions by article) rather than keys it can spell out.
 */
export class Generations<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();
  /** Counted by the caller: how many values of this build were the last build's, and how many were made again. */
  hits = 0;
  misses = 0;

  /** The value this build set or carried, else the last build's. */
  get(key: string): V | undefined {
    return this.current.get(key) ?? this.previous.get(key);
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
  }

  /** Keep the last build's value for the next one. */
  carry(key: string): void {
    const kept = this.previous.get(key);
    if (kept !== undefined) this.current.set(key, kept);
  }

  nextBuild(): void {
    this.previous = this.current;
    this.current = new Map();
    this.hits = 0;
    this.misses = 0;
  }
}
