/**
 * Site data made by hand for calling the page templates directly (no pipeline, no Eleventy): invented articles and
 * entities, each entity named in the articles it lists, so tests can push dates, titles and list sizes to extremes.
 */
import { MENTIONS_PER_PAGE, CONTEXTS_ON_ENTITY_PAGE } from '../../scripts/core/sitePages.ts';
import { escapeHtml } from '../../scripts/core/text/escapeHtml.ts';
import type { EntityType } from '../../scripts/core/types/common.ts';
import type { BuildInfo, MentionPage, SiteArticle, SiteData, SiteEntity } from '../../scripts/core/types/site.ts';
import { articlePath, entityPath } from '../../scripts/core/urls.ts';
import { articleListPages, letterPages } from '../../scripts/site/listPages.ts';

export interface ArticleSpec {
  title: string;
  date?: string;
  outlet?: string;
  paragraphs: string[];
}

export interface EntitySpec {
  name: string;
  type: EntityType;
  /** Indexes of the articles naming it, and how many sentences of each (at least one). */
  articles: { index: number; sentences: number }[];
}

const EMPTY_GRAPH = { width: 100, height: 100, nodes: [], edges: [] };

/** SiteData for these articles and entities, laid out as the site stage would lay out the lists. */
export function siteData(articleSpecs: readonly ArticleSpec[], entitySpecs: readonly EntitySpec[]): SiteData {
  const articles: SiteArticle[] = articleSpecs.map((a, i) => ({
    id: `a${i}`,
    title: a.title,
    url: articlePath(`a${i}`),
    source: `a${i}.md`,
    ...(a.date ? { date: a.date } : {}),
    ...(a.outlet ? { outlet: a.outlet } : {}),
    html: a.paragraphs.map((p, k) => `<p id="p-${k + 1}">${escapeHtml(p)}</p>`).join('\n'),
    paragraphCount: a.paragraphs.length,
    mentionCount: 0,
    entities: { person: [], group: [], place: [] },
    excerpt: (a.paragraphs[0] ?? '').slice(0, 160),
  }));
  const entities: SiteEntity[] = entitySpecs.map((e, i) => {
    const id = `e${i}`;
    const refs = e.articles.filter((r) => articles[r.index]);
    for (const r of refs) articles[r.index]!.entities[e.type].push({ id, count: r.sentences });
    const contexts = refs.flatMap((r) =>
      Array.from({ length: Math.max(1, r.sentences) }, () => ({
        article: `a${r.index}`,
        paragraph: 'p-1',
        parts: ['', e.name, ' was named.'],
      })),
    );
    return {
      id,
      name: e.name,
      type: e.type,
      aliases: [],
      url: entityPath(e.type, id),
      mentions: [],
      mentionCount: contexts.length,
      contexts,
      related: [],
      articles: refs.map((r) => ({ id: `a${r.index}`, count: r.sentences })),
    };
  });
  const counts = { person: 0, group: 0, place: 0 };
  for (const e of entities) counts[e.type]++;
  return {
    articles,
    entities,
    counts,
    mentionCount: entities.reduce((n, e) => n + e.mentionCount, 0),
    relations: [],
    graph: EMPTY_GRAPH,
    graphs: { person: EMPTY_GRAPH, group: EMPTY_GRAPH, place: EMPTY_GRAPH },
    articleLists: articleListPages(articles),
    letterPages: letterPages(entities),
    folderPages: [],
    mentionPages: entities.flatMap(mentionPagesOf),
    worldMap: '<svg></svg>',
  };
}

function mentionPagesOf(entity: SiteEntity): MentionPage[] {
  if (entity.contexts.length <= CONTEXTS_ON_ENTITY_PAGE) return [];
  const pages = Math.ceil(entity.contexts.length / MENTIONS_PER_PAGE);
  return Array.from({ length: pages }, (_, i) => ({
    entity: entity.id,
    page: i + 1,
    pages,
    start: i * MENTIONS_PER_PAGE,
    url: `${entity.url}mentions/${i ? `${i + 1}/` : ''}`,
  }));
}

let builds = 0;

/** What Eleventy hands a template for the page at `url`, plus the page's own fields. */
export function pageData<T extends object>(site: SiteData, url: string, own: T, build: Partial<BuildInfo> = {}) {
  return { site, build: { id: `test-${++builds}`, pathPrefix: '/', offline: false, ...build }, page: { url }, ...own };
}
