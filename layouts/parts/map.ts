import { MAP_HEIGHT, MAP_WIDTH } from '../../scripts/core/sitePages.ts';
import type { SiteEntity } from '../../scripts/core/types/site.ts';
import type { Lookup, PageData } from './data.ts';
import { html, type SafeHtml } from './html.ts';

export interface MapOptions {
  /** Mark this place as the page's own. */
  focus?: SiteEntity;
  id: string;
}

/** Places labelled on a map: the most mentioned. */
const LABELLED = 8;

/** The view that fits the points, padded, never narrower than a region, in the map's proportions. */
export function fitView(points: readonly [number, number][]): { x: number; y: number; w: number; h: number } {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const pad = 30;
  let x0 = Math.min(...xs) - pad;
  let x1 = Math.max(...xs) + pad;
  let y0 = Math.min(...ys) - pad;
  let y1 = Math.max(...ys) + pad;
  const ratio = MAP_WIDTH / MAP_HEIGHT;
  let w = Math.max(x1 - x0, MAP_WIDTH / 6);
  let h = Math.max(y1 - y0, w / ratio);
  w = Math.max(w, h * ratio);
  h = w / ratio;
  if (w > MAP_WIDTH) return { x: 0, y: 0, w: MAP_WIDTH, h: MAP_HEIGHT };
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  x0 = clamp(cx - w / 2, 0, MAP_WIDTH - w);
  y0 = clamp(cy - h / 2, 0, Math.max(0, MAP_HEIGHT - h));
  x1 = x0 + w;
  y1 = y0 + h;
  return { x: round(x0), y: round(y0), w: round(x1 - x0), h: round(y1 - y0) };
}

/**
 * An offline map: the base map (assets/world.svg, projected at build time) under one marker per place,
 * sized by its mentions, each a link to its page; the most mentioned are labelled. The view fits the places.
 * No tiles, no network, no script. The full map lists the places with their coordinates.
 */
export function placesMap(
  d: PageData,
  { href }: Lookup,
  places: readonly SiteEntity[],
  { focus, id }: MapOptions,
): SafeHtml {
  const located = places.filter((p) => p.xy).map((p) => ({ p, xy: p.xy! }));
  if (located.length === 0) return html``;
  const view = fitView(located.map((x) => x.xy));
  const unit = view.w / 160;
  const max = Math.max(1, ...located.map(({ p }) => p.mentionCount));
  const radius = (p: SiteEntity) => unit * (0.6 + 1.6 * Math.sqrt(p.mentionCount / max));
  const labelled = new Set(
    [...located]
      .sort((a, b) => b.p.mentionCount - a.p.mentionCount)
      .slice(0, LABELLED)
      .map(({ p }) => p.id),
  );
  const to = (target: string) => href(target, d.page.url);
  const font = (view.w / MAP_WIDTH) * 17;
  const markers = [...located]
    .sort((a, b) => b.p.mentionCount - a.p.mentionCount)
    .map(({ p, xy: [x, y] }) => {
      const here = p.id === focus?.id;
      const r = radius(p);
      return html`<a href="${to(p.url)}" aria-label="${p.name}"><circle cx="${x}" cy="${y}" r="${round(r)}" class="marker${here ? ' here' : ''}"><title>${p.name}</title></circle>${labelled.has(p.id) || here ? html`<text class="map-label" x="${round(x + r + unit * 0.5)}" y="${round(y + font * 0.35)}" style="font-size:${round(font)}px">${p.name}</text>` : ''}</a>`;
    });
  return html`<figure class="map">
<svg viewBox="${view.x} ${view.y} ${view.w} ${view.h}" aria-labelledby="${id}-title" preserveAspectRatio="xMidYMid meet">
<title id="${id}-title">${focus ? html`Map of ${focus.name} and the places named with it` : 'Map of the places named in the articles'}</title>
<image href="${to('/assets/world.svg')}" x="0" y="0" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"/>
${markers}
</svg>
${
  focus
    ? ''
    : html`<figcaption><details><summary>Places on this map (${located.length})</summary><ul class="coords">${located.map(
        ({ p }) =>
          html`<li><a href="${to(p.url)}">${p.name}</a> ${formatCoord(p.geo!.lat, 'N', 'S')}, ${formatCoord(p.geo!.lon, 'E', 'W')}</li>`,
      )}</ul></details></figcaption>`
}
</figure>`;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
const round = (v: number) => Math.round(v * 10) / 10;

const formatCoord = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v >= 0 ? pos : neg}`;
