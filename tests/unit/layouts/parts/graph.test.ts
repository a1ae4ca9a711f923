import { describe, expect, it } from 'vitest';
import {
  boxesMeet,
  circleMeetsBox,
  NARROW_FONT,
  placeLabels,
  textWidth,
  WIDE_FONT,
} from '../../../../layouts/parts/graph.ts';
import { mulberry32 } from '../../../../scripts/core/random.ts';

/** A crowded network: a dense core of large hubs and a ring of small nodes, positions from a seeded PRNG. */
function network(count: number, seed: number) {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const core = i < count / 4;
    const angle = random() * 2 * Math.PI;
    const distance = (core ? 120 : 360) * Math.sqrt(random());
    return {
      id: `n${i}`,
      name: i % 5 === 0 ? `Ministry of Entity Affairs ${i}` : `Entity ${i}`,
      type: 'place' as const,
      weight: count - i,
      x: Math.round(480 + distance * Math.cos(angle)),
      y: Math.round(360 + distance * Math.sin(angle) * 0.8),
    };
  });
}

describe('network labels', () => {
  it.each([
    [WIDE_FONT, Infinity, 1],
    [WIDE_FONT, Infinity, 2],
    [NARROW_FONT, 14, 3],
  ])('at %i units (at most %s labels, seed %i) never meet each other or any node, hubs first', (size, limit, seed) => {
    const nodes = network(80, seed);
    const radius = (n: { weight: number }) => 4 + 9 * Math.sqrt(n.weight / 80);
    const labels = placeLabels(nodes, radius, 960, 720, { size, limit });
    expect(labels[0]!.id).toBe('n0');
    // the three largest nodes are always labelled
    for (const id of ['n0', 'n1', 'n2']) expect(labels.some((l) => l.id === id)).toBe(true);
    for (const [i, l] of labels.entries()) {
      expect(l.box.x0).toBeGreaterThanOrEqual(0);
      expect(l.box.x1).toBeLessThanOrEqual(960);
      for (const other of labels.slice(i + 1)) expect(boxesMeet(l.box, other.box)).toBe(false);
      for (const n of nodes) expect(circleMeetsBox(n.x, n.y, radius(n), l.box)).toBe(false);
      // the box holds the text as drawn
      const w = textWidth(l.text, size);
      expect(l.box.x1 - l.box.x0).toBeGreaterThanOrEqual(w);
    }
    expect(labels.length).toBeLessThanOrEqual(Math.min(limit, 80));
  });
});
