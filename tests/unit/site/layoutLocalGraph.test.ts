import { describe, expect, it } from 'vitest';
import { labelBox, localGraph, WIDTH } from '../../../scripts/site/layoutLocalGraph.ts';

const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('local graph', () => {
  it.each([1, 2, 8, 12, 15])('%i neighbours: labelled, inside the drawing, no two labels overlap', (n) => {
    const neighbours = Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      name: `A rather long name number ${i}`,
      type: 'person' as const,
      weight: n - i,
    }));
    const g = localGraph({ id: 'c', name: 'The entity in the middle', type: 'group' }, neighbours, () => true);
    const nodes = [g.centre, ...g.neighbours];
    expect(g.neighbours).toHaveLength(Math.min(n, 12));
    for (const node of nodes) {
      const box = labelBox(node);
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(WIDTH);
      expect(box.y0).toBeGreaterThanOrEqual(0);
      expect(box.y1).toBeLessThanOrEqual(g.height);
    }
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) expect(overlaps(labelBox(nodes[i]!), labelBox(nodes[j]!))).toBe(false);
  });
});
