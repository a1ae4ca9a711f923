import type { SiteEntity } from '../../scripts/core/types/site.ts';
import { previewPath } from '../../scripts/core/urls.ts';
import { lookup, TYPE_LABEL, type PageData } from '../parts/data.ts';

interface Data extends PageData {
  entity: SiteEntity;
}

/** The first lines of a mention: a sentence is cut at a word after this many characters. */
const EXCERPT_CHARS = 220;

/** What a link preview shows (assets/preview.js): a few hundred bytes per entity, fetched on hover or focus. */
export interface Preview {
  name: string;
  type: string;
  /** The description from entities.yaml, else the most stated role. */
  about?: string;
  mentions: number;
  articles: number;
  /** The start of its most recent mention, with the article's title and date. */
  latest?: { title: string; date?: string; text: string };
}

/**
 * One small JSON file beside each entity page (`/people/<slug>/preview.json`), for the previews of the links
 * to it. Not in the offline build: pages opened from file:// cannot fetch, and their links work as links.
 */
export const data = {
  pagination: { data: 'site.entities', size: 1, alias: 'entity', addAllPagesToCollections: false },
  permalink: (d: Data) => (d.build.offline ? false : previewPath(d.entity.type, d.entity.id)),
  eleventyExcludeFromCollections: true,
};

export function render(d: Data): string {
  return `${JSON.stringify(preview(d, d.entity))}\n`;
}

const cut = (s: string) =>
  s.length <= EXCERPT_CHARS ? s : `${s.slice(0, Math.max(s.lastIndexOf(' ', EXCERPT_CHARS), EXCERPT_CHARS / 2))}…`;

export function preview(d: PageData, e: SiteEntity): Preview {
  const latest = e.contexts[0];
  const l = lookup(d);
  const article = latest ? l.article.get(latest.article) : undefined;
  const role = e.offices?.[0];
  const of = role?.role.of ? l.entity.get(role.role.of)?.name : undefined;
  const about = e.description ?? (role ? (of ? `${role.wording}, ${of}` : role.wording) : undefined);
  return {
    name: e.name,
    type: TYPE_LABEL[e.type].one,
    ...(about ? { about } : {}),
    mentions: e.mentionCount,
    articles: e.articles.length,
    ...(latest && article
      ? {
          latest: {
            title: article.title,
            ...(article.date ? { date: article.date } : {}),
            text: cut(latest.parts.join('').replace(/\s+/g, ' ').trim()),
          },
        }
      : {}),
  };
}
