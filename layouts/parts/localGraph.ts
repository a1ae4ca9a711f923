import type { EntityType } from '../../scripts/core/types/common.ts';
import type { SiteEntity } from '../../scripts/core/types/site.ts';
import { ENTITY_TYPES } from '../../scripts/core/types/common.ts';
import type { Lookup, PageData } from './data.ts';
import { TYPE_LABEL } from './data.ts';
import { html, type SafeHtml } from './html.ts';
import { relationWords } from './format.ts';

export interface LocalNode {
  id: string;
  name: string;
  /** The label as drawn: cut to LABEL_CHARS. */
  label: string;
  type: EntityType;
  x: number;
  y: number;
  r: number;
  /** Where the label is drawn and how it is anchored. */
  lx: number;
  ly: number;
  anchor: 'start' | 'middle' | 'end';
  weight: number;
}

export interface LocalGraph {
  width: number;
  height: number;
  centre: LocalNode;
  neighbours: LocalNode[];
  /** Pairs of neighbours also named together. */
  links: [string, string][];
}

/** The strongest neighbours drawn around an entity. */
export const MAX_NEIGHBOURS = 12;
export const WIDTH = 460;
const ROW = 30;
const LABEL_CHARS = 15;
/** Approximate width of a label character at the drawn font size (12 px). */
export const CHAR_WIDTH = 7.2;

const cut = (s: string) => (s.length <= LABEL_CHARS ? s : `${s.slice(0, LABEL_CHARS - 1).trimEnd()}…`);

/**
 * The entity in the middle and its strongest neighbours on two arcs, left and right, one row each:
 * labels point outwards from their arc, one per row, so no two labels can overlap. Laid out at build time.
 */
export function localGraph(
  centre: { id: string; name: string; type: EntityType },
  neighbours: readonly { id: string; name: string; type: EntityType; weight: number }[],
  linked: (a: string, b: string) => boolean,
): LocalGraph {
  const chosen = neighbours.slice(0, MAX_NEIGHBOURS);
  const right = chosen.filter((_, i) => i % 2 === 0);
  const left = chosen.filter((_, i) => i % 2 === 1);
  const rows = Math.max(right.length, left.length, 1);
  const height = 24 + rows * ROW + 10;
  const cx = WIDTH / 2;
  const cy = height / 2;
  const maxW = Math.max(1, ...chosen.map((n) => n.weight));
  const place = (side: 1 | -1) => (n: (typeof chosen)[number], i: number, list: readonly unknown[]): LocalNode => {
    const y = cy + (i - (list.length - 1) / 2) * ROW;
    const t = (y - cy) / (height / 2);
    const x = cx + side * (55 + 40 * Math.sqrt(Math.max(0, 1 - t * t)));
    const r = 4 + 4 * Math.sqrt(n.weight / maxW);
    return { id: n.id, name: n.name, label: cut(n.name), type: n.type, x: round(x), y: round(y), r: round(r), lx: round(x + side * (r + 4)), ly: round(y + 4), anchor: side === 1 ? 'start' : 'end', weight: n.weight };
  };
  const placed = [...right.map(place(1)), ...left.map(place(-1))];
  const links: [string, string][] = [];
  for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) if (linked(placed[i]!.id, placed[j]!.id)) links.push([placed[i]!.id, placed[j]!.id]);
  const cr = 10;
  return {
    width: WIDTH,
    height,
    centre: { id: centre.id, name: centre.name, label: cut(centre.name), type: centre.type, x: cx, y: round(cy), r: cr, lx: cx, ly: round(cy + cr + 13), anchor: 'middle', weight: 0 },
    neighbours: placed,
    links,
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The bounding box of a label, for the overlap test. */
export function labelBox(n: LocalNode): { x0: number; x1: number; y0: number; y1: number } {
  const w = n.label.length * CHAR_WIDTH;
  const x0 = n.anchor === 'start' ? n.lx : n.anchor === 'end' ? n.lx - w : n.lx - w / 2;
  return { x0, x1: x0 + w, y0: n.ly - 10, y1: n.ly + 3 };
}

/** How many of a neighbour's relations are searched for links to the other neighbours. */
const NEIGHBOUR_SCAN = 200;
/** Links between neighbours drawn at most (as one path). */
const MAX_WEAK_LINKS = 24;
/** A spoke's width: 1 to 4 by the relation's weight. */
const spokeWidth = (weight: number) => Math.min(4, 1 + Math.floor(Math.log2(1 + weight / 2)));

/** The local graph of an entity page: static SVG, each node a link to its page, with a legend. */
export function localGraphSvg(d: PageData, l: Lookup, entity: SiteEntity): SafeHtml {
  const neighbours = entity.related.slice(0, MAX_NEIGHBOURS).flatMap((r) => {
    const e = l.entity.get(r.id);
    return e ? [{ id: e.id, name: e.name, type: e.type, weight: r.weight, ref: r }] : [];
  });
  if (!neighbours.length) return html``;
  const ids = new Set(neighbours.map((n) => n.id));
  // links between neighbours, looked for among each neighbour's strongest relations (a page's cost stays bounded)
  const near = new Map(neighbours.map((n) => [n.id, new Set((l.entity.get(n.id)?.related ?? []).slice(0, NEIGHBOUR_SCAN).filter((r) => ids.has(r.id)).map((r) => r.id))]));
  const g = localGraph(entity, neighbours, (a, b) => near.get(a)?.has(b) ?? false);
  const at = new Map(g.neighbours.map((n) => [n.id, n]));
  const words = new Map(neighbours.map((n) => [n.id, relationWords(n.ref)]));
  const to = (target: string) => l.href(target, d.page.url);
  const types = ENTITY_TYPES.filter((t) => t === entity.type || g.neighbours.some((n) => n.type === t));
  return html`<figure class="graph local-graph">
<svg viewBox="0 0 ${g.width} ${g.height}" aria-labelledby="lg-title"><title id="lg-title">${entity.name} and the ${g.neighbours.length} entities most often named with it</title>
<g class="links">${g.links.length ? html`<path class="weak" d="${g.links.slice(0, MAX_WEAK_LINKS).map(([a, b]) => `M${at.get(a)!.x} ${at.get(a)!.y}L${at.get(b)!.x} ${at.get(b)!.y}`).join('')}"/>` : ''}${[1, 2, 3, 4].map((w) => {
    const spokes = g.neighbours.filter((n) => spokeWidth(n.weight) === w);
    return spokes.length ? html`<path d="${spokes.map((n) => `M${g.centre.x} ${g.centre.y}L${n.x} ${n.y}`).join('')}" stroke-width="${w}"/>` : '';
  })}</g>
<circle class="node t-${entity.type}" cx="${g.centre.x}" cy="${g.centre.y}" r="${g.centre.r}"/><text class="centre" x="${g.centre.lx}" y="${g.centre.ly}" text-anchor="middle">${g.centre.label}</text>
${g.neighbours.map((n) => html`<a href="${to(l.entity.get(n.id)!.url)}"><title>${n.name}: ${words.get(n.id)}</title><circle class="node t-${n.type}" cx="${n.x}" cy="${n.y}" r="${n.r}"/><text x="${n.lx}" y="${n.ly}" text-anchor="${n.anchor}">${n.label}</text></a>`)}
</svg>
<figcaption class="legend">${types.map((t) => html`<span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" class="node t-${t}"/></svg> ${TYPE_LABEL[t].one}</span> `)}</figcaption>
</figure>`;
}
