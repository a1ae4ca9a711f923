import type { EntityType } from '../core/types/common.ts';
import type { Relation } from '../core/types/evidence.ts';
import type { GraphLayout } from '../core/types/site.ts';
import type { Memo } from '../core/memo.ts';

export interface Options {
  width: number;
  height: number;
  /** The most connected entities are drawn; the rest are listed in the text alternative. */
  maxNodes: number;
  iterations: number;
  margin: number;
  /** The strongest relations among the drawn entities are drawn; a page of lines stays small. */
  maxEdges: number;
  /** Layouts of the last builds of this process, by the nodes and edges drawn and these options. */
  memo: Memo<GraphLayout> | undefined;
}

export const defaultOptions: Options = {
  width: 960,
  height: 720,
  maxNodes: 80,
  iterations: 300,
  margin: 50,
  maxEdges: 240,
  memo: undefined,
};

interface NodeInput {
  id: string;
  name: string;
  type: EntityType;
  weight: number;
}

/**
 * A deterministic force-directed layout (Fruchterman–Reingold with a fixed cooling schedule),
 * computed at build time so the page needs no layout code. Nodes start on a circle in id order:
 * the same data always gives the same picture.
 */
export function layoutGraph(
  entities: readonly NodeInput[],
  relations: readonly Relation[],
  options: Partial<Options> = {},
): GraphLayout {
  const opts = { ...defaultOptions, ...options };
  const chosen = chooseNodes(entities, relations, opts.maxNodes);
  const index = new Map(chosen.map((e, i) => [e.id, i]));
  // every relation among the drawn entities pulls in the layout; only the strongest are drawn
  const edges = relations
    .filter((r) => index.has(r.source) && index.has(r.target))
    .map(({ source, target, weight }) => ({ source, target, weight }));
  const { memo, ...settings } = opts;
  if (memo) return memo.get(JSON.stringify([chosen, edges, settings]), () => lay(chosen, edges, index, opts));
  return lay(chosen, edges, index, opts);
}

/** The force-directed layout of the chosen nodes and their edges. */
function lay(
  chosen: readonly NodeInput[],
  edges: GraphLayout['edges'],
  index: ReadonlyMap<string, number>,
  opts: Options,
): GraphLayout {
  const n = chosen.length;
  const { width, height, margin } = opts;
  const innerW = width - 2 * margin;
  const innerH = height - 2 * margin;
  const layout = startOnCircle(n, innerW, innerH);
  let temperature = innerW / 10;
  const cooling = temperature / (opts.iterations + 1);
  for (let step = 0; step < opts.iterations; step++) {
    layout.dx.fill(0);
    layout.dy.fill(0);
    repelAll(layout);
    attractAlong(layout, edges, index);
    moveNodes(layout, temperature);
    temperature -= cooling;
  }
  const nodes = fitNodes(chosen, layout, { margin, innerW, innerH });
  return { width, height, nodes, edges: edges.slice(0, opts.maxEdges) };
}

/** Positions and displacements of the nodes, and the ideal distance between two of them. */
interface Layout {
  n: number;
  x: Float64Array;
  y: Float64Array;
  dx: Float64Array;
  dy: Float64Array;
  k: number;
}

/** The most connected entities (summed relation weight), at most `maxNodes`, in id order. */
function chooseNodes(entities: readonly NodeInput[], relations: readonly Relation[], maxNodes: number): NodeInput[] {
  const degree = new Map<string, number>();
  for (const r of relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + r.weight);
    degree.set(r.target, (degree.get(r.target) ?? 0) + r.weight);
  }
  return [...entities]
    .filter((e) => degree.has(e.id))
    .sort((a, b) => degree.get(b.id)! - degree.get(a.id)! || b.weight - a.weight || (a.id < b.id ? -1 : 1))
    .slice(0, maxNodes)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The starting layout: `n` nodes evenly on a circle, no displacement yet. */
function startOnCircle(n: number, innerW: number, innerH: number): Layout {
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    x[i] = Math.cos(angle) * innerW * 0.4;
    y[i] = Math.sin(angle) * innerH * 0.4;
  }
  const k = Math.sqrt((innerW * innerH) / Math.max(n, 1)) * 0.75;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  return { n, x, y, dx, dy, k };
}

/** Every pair of nodes pushes apart. */
function repelAll({ n, x, y, dx, dy, k }: Layout): void {
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const ddx = x[i]! - x[j]!;
      const ddy = y[i]! - y[j]!;
      const dist = Math.max(Math.hypot(ddx, ddy), 0.01);
      const force = (k * k) / dist;
      dx[i]! += (ddx / dist) * force;
      dy[i]! += (ddy / dist) * force;
      dx[j]! -= (ddx / dist) * force;
      dy[j]! -= (ddy / dist) * force;
    }
  }
}

/** Every relation pulls its two nodes together, the stronger the harder. */
function attractAlong(
  { x, y, dx, dy, k }: Layout,
  edges: readonly { source: string; target: string; weight: number }[],
  index: ReadonlyMap<string, number>,
): void {
  for (const e of edges) {
    const i = index.get(e.source)!;
    const j = index.get(e.target)!;
    const ddx = x[i]! - x[j]!;
    const ddy = y[i]! - y[j]!;
    const dist = Math.max(Math.hypot(ddx, ddy), 0.01);
    const force = ((dist * dist) / k) * Math.min(1 + Math.log1p(e.weight), 3) * 0.5;
    dx[i]! -= (ddx / dist) * force;
    dy[i]! -= (ddy / dist) * force;
    dx[j]! += (ddx / dist) * force;
    dy[j]! += (ddy / dist) * force;
  }
}

/** Each node moves along its displacement, by at most `temperature`. */
function moveNodes({ n, x, y, dx, dy, k }: Layout, temperature: number): void {
  for (let i = 0; i < n; i++) {
    // a weak pull to the centre keeps separate clusters on the page
    dx[i]! -= x[i]! * 0.02 * k;
    dy[i]! -= y[i]! * 0.02 * k;
    const len = Math.max(Math.hypot(dx[i]!, dy[i]!), 0.01);
    x[i]! += (dx[i]! / len) * Math.min(len, temperature);
    y[i]! += (dy[i]! / len) * Math.min(len, temperature);
  }
}

/** The nodes with their positions scaled and centred into the drawing area, rounded to a tenth. */
function fitNodes(
  chosen: readonly NodeInput[],
  { x, y }: Layout,
  { margin, innerW, innerH }: { margin: number; innerW: number; innerH: number },
): GraphLayout['nodes'] {
  // Fit into the drawing area.
  const [minX, maxX] = extent(x);
  const [minY, maxY] = extent(y);
  const scale = Math.min(innerW / Math.max(maxX - minX, 1), innerH / Math.max(maxY - minY, 1));
  const round = (v: number) => Math.round(v * 10) / 10;
  return chosen.map((e, i) => ({
    ...e,
    x: round(margin + (x[i]! - minX) * scale + (innerW - (maxX - minX) * scale) / 2),
    y: round(margin + (y[i]! - minY) * scale + (innerH - (maxY - minY) * scale) / 2),
  }));
}

function extent(values: Float64Array): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return Number.isFinite(min) ? [min, max] : [0, 0];
}
