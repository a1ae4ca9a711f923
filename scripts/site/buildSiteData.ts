/**
 * The site stage: from the linked articles and their evidence, the data the templates read (SiteData) and the
 * public knowledge base (kb.json). Pure: no text is parsed here, only gathered, ordered and laid out.
 */
import { byDateDesc, CONTEXTS_ON_ENTITY_PAGE, MENTIONS_PER_PAGE, QUOTES_ON_ENTITY_PAGE } from '../core/sitePages.ts';
import type { Article } from '../core/types/article.ts';
import { ENTITY_TYPES, type EntityType, type Span } from '../core/types/common.ts';
import type { KbArticle, KbEntity, KnowledgeBase } from '../core/types/kb.ts';
import type { ResolvedEntity, ResolvedMention } from '../core/types/entity.ts';
import type { Relation } from '../core/types/evidence.ts';
import type {
  ArticleListPage,
  EntityRef,
  LetterPage,
  MentionContext,
  MentionPage,
  RelatedRef,
  SiteArticle,
  SiteOffice,
  SiteRole,
  SiteData,
  SiteEntity,
  SpillField,
} from '../core/types/site.ts';
import { articlePath, entityPath } from '../core/urls.ts';
import { detachString } from '../core/text/detachString.ts';
import { Canon, Generations, Memo, sameItems } from '../core/memo.ts';
import type { GraphLayout, LocalGraph } from '../core/types/site.ts';
import { indexContaining, paragraphAt, sentenceText } from '../link/evidenceInput.ts';
import { type Linked, type LinkedArticle, roundScore } from '../link/linkArticles.ts';
import type { Paragraph } from '../link/renderMentions.ts';
import { mainlyAbout } from '../link/scoreSalience.ts';
import { dedupeRoles } from './dedupeRoles.ts';
import { layoutGraph } from './layoutGraph.ts';
import { layoutLocalGraph, MAX_NEIGHBOURS, nearIndex } from './layoutLocalGraph.ts';
import { projectPoint, worldMapSvg } from './projectMap.ts';
import { articleListPages, letterPages } from './listPages.ts';
import { folderPages } from './folderPages.ts';

export interface SiteInput {
  articles: readonly Article[];
  /** Sentence spans of each article, by article id. */
  sentences: ReadonlyMap<string, readonly Span[]>;
  linked: Linked;
  /** What the last builds of this process (the warm build) made, by everything it was made from. */
  memo?: SiteMemo | undefined;
  /**
   * Where each entity's mentions, sentences in context and local graph go as soon as they are made (the build: a
   * file, read back when a page asks), rather than all waiting in memory. None: kept as fields. (The articles' bodies
   * are link's: an article's `html` is the field of its linked article, spilled or not.)
   */
  spill?: SpillField | undefined;
}

/** Mentions in their sentences, by entity and the articles they are in. */
interface EntityMentions {
  mentions: KbEntity['mentions'];
  contexts: MentionContext[];
  /** The articles that name it, with how many times, newest first. */
  articles: { id: string; count: number }[];
}

/** One entity's mentions in one article, and what they were read from (the same objects while unchanged). */
interface ArticlePiece {
  /** The entity's mentions in the article, in the entity's order. */
  mentions: ResolvedMention[];
  article: Article | undefined;
  spans: readonly Span[] | undefined;
  paragraphs: Paragraph[] | undefined;
  /** Their kb records (in the same order) and their sentences in context. */
  kb: KbEntity['mentions'];
  contexts: MentionContext[];
}

/** What the site stage keeps between builds of one process. */
export interface SiteMemo {
  /** Each entity's mentions in context, by id, with what they were read from (see `keptMentions`). */
  mentions: Generations<{ list: ResolvedMention[]; inputs: unknown[]; value: EntityMentions }>;
  /** The articles a list of mentions is in, in order of first mention. */
  articleIds: WeakMap<readonly ResolvedMention[], string[]>;
  /**
   * Each entity's mentions in each article, by entity id then article id: when an entity's list of mentions changes
   * (an edited article names it), only the articles whose mentions or text changed are read again.
   */
  pieces: Generations<Map<string, ArticlePiece>>;
  layouts: Memo<GraphLayout>;
  excerpts: Memo<string>;
  /** Each entity's list of mentions, the same as last time when it reads the same (the mentions' key names it by identity). */
  lists: Canon<ResolvedMention[]>;
  /** Each entity's relations, the same list as last time when they read the same. */
  related: Canon<RelatedRef[]>;
  /** Each entity's local graph, by its relations and its neighbours' names, types and relations. */
  locals: Memo<LocalGraph | null>;
  /** The ranks of an entity's strongest relations (layoutLocalGraph.ts), by its list of relations. */
  ranks: WeakMap<readonly RelatedRef[], ReadonlyMap<string, number>>;
  /** Each entity's offices, by its roles (each role the same object while its article's link is kept). */
  offices: Memo<SiteOffice[]>;
  /** Each article's page data, by its link (the same object while kept), with the article and excerpt it was made from. */
  articles: WeakMap<LinkedArticle, { article: Article; excerpt: string; value: SiteArticle }>;
  /** The articles' date order, the lists of articles and the letter pages, by what they are made from. */
  order: Memo<Map<string, number>>;
  articleLists: Memo<ArticleListPage[]>;
  letters: Memo<LetterPage[]>;
  /** The last build's relations and each entity's list of them: made again only for the entities of changed relations. */
  relatedBy: { last?: { relations: readonly Relation[]; lists: Map<string, RelatedRef[]> } };
}

export function createSiteMemo(): SiteMemo {
  return {
    mentions: new Generations(),
    articleIds: new WeakMap(),
    pieces: new Generations(),
    layouts: new Memo(),
    excerpts: new Memo(),
    lists: new Canon((a, b) => sameItems(a, b, sameMention)),
    related: new Canon((a, b) => sameItems(a, b, sameRelated)),
    locals: new Memo(),
    ranks: new WeakMap(),
    offices: new Memo(),
    articles: new WeakMap(),
    order: new Memo(),
    articleLists: new Memo(),
    letters: new Memo(),
    relatedBy: {},
  };
}

const sameRelated = (x: RelatedRef, y: RelatedRef) =>
  x.id === y.id &&
  x.weight === y.weight &&
  x.sentences === y.sentences &&
  x.paragraphs === y.paragraphs &&
  x.articles === y.articles &&
  (x.evidence === y.evidence ||
    (x.evidence.article === y.evidence.article && x.evidence.sentence === y.evidence.sentence));

/** The knowledge base and the site data, from the linked articles. */
export function buildSiteData({ articles, sentences, linked, memo, spill }: SiteInput): {
  kb: KnowledgeBase;
  site: SiteData;
} {
  const typeOf = new Map(linked.entities.map((e) => [e.id, e.type]));
  const excerptOf = (article: Article) =>
    memo ? memo.excerpts.get(article.prose, () => excerpt(article.prose)) : excerpt(article.prose);
  const siteArticles = articles.map((article, i) =>
    memo
      ? keptArticle(article, linked.articles[i]!, typeOf, excerptOf(article), memo)
      : siteArticle(article, linked.articles[i]!, typeOf, excerptOf(article)),
  );
  // an entity's pages of mentions are counted before its sentences go to the spill
  const mentionPagesOf: MentionPage[][] = [];
  const siteEntities = siteEntitiesOf(articles, sentences, linked, memo, (entity) => {
    mentionPagesOf.push(mentionPages(entity));
    spill?.(entity, 'mentions');
    spill?.(entity, 'contexts');
  });
  const byId = new Map(siteEntities.map((e) => [e.id, e]));
  const near = nearIndex(byId, memo?.ranks);
  for (const entity of siteEntities) {
    const local = memo
      ? (memo.locals.get(localKey(memo.locals, entity, byId), () => layoutLocalGraph(entity, byId, near) ?? null) ??
        undefined)
      : layoutLocalGraph(entity, byId, near);
    if (local) {
      entity.localGraph = local;
      spill?.(entity, 'localGraph');
    }
  }
  const layout = (nodes: Parameters<typeof layoutGraph>[0], relations: Parameters<typeof layoutGraph>[1]) =>
    layoutGraph(nodes, relations, memo ? { memo: memo.layouts } : {});
  const counts = Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, siteEntities.filter((e) => e.type === t).length]),
  ) as Record<EntityType, number>;
  const { relations } = linked;
  const nodes = siteEntities.map((e) => ({ id: e.id, name: e.name, type: e.type, weight: e.mentionCount }));
  const graph = layout(nodes, relations);
  const graphs = Object.fromEntries(
    ENTITY_TYPES.map((t) => [
      t,
      layout(
        nodes.filter((n) => n.type === t),
        relations.filter((r) => typeOf.get(r.source) === t && typeOf.get(r.target) === t),
      ),
    ]),
  ) as SiteData['graphs'];
  const kb: KnowledgeBase = {
    articles: articles.map((a, i) => kbArticle(a, siteArticles[i]!.about ?? [])),
    entities: siteEntities.map(kbEntity),
    relations,
  };
  const articleLists = memo
    ? memo.articleLists.get(
        kb.articles.map((a) => `${a.id}\u0001${a.date ?? ''}\u0001${a.title}\u0001${a.outlet ?? ''}`).join('\u0000'),
        () => articleListPages(kb.articles),
      )
    : articleListPages(kb.articles);
  const letters = memo
    ? memo.letters.get(siteEntities.map((e) => `${e.type}\u0001${e.id}\u0001${e.name}`).join('\u0000'), () =>
        letterPages(siteEntities),
      )
    : letterPages(siteEntities);
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
      articleLists,
      letterPages: letters,
      folderPages: folderPages(kb.articles, articleLists, letters),
      mentionPages: mentionPagesOf.flat(),
      worldMap: worldMapSvg(),
    },
  };
}

/**
 * Everything an entity's local graph is made of: the entity, its relations, and its strongest neighbours' names,
 * types and relations (each list of relations the same object as long as it reads the same).
 */
function localKey(memo: Memo<LocalGraph | null>, entity: SiteEntity, byId: ReadonlyMap<string, SiteEntity>): string {
  const parts = [entity.id, entity.name, entity.type, memo.idOf(entity.related)];
  for (const r of entity.related.slice(0, MAX_NEIGHBOURS)) {
    const e = byId.get(r.id);
    parts.push(e ? `${e.id}\u0001${e.name}\u0001${e.type}\u0001${memo.idOf(e.related)}` : '');
  }
  return parts.join('\u0000');
}

/** siteArticle, the last build's when made from the same article, link and excerpt, and its entities' types are the same. */
function keptArticle(
  article: Article,
  linked: LinkedArticle,
  typeOf: ReadonlyMap<string, EntityType>,
  excerptText: string,
  memo: SiteMemo,
): SiteArticle {
  const kept = memo.articles.get(linked);
  if (
    kept &&
    kept.article === article &&
    kept.excerpt === excerptText &&
    ENTITY_TYPES.every((type) => kept.value.entities[type].every((ref) => typeOf.get(ref.id) === type))
  )
    return kept.value;
  const value = siteArticle(article, linked, typeOf, excerptText);
  memo.articles.set(linked, { article, excerpt: excerptText, value });
  return value;
}

/** An article's page data: its linked body, its entities by type, an excerpt. */
function siteArticle(
  article: Article,
  linked: LinkedArticle,
  typeOf: ReadonlyMap<string, EntityType>,
  excerptText: string,
): SiteArticle {
  const counts = new Map<string, number>();
  for (const m of linked.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const made: SiteArticle = {
    ...kbArticle(article, mainlyAbout(linked.salience, counts)),
    html: '',
    paragraphCount: linked.paragraphs.length,
    mentionCount: linked.mentions.length,
    entities: byType(
      [...counts].map(([id, count]) => ({
        id,
        type: typeOf.get(id)!,
        count,
        salience: roundScore(linked.salience.get(id) ?? 0),
      })),
    ),
    excerpt: excerptText,
  };
  // link's field itself: the body, or, where link put it in the spill, its getter (not read here)
  return Object.defineProperty(made, 'html', Object.getOwnPropertyDescriptor(linked, 'html')!);
}

/** Every entity's page data: mentions in their sentences, contexts, evidence, relations and articles. */
function siteEntitiesOf(
  articles: readonly Article[],
  sentences: ReadonlyMap<string, readonly Span[]>,
  linked: Linked,
  memo: SiteMemo | undefined,
  made: (entity: SiteEntity) => void,
): SiteEntity[] {
  const related = memo ? relatedRefsAgain(linked, memo) : relatedRefs(linked.relations);
  const paragraphsOf = new Map(articles.map((a, i) => [a.id, linked.articles[i]!.paragraphs]));
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const dateOrder = () => new Map([...articles].sort(byDateDesc).map((a, i) => [a.id, i]));
  const order = memo
    ? memo.order.get(articles.map((a) => `${a.id}\u0001${a.date ?? ''}\u0001${a.title}`).join('\u0000'), dateOrder)
    : dateOrder();
  const articleOf = new Map(articles.map((a) => [a.id, a]));
  /** One article's mentions of an entity: their kb records and sentences in context. */
  const readPiece = (
    group: ResolvedMention[],
    article: Article | undefined,
    spans: readonly Span[] | undefined,
    paragraphs: Paragraph[] | undefined,
  ): ArticlePiece => {
    const placed = placeInSentences(group, textOf, sentences);
    return {
      mentions: group,
      article,
      spans,
      paragraphs,
      kb: placed.map((m) => m.kb),
      contexts: sentenceContexts(placed, textOf, paragraphsOf, order),
    };
  };
  const gather = (entity: ResolvedEntity): EntityMentions => {
    const mentions = placeInSentences(entity.mentions, textOf, sentences);
    const perArticle = new Map<string, number>();
    for (const m of entity.mentions) perArticle.set(m.article, (perArticle.get(m.article) ?? 0) + 1);
    return {
      mentions: mentions.map((m) => m.kb),
      contexts: sentenceContexts(mentions, textOf, paragraphsOf, order),
      articles: [...perArticle]
        .map(([id, count]) => ({ id, count }))
        .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
    };
  };
  /**
   * The same as `gather`, from the pieces of the last build: each article's mentions are read again only when they,
   * the article, its sentences or its paragraphs changed (a hub entity named in hundreds of articles costs one
   * article's worth when one of them is edited). Contexts never span two articles, so the entity's contexts are its
   * articles' in date order.
   */
  const gatherByArticle = (entity: ResolvedEntity, pieces: Generations<Map<string, ArticlePiece>>): EntityMentions => {
    const groups = new Map<string, ResolvedMention[]>();
    for (const m of entity.mentions) {
      const list = groups.get(m.article);
      if (list) list.push(m);
      else groups.set(m.article, [m]);
    }
    // an article outside the corpus has no date order of its own: read the whole entity as a cold build does
    for (const id of groups.keys()) if (!order.has(id)) return gather(entity);
    const before = pieces.get(entity.id);
    const now = new Map<string, ArticlePiece>();
    for (const [id, group] of groups) {
      const article = articleOf.get(id);
      const spans = sentences.get(id);
      const paragraphs = paragraphsOf.get(id);
      const kept = before?.get(id);
      const same =
        kept !== undefined &&
        kept.article === article &&
        kept.spans === spans &&
        kept.paragraphs === paragraphs &&
        sameItems(kept.mentions, group, sameMention);
      now.set(id, same ? kept : readPiece(group, article, spans, paragraphs));
    }
    pieces.set(entity.id, now);
    const next = new Map<string, number>();
    const mentions = entity.mentions.map((m) => {
      const i = next.get(m.article) ?? 0;
      next.set(m.article, i + 1);
      return now.get(m.article)!.kb[i]!;
    });
    const named = [...groups.keys()].sort((a, b) => order.get(a)! - order.get(b)!);
    return {
      mentions,
      contexts: named.flatMap((id) => now.get(id)!.contexts),
      articles: named.map((id) => ({ id, count: groups.get(id)!.length })),
    };
  };
  /**
   * An entity's mentions in context, the last build's when its list of mentions is the same and so is everything
   * they are read from in each of its articles (the article, its sentences and paragraphs: the same objects while
   * unchanged; its place in the date order), else gathered (from the last build's pieces, article by article).
   */
  const keptMentions = (entity: ResolvedEntity, m: SiteMemo): EntityMentions => {
    const list = m.lists.of(entity.id, entity.mentions);
    let ids = m.articleIds.get(list);
    if (!ids) {
      ids = [...new Set(list.map((x) => x.article))];
      m.articleIds.set(list, ids);
    }
    const kept = m.mentions.get(entity.id);
    let same = kept !== undefined && kept.list === list;
    for (let k = 0; same && k < ids.length; k++) {
      const id = ids[k]!;
      same =
        kept!.inputs[4 * k] === articleOf.get(id) &&
        kept!.inputs[4 * k + 1] === sentences.get(id) &&
        kept!.inputs[4 * k + 2] === paragraphsOf.get(id) &&
        kept!.inputs[4 * k + 3] === order.get(id);
    }
    if (same) {
      m.mentions.hits++;
      m.mentions.set(entity.id, kept!);
      // an entity read whole from the last build keeps its pieces for the next
      m.pieces.carry(entity.id);
      return kept!.value;
    }
    m.mentions.misses++;
    const inputs = ids.flatMap((id) => [articleOf.get(id), sentences.get(id), paragraphsOf.get(id), order.get(id)]);
    const value = gatherByArticle(entity, m.pieces);
    m.mentions.set(entity.id, { list, inputs, value });
    return value;
  };
  const officesOf = (roles: SiteRole[]) =>
    memo
      ? memo.offices.get(roles.map((r) => memo.offices.idOf(r)).join(' '), () => dedupeRoles(roles))
      : dedupeRoles(roles);
  return linked.entities.map((entity) => {
    const { mentions, contexts, articles: named } = memo ? keptMentions(entity, memo) : gather(entity);
    const g = linked.evidence.get(entity.id)!;
    const site: SiteEntity = {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      url: entityPath(entity.type, entity.slug),
      ...(entity.description ? { description: entity.description } : {}),
      ...(entity.geo ? { geo: entity.geo, xy: projectPoint(entity.geo.lat, entity.geo.lon) } : {}),
      ...(g.roles.length ? { roles: g.roles, offices: officesOf(g.roles) } : {}),
      ...(g.quotes.length ? { quotes: g.quotes } : {}),
      salience: g.salience,
      mentions,
      mentionCount: mentions.length,
      contexts,
      related: memo ? memo.related.of(entity.id, related.get(entity.id) ?? []) : (related.get(entity.id) ?? []),
      articles: named,
    };
    made(site);
    return site;
  });
}

const sameMention = (x: ResolvedMention, y: ResolvedMention) =>
  x.article === y.article && x.start === y.start && x.end === y.end && x.text === y.text;

/** Mentions with their kb records and the sentence each is in (a window around it outside every sentence). */
function placeInSentences(
  mentions: readonly ResolvedMention[],
  textOf: ReadonlyMap<string, string>,
  sentences: ReadonlyMap<string, readonly Span[]>,
): PlacedContext[] {
  return mentions.map((m) => {
    const text = textOf.get(m.article) ?? '';
    const spans = sentences.get(m.article) ?? [];
    const i = indexContaining(spans, m.start);
    const sentence = i === -1 ? around(text, m) : spans[i]!;
    return {
      kb: { article: m.article, text: m.text, start: m.start, end: m.end, sentence: sentenceText(text, sentence, m) },
      span: sentence,
      index: i,
    };
  });
}

/** Each relation on both of its entities' pages, with its first piece of evidence (only `only`'s, when given). */
function relatedRefs(relations: readonly Relation[], only?: ReadonlySet<string>): Map<string, RelatedRef[]> {
  const related = new Map<string, RelatedRef[]>();
  for (const r of relations) {
    for (const [a, b] of [
      [r.source, r.target],
      [r.target, r.source],
    ] as const) {
      if (only && !only.has(a)) continue;
      const list = related.get(a) ?? [];
      list.push({
        id: b,
        weight: r.weight,
        sentences: r.sentences,
        paragraphs: r.paragraphs,
        articles: r.articles,
        evidence: r.evidence[0]!,
      });
      related.set(a, list);
    }
  }
  return related;
}

/**
 * relatedRefs for a process that builds again: link says which entities' relations it made again since the last
 * build (updateRelations.ts; every other relation is the same object, in the same order), so only those entities
 * get their lists made again; every other entity keeps the last build's list.
 */
function relatedRefsAgain(linked: Linked, memo: SiteMemo): Map<string, RelatedRef[]> {
  const { relations, relationChange: change } = linked;
  const last = memo.relatedBy.last;
  if (last?.relations === relations) return last.lists;
  let lists: Map<string, RelatedRef[]>;
  if (!last || change?.from !== last.relations) lists = relatedRefs(relations);
  else {
    const touched = change.entities;
    lists = new Map(last.lists);
    for (const id of touched) lists.delete(id);
    for (const [id, list] of relatedRefs(relations, touched)) lists.set(id, list);
  }
  memo.relatedBy.last = { relations, lists };
  return lists;
}

/** The pages of every mention in context, for an entity with more than its own page shows. */
function mentionPages(entity: SiteEntity): MentionPage[] {
  if (entity.contexts.length <= CONTEXTS_ON_ENTITY_PAGE && (entity.quotes?.length ?? 0) <= QUOTES_ON_ENTITY_PAGE)
    return [];
  const pages = Math.max(1, Math.ceil(entity.contexts.length / MENTIONS_PER_PAGE));
  return Array.from({ length: pages }, (_, i) => ({
    entity: entity.id,
    page: i + 1,
    pages,
    start: i * MENTIONS_PER_PAGE,
    url: `${entity.url}mentions/${i ? `${i + 1}/` : ''}`,
  }));
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
    ...(article.language ? { language: article.language } : {}),
    about,
  };
}

/** The public shape of an entity: what kb.json documents, nothing the pages alone need. */
function kbEntity(e: SiteEntity): KbEntity {
  const kb: Omit<KbEntity, 'mentions'> = {
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
  };
  // the site entity's field itself: its value, or, where the mentions went to the spill, its getter (not read here)
  return Object.defineProperty(kb, 'mentions', Object.getOwnPropertyDescriptor(e, 'mentions')!) as KbEntity;
}

const byCountThenId = (a: EntityRef, b: EntityRef) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** An article's entities by type, most salient first. */
function byType(refs: (EntityRef & { type: EntityType })[]): Record<EntityType, EntityRef[]> {
  const result = { person: [], group: [], place: [] } as Record<EntityType, EntityRef[]>;
  for (const { type, ...ref } of refs) result[type].push(ref);
  for (const type of ENTITY_TYPES)
    result[type].sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0) || byCountThenId(a, b));
  return result;
}

interface PlacedContext {
  kb: KbEntity['mentions'][number];
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
  const sorted = [...mentions].sort(
    (a, b) => (order.get(a.kb.article) ?? 0) - (order.get(b.kb.article) ?? 0) || a.kb.start - b.kb.start,
  );
  const contexts: MentionContext[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!;
    let j = i + 1;
    while (
      j < sorted.length &&
      sorted[j]!.kb.article === first.kb.article &&
      first.index !== -1 &&
      sorted[j]!.index === first.index
    )
      j++;
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
    contexts.push({
      article: first.kb.article,
      paragraph: paragraphAt(paragraphsOf.get(first.kb.article) ?? [], first.kb.start),
      parts,
    });
    i = j;
  }
  return contexts;
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
  const flat = prose
    .replace(/[#>*_`[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= 200) return flat;
  const cut = flat.slice(0, 200);
  // a slice of `flat` would keep all of it (the article's whole text) for as long as the site data lives
  return detachString(`${cut.slice(0, Math.max(cut.lastIndexOf(' '), 150))}…`);
}
