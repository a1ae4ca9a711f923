import { MAP_HEIGHT, MAP_WIDTH, projectPoint } from '../../scripts/link/projectMap.ts';
import type { SiteEntity } from '../../scripts/types.ts';
import type { Lookup, PageData } from './data.ts';
import { html, type SafeHtml } from './html.ts';

export interface MapOptions {
  /** Centre the view on this place, zoomed in. */
  focus?: SiteEntity;
  id: string;
}

/**
 * An offline map: the base map (assets/world.svg, projected at build time) under one marker
 * per place, each a link to its page (named by its aria-label). No tiles, no network, no script.
 * The full map lists the places with their coordinates; a place's own map sits beside its table of related places.
 */
export function placesMap(d: PageData, { href }: Lookup, places: readonly SiteEntity[], { focus, id }: MapOptions): SafeHtml {
  const located = places.filter((p) => p.geo);
  if (located.length === 0) return html``;
  let view = { x: 0, y: 0, w: MAP_WIDTH, h: MAP_HEIGHT };
  if (focus?.geo) {
    const [cx, cy] = projectPoint(focus.geo.lat, focus.geo.lon);
    const w = MAP_WIDTH / 5;
    const h = MAP_HEIGHT / 5;
    view = { x: clamp(cx - w / 2, 0, MAP_WIDTH - w), y: clamp(cy - h / 2, 0, MAP_HEIGHT - h), w, h };
  }
  const r = view.w / 160;
  const to = (target: string) => href(target, d.page.url);
  const inView = located
    .map((p) => ({ p, xy: projectPoint(p.geo!.lat, p.geo!.lon) }))
    .filter(({ xy: [x, y] }) => x >= view.x && x <= view.x + view.w && y >= view.y && y <= view.y + view.h);
  const markers = inView.map(({ p, xy }) => {
    const [x, y] = xy;
    const here = p.id === focus?.id;
    return html`<a href="${to(p.url)}" aria-label="${p.name}"><circle cx="${x}" cy="${y}" r="${here ? r * 1.6 : r}" class="marker${here ? ' here' : ''}"><title>${p.name}</title></circle></a>`;
  });
  return html`<figure class="map">
<svg viewBox="${view.x} ${view.y} ${view.w} ${view.h}" aria-labelledby="${id}-title" preserveAspectRatio="xMidYMid meet">
<title id="${id}-title">${focus ? `Map around ${focus.name}` : 'Map of the places named in the articles'}</title>
<image href="${to('/assets/world.svg')}" x="0" y="0" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"/>
${markers}
</svg>
${focus ? '' : html`<figcaption><details><summary>Places on this map (${inView.length})</summary><ul class="coords">${inView.map(({ p }) =>
    html`<li><a href="${to(p.url)}">${p.name}</a> ${formatCoord(p.geo!.lat, 'N', 'S')}, ${formatCoord(p.geo!.lon, 'E', 'W')}</li>`,
  )}</ul></details></figcaption>`}
</figure>`;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

const formatCoord = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v >= 0 ? pos : neg}`;
