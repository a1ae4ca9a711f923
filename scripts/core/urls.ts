import type { EntityType } from './types/common.ts';

/**
 * The one place that knows how a site path becomes an href: under a path prefix
 * (GitHub Pages project sites) or, in offline mode, relative to the current page
 * and pointing at files (…/index.html) so that the site works from file://.
 *
 * Site paths are root-relative and prefix-free: "/people/angela-merkel/", "/assets/style.css",
 * "/articles/foo/#p-3".
 */
export interface UrlOptions {
  pathPrefix: string;
  offline: boolean;
}

export type Href = (target: string, from: string) => string;

export function createHref({ pathPrefix, offline }: UrlOptions): Href {
  if (!offline) return (target) => pathPrefix + target.replace(/^\//, '');
  return (target, from) => {
    const hashAt = target.indexOf('#');
    const pathPart = hashAt === -1 ? target : target.slice(0, hashAt);
    const hash = hashAt === -1 ? '' : target.slice(hashAt);
    const fromDir = from.endsWith('/') ? from : from.slice(0, from.lastIndexOf('/') + 1);
    const depth = fromDir.split('/').filter(Boolean).length;
    const file = pathPart.endsWith('/') ? `${pathPart}index.html` : pathPart;
    return '../'.repeat(depth) + file.replace(/^\//, '') + hash;
  };
}

export const SECTION: Record<EntityType, string> = { person: 'people', group: 'groups', place: 'places' };

export const entityPath = (type: EntityType, id: string): string => `/${SECTION[type]}/${id}/`;
export const articlePath = (id: string): string => `/articles/${id}/`;
export const sectionPath = (type: EntityType): string => `/${SECTION[type]}/`;

/** The small JSON card of an entity that link previews fetch (layouts/files/preview.11ty.ts, assets/preview.js). */
export const previewPath = (type: EntityType, id: string): string => `${entityPath(type, id)}preview.json`;
