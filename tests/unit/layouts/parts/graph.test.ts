import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../../layouts/parts/graph.ts';

const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('network labels', () => {
  it('never overlap, and the most mentioned are labelled first', () => {
    const nodes = Array.from({ length: 80 }, (_, i) => ({
      id: `n${i}`,
      name: `Entity ${i}`,
      type: 'place' as const,
      weight: 80 - i,
      x: 100 + (i % 10) * 30,
      y: 100 + Math.floor(i / 10) * 20,
    }));
    const labels = placeLabels(nodes, () => 4, 960, 720);
    expect(labels[0]!.id).toBe('n0');
    const boxes = labels.map((l) => ({
      x0: l.x - l.text.length * 3.3,
      x1: l.x + l.text.length * 3.3,
      y0: l.y - 10,
      y1: l.y + 3,
    }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });
});
