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

let cached: { key: string; lookup: Lookup } | undefined;

/**
 * Maps built once per build, not once per page (pages are many). Eleventy hands each page its own
 * copy of the global data, so the cache is keyed by the build's id, a string that survives copying.
 */
export function lookup(data: PageData): Lookup {
  if (cached?.key !== data.build.id) {
    const byType: Record<EntityType, SiteEntity[]> = { person: [], group: [], place: [] };
    for (const e of data.site.entities) byType[e.type].push(e);
    cached = {
      key: data.build.id,
      lookup: {
        entity: new Map(data.site.entities.map((e) => [e.id, e])),
        article: new Map(data.site.articles.map((a) => [a.id, a])),
        byType,
        href: createHref(data.build),
      },
    };
  }
  return cached.lookup;
}

export const TYPE_LABEL: Record<EntityType, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  group: { one: 'Group', many: 'Groups' },
  place: { one: 'Place', many: 'Places' },
};

/** schema.org types for JSON-LD. */
export const SCHEMA_TYPE: Record<EntityType, string> = { person: 'Person', group: 'Organization', place: 'Place' };
