import type { EntityType } from '../../scripts/core/types/common.ts';
import type { BuildInfo, SiteArticle, SiteData, SiteEntity } from '../../scripts/core/types/site.ts';
import { createHref, type Href } from '../../scripts/core/urls.ts';

/** The data Eleventy hands every template. */
export interface PageData {
  site: SiteData;
  build: BuildInfo;
  page: { url: string };
}

export interface Lookup {
  entity: Map<string, SiteEntity>;
  article: Map<string, SiteArticle>;
  byType: Record<EntityType, SiteEntity[]>;
  href: Href;
}

/** The lookups of each site's entity list (which Eleventy shares between pages; it copies only plain objects). */
const cache = new WeakMap<readonly SiteEntity[], { key: string; lookup: Lookup }>();

/**
 * Maps built once per build, not once per page (pages are many). Eleventy hands each page its own copy of the
 * global data, but not of its arrays: the cache is kept with the site's entity list, and checked against the build's
 * id, so that it goes with the site data once the build lets that go (before Pagefind indexes the site).
 */
export function lookup(data: PageData): Lookup {
  const cached = cache.get(data.site.entities);
  if (cached?.key === data.build.id) return cached.lookup;
  const byType: Record<EntityType, SiteEntity[]> = { person: [], group: [], place: [] };
  for (const e of data.site.entities) byType[e.type].push(e);
  const made = {
    entity: new Map(data.site.entities.map((e) => [e.id, e])),
    article: new Map(data.site.articles.map((a) => [a.id, a])),
    byType,
    href: createHref(data.build),
  };
  cache.set(data.site.entities, { key: data.build.id, lookup: made });
  return made;
}

export const TYPE_LABEL: Record<EntityType, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  group: { one: 'Group', many: 'Groups' },
  place: { one: 'Place', many: 'Places' },
};

/** schema.org types for JSON-LD. */
export const SCHEMA_TYPE: Record<EntityType, string> = { person: 'Person', group: 'Organization', place: 'Place' };
