import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The type colours of style.css, checked as a contrast tool would: every type colour and the link colour reach
 * WCAG AA (4.5:1) on the page and on panels, in light and dark mode; and the colours stay apart (CIE76 ΔE in
 * CIELAB) from the link colour and from each other, seen normally and through the Machado et al. (2009)
 * simulations of protanopia, deuteranopia and tritanopia at full severity. Type badges do not rely on colour
 * alone: they are boxed, never underlined, with a shape per type.
 */
const CSS = readFileSync(new URL('../../../../layouts/files/style.css', import.meta.url), 'utf8');

/** The custom properties of the first `:root { … }` after `from`. */
function vars(from: number): Record<string, string> {
  const start = CSS.indexOf(':root {', from);
  const block = CSS.slice(start, CSS.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}
const MODES = { light: vars(0), dark: vars(CSS.indexOf('prefers-color-scheme: dark')) };

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => linear(Number.parseInt(hex.slice(i, i + 2), 16) / 255)) as number[];
const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

/** Machado, Oliveira & Fernandes (2009), severity 1, on linear RGB. */
const VISION: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const simulate = (c: number[], m: number[][]) =>
  m.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((n, k, j) => n + k * c[j]!, 0),
      ),
    ),
  );
function lab([r, g, b]: number[]): number[] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
  const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
  const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: string, b: string, m: number[][]) => {
  const [p, q] = [lab(simulate(rgb(a), m)), lab(simulate(rgb(b), m))];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
};

const TYPES = ['person', 'group', 'place'] as const;

describe.each(Object.entries(MODES))('the %s colours', (_, colours) => {
  it('are all read from style.css', () => {
    for (const name of ['bg', 'panel', 'link', ...TYPES]) expect(colours[name], name).toMatch(/^#/);
  });

  it.each(['link', ...TYPES])('%s reaches 4.5:1 on the page and on panels', (name) => {
    expect(contrast(colours[name]!, colours.bg!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours[name]!, colours.panel!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.keys(VISION))('every type stays apart from links and from the other types (%s)', (vision) => {
    const m = VISION[vision]!;
    const pairs = [...TYPES.map((t) => ['link', t]), ['person', 'group'], ['person', 'place'], ['group', 'place']];
    for (const [a, b] of pairs) {
      // normal vision: clearly different hues; simulated: still told apart (ΔE 10 is plainly visible side by side)
      expect(deltaE(colours[a!]!, colours[b!]!, m), `${a} / ${b}`).toBeGreaterThanOrEqual(
        vision === 'normal' ? 40 : 10,
      );
    }
  });
});

describe('type badges', () => {
  it('are boxed, never underlined, and carry a shape per type besides their colour', () => {
    const rule = /\.type-badge \{([^}]*)\}/.exec(CSS)?.[1] ?? '';
    expect(rule).toMatch(/border: 1px solid currentColor/);
    expect(rule).toMatch(/text-decoration: none/);
    const shapes = TYPES.map((t) => new RegExp(`\\.type-badge\\.t-${t}::before \\{ content: "(.)`).exec(CSS)?.[1]);
    expect(shapes.every(Boolean)).toBe(true);
    expect(new Set(shapes).size).toBe(3);
  });
});
