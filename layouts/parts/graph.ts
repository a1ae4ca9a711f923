import type { GraphLayout, GraphNode } from '../../scripts/core/types/site.ts';
import type { EntityType } from '../../scripts/core/types/common.ts';
import { ENTITY_TYPES } from '../../scripts/core/types/common.ts';
import { TYPE_LABEL, type Lookup, type PageData } from './data.ts';
import { html, type SafeHtml } from './html.ts';

const LABEL_CHARS = 20;
const CHAR_WIDTH = 6.6;

export interface Label {
  id: string;
  text: string;
  x: number;
  y: number;
}

/** A long name is cut at a word, without an ellipsis, so the label stays part of the link's accessible name. */
const cut = (s: string) => {
  if (s.length <= LABEL_CHARS) return s;
  const space = s.lastIndexOf(' ', LABEL_CHARS);
  return space > 3 ? s.slice(0, space) : s;
};

/**
 * Labels that never overlap each other or leave the drawing: the most mentioned entities first, each below
 * its circle, else above it; an entity with no room keeps its name in its tooltip and its accessible name.
 */
export function placeLabels(
  nodes: readonly GraphNode[],
  radius: (n: GraphNode) => number,
  width: number,
  height: number,
): Label[] {
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const circles = nodes.map((n) => ({
    x0: n.x - radius(n),
    x1: n.x + radius(n),
    y0: n.y - radius(n),
    y1: n.y + radius(n),
  }));
  const hit = (b: (typeof boxes)[number]) =>
    boxes.some((o) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1);
  const labels: Label[] = [];
  for (const n of [...nodes].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1))) {
    const text = cut(n.name);
    const w = text.length * CHAR_WIDTH;
    for (const y of [n.y + radius(n) + 12, n.y - radius(n) - 4]) {
      const box = { x0: n.x - w / 2, x1: n.x + w / 2, y0: y - 10, y1: y + 3 };
      if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height) continue;
      if (
        hit(box) ||
        circles.some((c, i) => nodes[i] !== n && box.x0 < c.x1 && c.x0 < box.x1 && box.y0 < c.y1 && c.y0 < box.y1)
      )
        continue;
      boxes.push(box);
      labels.push({ id: n.id, text, x: Math.round(n.x * 10) / 10, y: Math.round(y * 10) / 10 });
      break;
    }
  }
  return labels;
}

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
  const radius = (n: GraphNode) => 4 + 9 * Math.sqrt(n.weight / maxWeight);
  const labels = new Map(placeLabels(graph.nodes, radius, graph.width, graph.height).map((lb) => [lb.id, lb]));
  return html`<figure class="graph">
<svg viewBox="0 0 ${graph.width} ${graph.height}" aria-labelledby="graph-title graph-desc">
<title id="graph-title">${title}</title>
<desc id="graph-desc">Each circle is an entity, coloured by type and linked to its page; each line joins two entities named together. The relations are listed on the relations pages.</desc>
<g class="edges">${graph.edges.map((e) => {
    const a = byId.get(e.source)!;
    const b = byId.get(e.target)!;
    return html`<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke-width="${Math.min(0.6 + e.weight * 0.3, 5).toFixed(1)}"/>`;
  })}</g>
<g class="nodes">${graph.nodes.map((n) => {
    const lb = labels.get(n.id);
    return html`<a href="${to(l.entity.get(n.id)?.url ?? '/')}" aria-label="${n.name} (${TYPE_LABEL[n.type].one})"><circle cx="${n.x}" cy="${n.y}" r="${radius(n).toFixed(1)}" class="node t-${n.type}"><title>${n.name}</title></circle>${lb ? html`<text x="${lb.x}" y="${lb.y}">${lb.text}</text>` : ''}</a>`;
  })}</g>
</svg>
<figcaption class="legend">${types.map((t) => html`<span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" class="node t-${t}"/></svg> ${TYPE_LABEL[t].one}</span> `)}</figcaption>
</figure>`;
}
