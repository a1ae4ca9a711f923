import { worldMapSvg } from '../../scripts/site/projectMap.ts';

/** The base map, written once and drawn under every map's markers. */
export const data = { permalink: '/assets/world.svg', eleventyExcludeFromCollections: true };

export function render(): string {
  return worldMapSvg();
}
