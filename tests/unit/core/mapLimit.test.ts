import { describe, expect, it } from 'vitest';

describe('mapLimit', () => {
  it.each([
    [0, 3],
    [1, 1],
    [10, 3],
    [100, 64],
  ])('%i items, at most %i at once, results in order', async (n, limit) => {
    const { mapLimit } = await import('../../../scripts/core/mapLimit.ts');
    let inFlight = 0;
    let most = 0;
    const out = await mapLimit(
      Array.from({ length: n }, (_, i) => i),
      limit,
      async (x) => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, (x * 7) % 5));
        inFlight--;
        return x * 2;
      },
    );
    expect(out).toEqual(Array.from({ length: n }, (_, i) => i * 2));
    expect(most).toBeLessThanOrEqual(limit);
  });
});
