import type { Href } from '../core/urls.ts';
import { articlePath, entityPath } from '../core/urls.ts';
import type { EntityType } from '../core/types/common.ts';
import type { Article } from '../core/types/article.ts';
import type { Span, Warning } from '../core/types/common.ts';
import type { ResolvedEntity } from '../core/types/entity.ts';
import type { Role } from '../core/types/evidence.ts';
import type { KbArticle, KbEntity, KnowledgeBase } from '../core/types/kb.ts';
import type { EntityRef, MentionContext, MentionPage, RelatedRef, SiteArticle, SiteData, SiteEntity, SiteQuote, SiteRole } from '../core/types/site.ts';
import { ENTITY_TYPES } from '../core/types/common.ts';
import { guard, isolate } from '../core/guard.ts';
import { attributeQuotes } from './attributeQuotes.ts';
import { indexContaining, sentenceText, type ArticleEvidenceInput, type PlacedMention } from './evidenceInput.ts';
import { findRoles } from './findRoles.ts';
import { geocodePlaces } from './geocodePlaces.ts';
import { plural } from '../core/text/plural.ts';
import { layoutGraph } from '../site/layoutGraph.ts';
import { articleListPages, byDateDesc, letterPages } from '../site/listPages.ts';
import { relateEntities } from './relateEntities.ts';
import { renderMentions, type Paragraph } from '../site/renderMentions.ts';
import { mainlyAbout, scoreSalience } from './scoreSalience.ts';

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

/** Evidence gathered for one entity across the articles. */
interface Gathered {
  roles: SiteRole[];
  quotes: SiteQuote[];
  salience: number;
}

/**
 * Tie articles and entities together: each article rendered with its paragraphs numbered and every
 * mention linked; every mention in its sentence; roles, quotes and salience read from the text;
 * relations between entities named together, and the network laid out for /graph/.
 */
export function linkArticles({ articles, sentences, entities: found, href }: LinkInput): Linked {
  const entities = geocodePlaces(found);
  const warnings: Warning[] = [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const urlOf = new Map(entities.map((e) => [e.id, entityPath(e.type, e.slug)]));
  const placed = placeMentions(entities);
  const names = new Map(entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  const gathered = new Map<string, Gathered>(entities.map((e) => [e.id, { roles: [], quotes: [], salience: 0 }]));
  const paragraphsOf = new Map<string, Paragraph[]>();
  const inputs: ArticleEvidenceInput[] = [];

  const siteArticles: SiteArticle[] = articles.map((article) => {
    const url = articlePath(article.id);
    const mentions = placed.get(article.id) ?? [];
    const file = article.source;
    const body = guard(
      warnings, file, 'link the mentions', 'the article is shown without links',
      () => guard(warnings, file, 'render the Markdown', 'the article is shown as plain text', () => renderMentions({ format: 'txt', text: article.text }, []), () => renderMentions(article, [])),
      () => renderMentions(
        article,
        mentions.map((m) => ({ start: m.start, end: m.end, href: href(urlOf.get(m.entity)!, url), className: `mention t-${m.type}` })),
      ),
    );
    if (body.linked < mentions.length) {
      warnings.push({
        code: 'UNLINKED_MENTION',
        file: article.source,
        message: `${plural(mentions.length - body.linked, 'mention')} could not be linked inside the Markdown formatting`,
      });
    }
    paragraphsOf.set(article.id, body.paragraphs);
    const input: ArticleEvidenceInput = { article, mentions, sentences: sentences.get(article.id) ?? [], paragraphs: body.paragraphs };
    inputs.push(input);

    const roles = guard(warnings, file, 'find roles', 'the article is shown without them', () => [], () => findRoles(input));
    for (const { entity, role } of roles) gathered.get(entity)?.roles.push({ ...role, paragraph: roleParagraph(input, body.paragraphs, entity, role) });
    const quotes = guard(warnings, file, 'find quotes', 'the article is shown without them', () => [], () => attributeQuotes(input));
    for (const { entity, quote } of quotes) {
      gathered.get(entity)?.quotes.push({ ...quote, paragraph: paragraphAt(body.paragraphs, quote.start) });
    }
    const salience = guard(warnings, file, 'score salience', 'the article is shown without it', () => new Map<string, number>(), () => scoreSalience(input, { names }));
    for (const [entity, score] of salience) {
      const g = gathered.get(entity);
      if (g) g.salience = Math.max(g.salience, round(score));
    }
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    return {
      ...kbArticle(article, mainlyAbout(salience)),
      html: body.html,
      paragraphCount: body.paragraphs.length,
      mentionCount: mentions.length,
      entities: byType([...counts].map(([id, count]) => ({ id, type: byId.get(id)!.type, count, salience: round(salience.get(id) ?? 0) }))),
      excerpt: excerpt(article.prose),
    };
  });

  const sourceOf = new Map(articles.map((a) => [a.id, a.source]));
  const relations = isolate(inputs, relateEntities, (input) => sourceOf.get(input.article.id) ?? input.article.id, 'relate entities', 'its relations are left out', warnings);
  const related = new Map<string, RelatedRef[]>();
  for (const r of relations) {
    for (const [a, b] of [[r.source, r.target], [r.target, r.source]] as const) {
      const list = related.get(a) ?? [];
      list.push({ id: b, weight: r.weight, sentences: r.sentences, paragraphs: r.paragraphs, articles: r.articles, evidence: r.evidence[0]! });
      related.set(a, list);
    }
  }

  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const order = new Map([...articles].sort(byDateDesc).map((a, i) => [a.id, i]));
  const siteEntities: SiteEntity[] = entities.map((entity) => {
    const mentions = entity.mentions.map((m) => {
      const text = textOf.get(m.article) ?? '';
      const spans = sentences.get(m.article) ?? [];
      const i = indexContaining(spans, m.start);
      const sentence = i === -1 ? around(text, m) : spans[i]!;
      return { kb: { article: m.article, text: m.text, start: m.start, end: m.end, sentence: sentenceText(text, sentence, m) }, span: sentence, index: i };
    });
    const contexts = sentenceContexts(mentions, textOf, paragraphsOf, order);
    const perArticle = new Map<string, number>();
    for (const m of entity.mentions) perArticle.set(m.article, (perArticle.get(m.article) ?? 0) + 1);
    const g = gathered.get(entity.id)!;
    return {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      url: urlOf.get(entity.id)!,
      ...(entity.description ? { description: entity.description } : {}),
      ...(entity.geo ? { geo: entity.geo } : {}),
      ...(g.roles.length ? { roles: g.roles } : {}),
      ...(g.quotes.length ? { quotes: g.quotes } : {}),
      salience: g.salience,
      mentions: mentions.map((m) => m.kb),
      mentionCount: mentions.length,
      contexts,
      related: related.get(entity.id) ?? [],
      articles: [...perArticle].map(([id, count]) => ({ id, count })).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
    };
  });

  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, siteEntities.filter((e) => e.type === t).length])) as Record<EntityType, number>;
  const nodes = siteEntities.map((e) => ({ id: e.id, name: e.name, type: e.type, weight: e.mentionCount }));
  const graph = layoutGraph(nodes, relations);
  const typeOf = new Map(siteEntities.map((e) => [e.id, e.type]));
  const graphs = Object.fromEntries(ENTITY_TYPES.map((t) => [t, layoutGraph(nodes.filter((n) => n.type === t), relations.filter((r) => typeOf.get(r.source) === t && typeOf.get(r.target) === t))])) as SiteData['graphs'];
  const kb: KnowledgeBase = {
    articles: articles.map((a, i) => kbArticle(a, siteArticles[i]!.about ?? [])),
    entities: siteEntities.map(kbEntity),
    relations,
  };
  return {
    kb,
    site: {
      articles: siteArticles,
      entities: siteEntities,
      counts,
      mentionCount: siteEntities.reduce((n, e) => n + e.mentionCount, 0),
      relations,
      graph,
      graphs,
      articleLists: articleListPages(kb.articles),
      letterPages: letterPages(siteEntities),
      mentionPages: siteEntities.flatMap(mentionPages),
    },
    warnings,
  };
}

/** How many mentions in context an entity page shows; the rest are on its mention pages. */
export const CONTEXTS_ON_ENTITY_PAGE = 6;
/** How many quotes an entity page shows; all are on its mention pages. */
export const QUOTES_ON_ENTITY_PAGE = 3;
/** Sentences in context per mention page. */
export const MENTIONS_PER_PAGE = 100;

/** The pages of every mention in context, for an entity with more than its own page shows. */
function mentionPages(entity: SiteEntity): MentionPage[] {
  if (entity.contexts.length <= CONTEXTS_ON_ENTITY_PAGE && (entity.quotes?.length ?? 0) <= QUOTES_ON_ENTITY_PAGE) return [];
  const pages = Math.max(1, Math.ceil(entity.contexts.length / MENTIONS_PER_PAGE));
  return Array.from({ length: pages }, (_, i) => ({
    entity: entity.id,
    page: i + 1,
    pages,
    start: i * MENTIONS_PER_PAGE,
    url: `${entity.url}mentions/${i ? `${i + 1}/` : ''}`,
  }));
}

/** Every mention, per article, sorted, with the entity it belongs to. */
function placeMentions(entities: readonly ResolvedEntity[]): Map<string, PlacedMention[]> {
  const placed = new Map<string, PlacedMention[]>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const list = placed.get(m.article) ?? [];
      list.push({ entity: entity.id, type: entity.type, start: m.start, end: m.end, text: m.text });
      placed.set(m.article, list);
    }
  }
  for (const list of placed.values()) list.sort((a, b) => a.start - b.start);
  return placed;
}

function kbArticle(article: Article, about: string[]): KbArticle {
  return {
    id: article.id,
    title: article.title,
    url: articlePath(article.id),
    source: article.source,
    ...(article.date ? { date: article.date } : {}),
    ...(article.author ? { author: article.author } : {}),
    ...(article.sourceUrl ? { sourceUrl: article.sourceUrl } : {}),
    ...(article.outlet ? { outlet: article.outlet } : {}),
    about,
  };
}

/** The public shape of an entity: what kb.json documents, nothing the pages alone need. */
function kbEntity(e: SiteEntity): KbEntity {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    url: e.url,
    ...(e.description ? { description: e.description } : {}),
    ...(e.geo ? { geo: e.geo } : {}),
    ...(e.roles ? { roles: e.roles.map(({ paragraph: _, ...role }) => role) } : {}),
    ...(e.quotes ? { quotes: e.quotes.map(({ paragraph: _, ...quote }) => quote) } : {}),
    ...(e.salience !== undefined ? { salience: e.salience } : {}),
    mentions: e.mentions,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

const byCountThenId = (a: EntityRef, b: EntityRef) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);


/** An article's entities by type, most salient first. */
function byType(refs: (EntityRef & { type: EntityType })[]): Record<EntityType, EntityRef[]> {
  const result = { person: [], group: [], place: [] } as Record<EntityType, EntityRef[]>;
  for (const { type, ...ref } of refs) result[type].push(ref);
  for (const type of ENTITY_TYPES) result[type].sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0) || byCountThenId(a, b));
  return result;
}

interface PlacedContext {
  kb: { article: string; start: number; end: number; text: string };
  span: Span;
  index: number;
}

/** Each sentence once, with every mention in it marked; articles newest first, reading order within each. */
function sentenceContexts(
  mentions: readonly PlacedContext[],
  textOf: ReadonlyMap<string, string>,
  paragraphsOf: ReadonlyMap<string, Paragraph[]>,
  order: ReadonlyMap<string, number>,
): MentionContext[] {
  const sorted = [...mentions].sort((a, b) => (order.get(a.kb.article) ?? 0) - (order.get(b.kb.article) ?? 0) || a.kb.start - b.kb.start);
  const contexts: MentionContext[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!;
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.kb.article === first.kb.article && first.index !== -1 && sorted[j]!.index === first.index) j++;
    const text = textOf.get(first.kb.article) ?? '';
    const group = sorted.slice(i, j);
    const parts: string[] = [];
    let at = first.span.start;
    group.forEach((m, k) => {
      const start = Math.max(m.kb.start, at);
      const between = text.slice(at, start).replace(/\s+/g, ' ');
      parts.push(clip(k === 0 ? between.trimStart() : between, k === 0 ? 'start' : 'middle'));
      parts.push(text.slice(start, m.kb.end));
      at = Math.max(at, m.kb.end);
    });
    parts.push(clip(text.slice(at, first.span.end).replace(/\s+/g, ' ').trimEnd(), 'end'));
    contexts.push({ article: first.kb.article, paragraph: paragraphAt(paragraphsOf.get(first.kb.article) ?? [], first.kb.start), parts });
    i = j;
  }
  return contexts;
}

/** The paragraph of the sentence that states a role: the entity's mention in that sentence. */
function roleParagraph(input: ArticleEvidenceInput, paragraphs: readonly Paragraph[], entity: string, role: Role): string {
  for (const m of input.mentions) {
    if (m.entity !== entity) continue;
    const i = indexContaining(input.sentences, m.start);
    if (i !== -1 && sentenceText(input.article.text, input.sentences[i]!, m) === role.sentence) return paragraphAt(paragraphs, m.start);
  }
  const first = input.mentions.find((m) => m.entity === entity);
  return paragraphAt(paragraphs, first?.start ?? 0);
}

function paragraphAt(paragraphs: readonly Paragraph[], offset: number): string {
  const i = indexContaining(paragraphs, offset);
  if (i !== -1) return paragraphs[i]!.id;
  // between blocks: the block before it
  const before = paragraphs.filter((p) => p.start <= offset).at(-1);
  return (before ?? paragraphs[0])?.id ?? 'p-1';
}

/** Context shown on each side of a mention: long sentences are cut at a word, with an ellipsis. */
const CONTEXT_CHARS = 140;

function clip(side: string, cut: 'start' | 'end' | 'middle'): string {
  if (side.length <= CONTEXT_CHARS) return side;
  if (cut === 'middle') {
    const head = side.slice(0, CONTEXT_CHARS / 2);
    const tail = side.slice(-CONTEXT_CHARS / 2);
    return `${head.slice(0, Math.max(head.lastIndexOf(' '), 1))} … ${tail.slice(Math.max(tail.indexOf(' '), 0))}`;
  }
  if (cut === 'end') {
    const piece = side.slice(0, CONTEXT_CHARS);
    return `${piece.slice(0, Math.max(piece.lastIndexOf(' '), CONTEXT_CHARS / 2))}…`;
  }
  const piece = side.slice(-CONTEXT_CHARS);
  return `…${piece.slice(Math.max(piece.indexOf(' '), 0) + 1)}`;
}

/** A window of text around a mention, for mentions outside any sentence. */
function around(text: string, m: Span): Span {
  return { start: Math.max(0, m.start - 120), end: Math.min(text.length, m.end + 120) };
}

function excerpt(prose: string): string {
  const flat = prose.replace(/[#>*_`[\]]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (flat.length <= 200) return flat;
  const cut = flat.slice(0, 200);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 150))}…`;
}
