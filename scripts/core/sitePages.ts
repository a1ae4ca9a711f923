/**
 * What the site stage and the templates must agree on: how many items a page shows, the order of articles, and the
 * slug of an outlet's filter page. Pure and shared, so neither side imports the other.
 */
import { slugify } from './slug.ts';
import type { KbArticle } from './types/kb.ts';

/** Articles per page of the articles index and its filters. */
export const ARTICLES_PER_PAGE = 100;
/** An index of people, groups or places longer than this gets pages by first letter. */
export const INDEX_ROWS = 300;
/** How many mentions in context an entity page shows; the rest are on its mention pages. */
export const CONTEXTS_ON_ENTITY_PAGE = 6;
/** How many quotes an entity page shows; all are on its mention pages. */
export const QUOTES_ON_ENTITY_PAGE = 3;
/** Sentences in context per mention page. */
export const MENTIONS_PER_PAGE = 100;

/** Newest first; undated articles last, by title. */
export function byDateDesc(
  a: Pick<KbArticle, 'date' | 'title' | 'id'>,
  b: Pick<KbArticle, 'date' | 'title' | 'id'>,
): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (Boolean(a.date) !== Boolean(b.date)) return a.date ? -1 : 1;
  return a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Slug of an outlet for its filter page; the same slug helper as every other URL. */
export const outletSlug = (outlet: string): string => slugify(outlet);

/** The size of the site's world map (assets/world.svg), in the units of every place's projected `xy`. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;
