import type { GraphLayout, GraphNode } from '../../scripts/core/types/site.ts';
import type { EntityType } from '../../scripts/core/types/common.ts';
import { ENTITY_TYPES } from '../../scripts/core/types/common.ts';
import { TYPE_LABEL, type Lookup, type PageData } from './data.ts';
import { html, type SafeHtml } from './html.ts';

const LABEL_CHARS = 20;
/** Label sizes in the drawing's units: the wide view's, and the narrow screen's (fewer, larger labels). */
export const WIDE_FONT = 11;
export const NARROW_FONT = 26;
/** On a narrow screen only the most mentioned entities are considered for a label. */
const NARROW_LABELS = 14;
/** On a narrow screen only the most mentioned entities are drawn at all (the others are on the relations pages). */
export const NARROW_NODES = 30;
/** The most mentioned entities, always labelled: more places are tried for their labels. */
const HUBS = 8;
/** Room kept around a label (its outline is drawn 1.5 units wide). */
const PAD = 2;

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface Label {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the label is kept in: no other label's box and no node's circle meet it. */
  box: Box;
  /** A line from the node's edge towards the label, for a label set far from its node: x1, y1, x2, y2. */
  leader?: [number, number, number, number];
}

/** A long name is cut at a word, without an ellipsis, so the label stays part of the link's accessible name. */
const cut = (s: string) => {
  if (s.length <= LABEL_CHARS) return s;
  const space = s.lastIndexOf(' ', LABEL_CHARS);
  return space > 3 ? s.slice(0, space) : s;
};

/** A generous estimate of a text's width in a sans-serif face (wide letters counted wide), in font units. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[mwMW@]/.test(ch)) em += 0.9;
    else if (/[A-Z]/.test(ch)) em += 0.72;
    else if (/[ijlI.,'’ :;!|]/.test(ch)) em += 0.32;
    else if (/[a-z0-9]/.test(ch)) em += 0.6;
    else em += 0.8;
  }
  return em * size;
}

/** Whether a circle and a box meet. */
export const circleMeetsBox = (cx: number, cy: number, r: number, b: Box): boolean =>
  Math.hypot(cx - Math.max(b.x0, Math.min(cx, b.x1)), cy - Math.max(b.y0, Math.min(cy, b.y1))) < r;

export const boxesMeet = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Where a label may go around its node, in order of preference: [dx, dy, anchor] for a gap `g`. */
const spots = (g: number, size: number): [number, number, Label['anchor']][] => [
  [0, g + size * 0.95, 'middle'],
  [0, -g - size * 0.3, 'middle'],
  [g, size * 0.3, 'start'],
  [-g, size * 0.3, 'end'],
  [g * 0.7, g * 0.7 + size * 0.95, 'start'],
  [-g * 0.7, g * 0.7 + size * 0.95, 'end'],
  [g * 0.7, -g * 0.7 - size * 0.3, 'start'],
  [-g * 0.7, -g * 0.7 - size * 0.3, 'end'],
];

/** From this far out, a label is joined to its node by a thin leader line. */
const LEADER_GAP = 12;

/** More places for a hub's label: sixteen directions, further and further out (up to 80 units from its edge at the wide size, further for larger labels). */
const ring = (r: number, size: number): [number, number, Label['anchor']][] =>
  [6, 11, 18, 27, 40, 58, 80].flatMap((step) =>
    Array.from({ length: 16 }, (_, i): [number, number, Label['anchor']] => {
      const angle = (i * Math.PI) / 8;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
      // larger labels need to go further out to find room
      const gap = (step * size) / WIDE_FONT;
      // the text's baseline sits below the point when the label is under the node, above it when over
      const dy = sin > 0.3 ? size * 0.95 : sin < -0.3 ? -size * 0.3 : size * 0.3;
      return [cos * (r + gap), sin * (r + gap) + dy, anchor];
    }),
  );

export interface LabelOptions {
  /** Font size in the drawing's units. */
  size: number;
  /** Only the most mentioned `limit` entities are considered. */
  limit: number;
  /** Nodes no label may cover (default: the nodes labelled). */
  obstacles?: readonly GraphNode[];
}

/**
 * Labels that never overlap each other, any node's circle, or the edge of the drawing: the most mentioned
 * entities first, each in the first free place around its circle (below, above, right, left, then the diagonals;
 * further out for the hubs), so the largest nodes are always labelled and small ones lose theirs first. An
 * entity with no room keeps its name in its tooltip and its accessible name.
 */
export function placeLabels(
  nodes: readonly GraphNode[],
  radius: (n: GraphNode) => number,
  width: number,
  height: number,
  { size, limit, obstacles = nodes }: LabelOptions = { size: WIDE_FONT, limit: Infinity },
): Label[] {
  const boxes: Box[] = [];
  const free = (b: Box) =>
    b.x0 >= 0 &&
    b.x1 <= width &&
    b.y0 >= 0 &&
    b.y1 <= height &&
    !boxes.some((o) => boxesMeet(b, o)) &&
    !obstacles.some((m) => circleMeetsBox(m.x, m.y, radius(m) + 1 + (size > WIDE_FONT ? size / 8 : 0), b));
  const labels: Label[] = [];
  const order = [...nodes].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1)).slice(0, limit);
  order.forEach((n, rank) => {
    const text = cut(n.name);
    const w = textWidth(text, size);
    const r = radius(n);
    const tries = rank < HUBS ? [...spots(r + 3, size), ...ring(r, size)] : spots(r + 3, size);
    for (const [dx, dy, anchor] of tries) {
      const x = Math.round((n.x + dx) * 10) / 10;
      const y = Math.round((n.y + dy) * 10) / 10;
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      // a sans-serif face's ascent and descent, with room to spare
      const box = { x0: x0 - PAD, x1: x0 + w + PAD, y0: y - size * 0.95 - PAD, y1: y + size * 0.3 + PAD };
      if (!free(box)) continue;
      boxes.push(box);
      const label: Label = { id: n.id, text, x, y, anchor, box };
      // the nearest point of the box, and the node's edge facing it
      const px = Math.max(box.x0, Math.min(n.x, box.x1));
      const py = Math.max(box.y0, Math.min(n.y, box.y1));
      const gap = Math.hypot(px - n.x, py - n.y);
      if (gap - r > LEADER_GAP) {
        const round = (v: number) => Math.round(v * 10) / 10;
        const ex = n.x + ((px - n.x) / gap) * r;
        const ey = n.y + ((py - n.y) / gap) * r;
        label.leader = [round(ex), round(ey), round(px), round(py)];
      }
      labels.push(label);
      return;
    }
  });
  return labels;
}

/** A node's radius: 4 to 13 units by the square root of its mentions. */
export const graphRadius = (maxWeight: number) => (n: GraphNode) => 4 + 9 * Math.sqrt(n.weight / maxWeight);

/** A laid-out network as static SVG: circles coloured by type and linked to their pages, readable labels, a legend. */
export function graphSvg(
  d: PageData,
  l: Lookup,
  graph: GraphLayout,
  title: string,
  types: readonly EntityType[] = ENTITY_TYPES,
): SafeHtml {
  const to = (target: string) => l.href(target, d.page.url);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const maxWeight = Math.max(1, ...graph.nodes.map((n) => n.weight));
  const radius = graphRadius(maxWeight);
  const wide = new Map(placeLabels(graph.nodes, radius, graph.width, graph.height).map((lb) => [lb.id, lb]));
  // a narrow screen draws the most mentioned nodes only ("minor" ones are hidden there), with fewer, larger labels
  const major = [...graph.nodes].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1)).slice(0, NARROW_NODES);
  const isMajor = new Set(major.map((n) => n.id));
  const narrow = new Map(
    placeLabels(major, radius, graph.width, graph.height, {
      size: NARROW_FONT,
      limit: NARROW_LABELS,
      // the nodes a narrow screen draws (the others are hidden at the same width as these labels are shown)
      obstacles: major,
    }).map((lb) => [lb.id, lb]),
  );
  const minor = (...ids: string[]) => (ids.every((id) => isMajor.has(id)) ? '' : html` class="minor"`);
  const text = (lb: Label | undefined, className: string) =>
    lb
      ? html`${lb.leader ? html`<line class="leader ${className}" x1="${lb.leader[0]}" y1="${lb.leader[1]}" x2="${lb.leader[2]}" y2="${lb.leader[3]}"/>` : ''}<text class="${className}" x="${lb.x}" y="${lb.y}" text-anchor="${lb.anchor}">${lb.text}</text>`
      : '';
  return html`<figure class="graph" data-graph>
<svg viewBox="0 0 ${graph.width} ${graph.height}" aria-labelledby="graph-title graph-desc">
<title id="graph-title">${title}</title>
<desc id="graph-desc">Each circle is an entity, coloured by type and linked to its page; each line joins two entities named together. The relations are listed on the relations pages.</desc>
<g class="viewport">
<g class="edges">${graph.edges.map((e) => {
    const a = byId.get(e.source)!;
    const b = byId.get(e.target)!;
    return html`<line${minor(e.source, e.target)} x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke-width="${Math.min(0.6 + e.weight * 0.3, 5).toFixed(1)}" data-a="${e.source}" data-b="${e.target}"/>`;
  })}</g>
<g class="nodes">${graph.nodes.map(
    (n) =>
      html`<a${minor(n.id)} href="${to(l.entity.get(n.id)?.url ?? '/')}" aria-label="${n.name} (${TYPE_LABEL[n.type].one})" data-id="${n.id}"><circle cx="${n.x}" cy="${n.y}" r="${radius(n).toFixed(1)}" class="node t-${n.type}"><title>${n.name}</title></circle>${text(wide.get(n.id), 'lb-wide')}${text(narrow.get(n.id), 'lb-narrow')}</a>`,
  )}</g>
</g>
</svg>
<figcaption class="legend">${types.map((t) => html`<span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" class="node t-${t}"/></svg> ${TYPE_LABEL[t].one}</span> `)}</figcaption>
</figure>`;
}
