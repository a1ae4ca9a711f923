import type { Href } from '../urls.ts';
import { articlePath, entityPath } from '../urls.ts';
import type {
  Article,
  EntityRef,
  EntityType,
  Extraction,
  KbMention,
  KnowledgeBase,
  MentionContext,
  ResolvedEntity,
  SiteArticle,
  SiteData,
  SiteEntity,
  Relation,
  Span,
  Warning,
} from '../types.ts';
import { ENTITY_TYPES } from '../types.ts';
import { layoutGraph } from './layoutGraph.ts';
import { renderMentions, type Paragraph } from './renderMentions.ts';

export interface Linked {
  kb: KnowledgeBase;
  site: SiteData;
  warnings: Warning[];
}

export interface LinkInput {
  articles: readonly Article[];
  /** Sentence spans of each article, by article id. */
  sentences: ReadonlyMap<string, readonly Span[]>;
  entities: readonly ResolvedEntity[];
  href: Href;
}

/** Tie articles and entities together: rendered bodies with links, mentions in context, related entities. */
export function linkArticles({ articles, sentences, entities, href }: LinkInput): Linked {
  const warnings: Warning[] = [];
  const byArticle = new Map<string, { entity: ResolvedEntity; start: number; end: number }[]>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const list = byArticle.get(m.article) ?? [];
      list.push({ entity, start: m.start, end: m.end });
      byArticle.set(m.article, list);
    }
  }

  const paragraphsOf = new Map<string, Paragraph[]>();
  const siteArticles: SiteArticle[] = articles.map((article) => {
    const url = articlePath(article.id);
    const mentions = byArticle.get(article.id) ?? [];
    const body = renderMentions(
      article,
      mentions.map(({ entity, start, end }) => ({
        start,
        end,
        href: href(entityPath(entity.type, entity.id), url),
        className: `mention t-${entity.type}`,
      })),
    );
    if (body.linked < mentions.length) {
      warnings.push({
        code: 'UNLINKED_MENTION',
        file: article.source,
        message: `${mentions.length - body.linked} mention(s) could not be linked inside the Markdown formatting`,
      });
    }
    paragraphsOf.set(article.id, body.paragraphs);
    const counts = new Map<ResolvedEntity, number>();
    for (const { entity } of mentions) counts.set(entity, (counts.get(entity) ?? 0) + 1);
    return {
      ...kbArticle(article),
      html: body.html,
      paragraphCount: body.paragraphs.length,
      mentionCount: mentions.length,
      entities: byType([...counts].map(([e, count]) => ({ id: e.id, type: e.type, count }))),
      excerpt: excerpt(article.prose),
    };
  });

  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const sentencePairs = new Map<string, Map<string, number>>();
  const siteEntities: SiteEntity[] = entities.map((entity) => {
    const mentions: KbMention[] = [];
    const contexts: MentionContext[] = [];
    const perArticle = new Map<string, number>();
    for (const m of entity.mentions) {
      const text = textOf.get(m.article) ?? '';
      const sentence = containing(sentences.get(m.article) ?? [], m.start) ?? around(text, m);
      mentions.push({ article: m.article, text: m.text, start: m.start, end: m.end, sentence: squash(text.slice(sentence.start, sentence.end)) });
      contexts.push({
        article: m.article,
        paragraph: containing(paragraphsOf.get(m.article) ?? [], m.start)?.id ?? 'p-1',
        before: squash(text.slice(sentence.start, m.start), 'end'),
        text: m.text,
        after: squash(text.slice(m.end, sentence.end), 'start'),
      });
      perArticle.set(m.article, (perArticle.get(m.article) ?? 0) + 1);
    }
    return {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      url: entityPath(entity.type, entity.id),
      ...(entity.description ? { description: entity.description } : {}),
      ...(entity.geo ? { geo: entity.geo } : {}),
      mentions,
      mentionCount: mentions.length,
      contexts,
      related: [],
      articles: sortRefs([...perArticle].map(([id, count]) => ({ id, count }))),
    };
  });

  // Entities that share a sentence are related; count the sentences they share.
  const relations = new Map<string, Relation>();
  for (const [articleId, list] of byArticle) {
    const spans = sentences.get(articleId) ?? [];
    const text = textOf.get(articleId) ?? '';
    const inSentence = new Map<number, Set<string>>();
    for (const { entity, start } of list) {
      const index = indexContaining(spans, start);
      if (index === -1) continue;
      const set = inSentence.get(index) ?? new Set<string>();
      set.add(entity.id);
      inSentence.set(index, set);
    }
    for (const [index, ids] of inSentence) {
      const sorted = [...ids].sort();
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
          const key = `${sorted[i]}\u0000${sorted[j]}`;
          const relation = relations.get(key) ?? { source: sorted[i]!, target: sorted[j]!, weight: 0, evidence: [] };
          relation.weight += 1;
          if (relation.evidence.length < 5) relation.evidence.push({ article: articleId, sentence: squash(text.slice(spans[index]!.start, spans[index]!.end)) });
          relations.set(key, relation);
        }
      }
    }
  }
  const relationList = [...relations.values()].sort((a, b) => b.weight - a.weight || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1));
  for (const r of relationList) {
    for (const [a, b] of [[r.source, r.target], [r.target, r.source]] as const) {
      const row = sentencePairs.get(a) ?? new Map<string, number>();
      row.set(b, r.weight);
      sentencePairs.set(a, row);
    }
  }
  for (const entity of siteEntities) {
    entity.related = sortRefs([...(sentencePairs.get(entity.id) ?? [])].map(([id, count]) => ({ id, count })));
  }
  const graph = layoutGraph(
    siteEntities.map((e) => ({ id: e.id, name: e.name, type: e.type, weight: e.mentionCount })),
    relationList,
  );

  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, siteEntities.filter((e) => e.type === t).length])) as Record<EntityType, number>;
  const mentionCount = siteEntities.reduce((n, e) => n + e.mentionCount, 0);
  const kb: KnowledgeBase = {
    articles: articles.map(kbArticle),
    entities: siteEntities.map(({ id, name, type, aliases, url, description, geo, mentions }) => ({
      id,
      name,
      type,
      aliases,
      url,
      ...(description ? { description } : {}),
      ...(geo ? { geo } : {}),
      mentions,
    })),
  };
  kb.relations = relationList;
  return { kb, site: { articles: siteArticles, entities: siteEntities, counts, mentionCount, relations: relationList, graph }, warnings };
}

function kbArticle(article: Article) {
  return {
    id: article.id,
    title: article.title,
    url: articlePath(article.id),
    source: article.source,
    ...(article.date ? { date: article.date } : {}),
    ...(article.author ? { author: article.author } : {}),
    ...(article.sourceUrl ? { sourceUrl: article.sourceUrl } : {}),
  };
}

const sortRefs = (refs: EntityRef[]): EntityRef[] =>
  refs.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function byType(refs: (EntityRef & { type: EntityType })[]): Record<EntityType, EntityRef[]> {
  const result = { person: [], group: [], place: [] } as Record<EntityType, EntityRef[]>;
  for (const { id, type, count } of refs) result[type].push({ id, count });
  for (const type of ENTITY_TYPES) sortRefs(result[type]);
  return result;
}

/** Index of the span containing `offset` in sorted, non-overlapping spans, or -1. */
function indexContaining(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function containing<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const i = indexContaining(spans, offset);
  return i === -1 ? undefined : spans[i];
}

/** A window of text around a mention, for mentions outside any sentence. */
function around(text: string, m: Span): Span {
  return { start: Math.max(0, m.start - 120), end: Math.min(text.length, m.end + 120) };
}

function squash(s: string, keep?: 'start' | 'end'): string {
  const collapsed = s.replace(/\s+/g, ' ');
  if (keep === 'end') return collapsed.replace(/^\s+/, '');
  if (keep === 'start') return collapsed.replace(/\s+$/, '');
  return collapsed.trim();
}

function excerpt(prose: string): string {
  const flat = prose.replace(/[#>*_`[\]]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (flat.length <= 200) return flat;
  const cut = flat.slice(0, 200);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 150))}…`;
}
