/**
 * The local graph of an entity page: the entity in the middle and its strongest neighbours on two arcs, laid out
 * at build time so that the template only draws it.
 */
import type { EntityType } from '../core/types/common.ts';
import type { LocalGraph, LocalNode, SiteEntity } from '../core/types/site.ts';

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
  const place =
    (side: 1 | -1) =>
    (n: (typeof chosen)[number], i: number, list: readonly unknown[]): LocalNode => {
      const y = cy + (i - (list.length - 1) / 2) * ROW;
      const t = (y - cy) / (height / 2);
      const x = cx + side * (55 + 40 * Math.sqrt(Math.max(0, 1 - t * t)));
      const r = 4 + 4 * Math.sqrt(n.weight / maxW);
      return {
        id: n.id,
        name: n.name,
        label: cut(n.name),
        type: n.type,
        x: round(x),
        y: round(y),
        r: round(r),
        lx: round(x + side * (r + 4)),
        ly: round(y + 4),
        anchor: side === 1 ? 'start' : 'end',
        weight: n.weight,
      };
    };
  const placed = [...right.map(place(1)), ...left.map(place(-1))];
  const links: [string, string][] = [];
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++)
      if (linked(placed[i]!.id, placed[j]!.id)) links.push([placed[i]!.id, placed[j]!.id]);
  const cr = 10;
  return {
    width: WIDTH,
    height,
    centre: {
      id: centre.id,
      name: centre.name,
      label: cut(centre.name),
      type: centre.type,
      x: cx,
      y: round(cy),
      r: cr,
      lx: cx,
      ly: round(cy + cr + 13),
      anchor: 'middle',
      weight: 0,
    },
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

/** For each entity, the rank of each of its strongest `NEIGHBOUR_SCAN` relations, by the related entity's id. */
export type NearIndex = (id: string) => ReadonlyMap<string, number>;

/**
 * A lazy NearIndex over the entities: each entity's ranks are made the first time they are asked for, or taken from
 * `kept` (ranks by list of relations, for a process that builds again: a list that is the same object reads the same).
 */
export function nearIndex(
  byId: ReadonlyMap<string, SiteEntity>,
  kept?: WeakMap<readonly SiteEntity['related'][number][], ReadonlyMap<string, number>>,
): NearIndex {
  const none: SiteEntity['related'] = [];
  const ranks = kept ?? new WeakMap<readonly SiteEntity['related'][number][], ReadonlyMap<string, number>>();
  return (id) => {
    const related = byId.get(id)?.related ?? none;
    let rank = ranks.get(related);
    if (!rank) {
      const made = new Map<string, number>();
      for (let i = 0; i < Math.min(related.length, NEIGHBOUR_SCAN); i++)
        if (!made.has(related[i]!.id)) made.set(related[i]!.id, i);
      ranks.set(related, made);
      rank = made;
    }
    return rank;
  };
}

/** The local graph of an entity, or undefined when it has no neighbour to draw. */
export function layoutLocalGraph(
  entity: SiteEntity,
  byId: ReadonlyMap<string, SiteEntity>,
  near: NearIndex = nearIndex(byId),
): LocalGraph | undefined {
  const neighbours = entity.related.slice(0, MAX_NEIGHBOURS).flatMap((r) => {
    const e = byId.get(r.id);
    return e ? [{ id: e.id, name: e.name, type: e.type, weight: r.weight }] : [];
  });
  if (!neighbours.length) return undefined;
  // links between neighbours, looked for among each neighbour's strongest relations (a page's cost stays bounded)
  return localGraph(entity, neighbours, (a, b) => near(a).has(b));
}
