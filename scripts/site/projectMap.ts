import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The world map's drawing size; markers are projected into the same box. */
import { MAP_HEIGHT, MAP_WIDTH } from '../core/sitePages.ts';

let projection: GeoProjection | undefined;
let countries: FeatureCollection | undefined;

function load(): { projection: GeoProjection; countries: FeatureCollection } {
  if (!projection || !countries) {
    const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{
      countries: GeometryCollection;
    }>;
    countries = feature(topology, topology.objects.countries) as FeatureCollection;
    projection = geoNaturalEarth1().fitExtent(
      [
        [4, 4],
        [MAP_WIDTH - 4, MAP_HEIGHT - 4],
      ],
      { type: 'Sphere' },
    );
  }
  return { projection, countries };
}

/** Where a point falls on the map, rounded to a tenth of a unit. */
export function projectPoint(lat: number, lon: number): [number, number] {
  const point = load().projection([lon, lat]) ?? [0, 0];
  return [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10];
}

/**
 * The base map as a standalone SVG document: country outlines from world-atlas (Natural Earth),
 * projected at build time. Served once as an asset and drawn under each page's markers.
 */
export function worldMapSvg(): string {
  map ??= drawWorldMap();
  return map;
}

/** The base map, drawn once per process (the same for every build). */
let map: string | undefined;

function drawWorldMap(): string {
  const { projection: p, countries: c } = load();
  const path = geoPath(p).digits(1);
  const outlines = c.features.map((f) => `<path d="${path(f) ?? ''}"/>`).join('');
  const sphere = path({ type: 'Sphere' }) ?? '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">
<path d="${sphere}" fill="#dfe9f2"/>
<g fill="#f3efe6" stroke="#9a968c" stroke-width="0.5">${outlines}</g>
</svg>
`;
}
