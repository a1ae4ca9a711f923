import type { PageData } from '../parts/data.ts';

/** The base map, written once and drawn under every map's markers (projected by the site stage). */
export const data = { permalink: '/assets/world.svg', eleventyExcludeFromCollections: true };

export function render(d: PageData): string {
  return d.site.worldMap;
}
