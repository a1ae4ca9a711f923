/**
 * `Promise.all(items.map(fn))` with at most `limit` calls in flight: tens of thousands of file
 * reads or writes at once run out of file descriptors (EMFILE). Results keep the input order.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}

/** How many files to read or write at once. */
export const FILE_CONCURRENCY = 64;
