import { guard } from '../core/guard.ts';
import { Canon, Memo, sameItems } from '../core/memo.ts';
import { plural } from '../core/text/plural.ts';
import type { Article } from '../core/types/article.ts';
import type { Span, Warning } from '../core/types/common.ts';
import type { ResolvedEntity, ResolvedMention } from '../core/types/entity.ts';
import type { Relation, Role } from '../core/types/evidence.ts';
import type { SiteQuote, SiteRole, SpillField } from '../core/types/site.ts';
import type { Href } from '../core/urls.ts';
import { articlePath, entityPath } from '../core/urls.ts';
import { attributeQuotes } from './attributeQuotes.ts';
import {
  type ArticleEvidenceInput,
  indexContaining,
  type PlacedMention,
  paragraphAt,
  sentenceText,
} from './evidenceInput.ts';
import { findRoles } from './findRoles.ts';
import { geocodePlaces } from './geocodePlaces.ts';
import { type PairEvidence, pairsOf, sumPairs } from './relateEntities.ts';
import { type Paragraph, renderMentions } from './renderMentions.ts';
import { scoreSalience } from './scoreSalience.ts';
import { createRelationMemo, type RelationMemo, updateRelations } from './updateRelations.ts';

export interface LinkInput {
  articles: readonly Article[];
  /** Sentence spans of each article, by article id. */
  sentences: ReadonlyMap<string, readonly Span[]>;
  entities: readonly ResolvedEntity[];
  href: Href;
  /** What each article gave the last builds of this process (the warm build), by everything it was made from. */
  memo?: LinkMemo | undefined;
  /** Where each article's rendered body goes as soon as it is made (the build: a file); none: kept as a field. */
  spill?: SpillField | undefined;
}

/**
 * What link keeps between the builds of one process: each article's link, by everything it was made from; each
 * article's placed mentions and each entity's names, as the same list as last time when they read the same (so the
 * key names them by identity); and each entity's mentions placed, by its list of mentions (resolve hands an entity
 * no change reached on as the same object).
 */
export interface LinkMemo {
  articles: Memo<ArticleLink>;
  placed: Canon<PlacedMention[]>;
  names: Canon<string[]>;
  byEntity: WeakMap<readonly ResolvedMention[], { id: string; type: string; placed: PlacedMention[] }>;
  /** The relations added up by the last build, made again only for the pairs of the articles whose pairs changed. */
  relations: RelationMemo;
}

export function createLinkMemo(): LinkMemo {
  return {
    articles: new Memo(),
    placed: new Canon((a, b) => sameItems(a, b, samePlaced)),
    names: new Canon((a, b) => sameItems(a, b, (x, y) => x === y)),
    byEntity: new WeakMap(),
    relations: createRelationMemo(),
  };
}

const samePlaced = (a: PlacedMention, b: PlacedMention) =>
  a.entity === b.entity && a.type === b.type && a.start === b.start && a.end === b.end && a.text === b.text;

/** Everything link makes of one article alone, given its mentions and their entities' names and pages. */
export interface ArticleLink {
  linked: LinkedArticle;
  roles: { entity: string; role: SiteRole }[];
  quotes: { entity: string; quote: SiteQuote }[];
  pairs: PairEvidence[];
  /** The warnings of its own steps, and those of relating its entities (given after every article's). */
  warnings: Warning[];
  relateWarnings: Warning[];
}

/** One article tied to its entities: its body with every mention a link, and what its text says of them. */
export interface LinkedArticle {
  /** Rendered body: paragraphs with ids, every mention a link. Trusted HTML. */
  html: string;
  paragraphs: Paragraph[];
  /** Its mentions, sorted, each with the id of its entity. */
  mentions: PlacedMention[];
  /** Salience of each entity named in it (0–1), by entity id. */
  salience: ReadonlyMap<string, number>;
}

/** Evidence gathered for one entity across the articles. */
export interface EntityEvidence {
  roles: SiteRole[];
  quotes: SiteQuote[];
  salience: number;
}

/** What the link stage hands the site stage. */
export interface Linked {
  /** The resolved entities, places with their coordinates. */
  entities: ResolvedEntity[];
  /** One per input article, in the same order. */
  articles: LinkedArticle[];
  /** By entity id. */
  evidence: ReadonlyMap<string, EntityEvidence>;
  relations: Relation[];
  /**
   * In a process that builds again (with a memo): how `relations` differs from the list of the last build, when
   * only some were made again: the entities of those relations (the others are the same objects).
   */
  relationChange?: { from: readonly Relation[]; entities: ReadonlySet<string> } | undefined;
  warnings: Warning[];
}

/**
 * Tie articles and entities together: each article rendered with its paragraphs numbered and every mention linked;
 * places geocoded; roles, quotes and salience read from the text; relations between entities named together.
 */
export function linkArticles({ articles, sentences, entities: found, href, memo, spill }: LinkInput): Linked {
  const entities = geocodePlaces(found, new Map(articles.map((a) => [a.id, a.text])));
  const urlOf = new Map(entities.map((e) => [e.id, entityPath(e.type, e.slug)]));
  const placed = placeMentions(entities, memo);
  const names = new Map(
    entities.map((e) => {
      const list = [e.name, ...e.aliases];
      return [e.id, memo ? memo.names.of(e.id, list) : list];
    }),
  );
  const evidence = new Map<string, EntityEvidence>(entities.map((e) => [e.id, { roles: [], quotes: [], salience: 0 }]));
  const warnings: Warning[] = [];
  const relateWarnings: Warning[] = [];
  const pairs: PairEvidence[][] = [];
  const linked = articles.map((article): LinkedArticle => {
    const found = placed.get(article.id) ?? [];
    const mentions = memo ? memo.placed.of(article.id, found) : found;
    const spans = sentences.get(article.id) ?? [];
    const make = () => linkOne(article, mentions, spans, urlOf, href, names);
    const one = memo
      ? memo.articles.get(articleKey(memo.articles, article, mentions, spans, urlOf, href, names), make)
      : make();
    warnings.push(...one.warnings);
    relateWarnings.push(...one.relateWarnings);
    for (const { entity, role } of one.roles) evidence.get(entity)?.roles.push(role);
    for (const { entity, quote } of one.quotes) evidence.get(entity)?.quotes.push(quote);
    for (const [entity, score] of one.linked.salience) {
      const g = evidence.get(entity);
      if (g) g.salience = Math.max(g.salience, roundScore(score));
    }
    pairs.push(one.pairs);
    spill?.(one.linked, 'html');
    return one.linked;
  });
  const relations = memo
    ? updateRelations(
        articles.map((a) => a.id),
        pairs,
        memo.relations,
      )
    : sumPairs(pairs);
  return {
    entities,
    articles: linked,
    evidence,
    relations,
    ...(memo?.relations.change ? { relationChange: memo.relations.change } : {}),
    warnings: [...warnings, ...relateWarnings],
  };
}

/**
 * Everything one article's link depends on: the article, its sentences and its placed mentions (each the same object
 * as long as it reads the same), and its entities' links and names.
 */
function articleKey(
  memo: Memo<ArticleLink>,
  article: Article,
  mentions: readonly PlacedMention[],
  spans: readonly Span[],
  urlOf: ReadonlyMap<string, string>,
  href: Href,
  names: ReadonlyMap<string, string[]>,
): string {
  const url = articlePath(article.id);
  const ids = [...new Set(mentions.map((m) => m.entity))];
  return [
    memo.idOf(article),
    memo.idOf(spans),
    memo.idOf(mentions),
    ...ids.map((id) => `${id}\u0001${href(urlOf.get(id)!, url)}\u0001${memo.idOf(names.get(id)!)}`),
  ].join('\u0000');
}

/** One article linked: its body, roles, quotes, salience and the pairs it names together, each step guarded. */
function linkOne(
  article: Article,
  mentions: PlacedMention[],
  spans: readonly Span[],
  urlOf: ReadonlyMap<string, string>,
  href: Href,
  names: ReadonlyMap<string, string[]>,
): ArticleLink {
  const warnings: Warning[] = [];
  const body = renderBody(article, mentions, urlOf, href, warnings);
  const input: ArticleEvidenceInput = { article, mentions, sentences: spans, paragraphs: body.paragraphs };
  const { roles, quotes, salience } = gatherEvidence(input, article.source, body.paragraphs, names, warnings);
  const relateWarnings: Warning[] = [];
  const pairs = guard(
    relateWarnings,
    article.source,
    'relate entities',
    'its relations are left out',
    () => [],
    () => pairsOf(input),
  );
  return {
    linked: { html: body.html, paragraphs: body.paragraphs, mentions, salience },
    roles,
    quotes,
    pairs,
    warnings,
    relateWarnings,
  };
}

/** The article's body with its mentions linked; a failure costs the links (or the Markdown), never the text. */
function renderBody(
  article: Article,
  mentions: readonly PlacedMention[],
  urlOf: ReadonlyMap<string, string>,
  href: Href,
  warnings: Warning[],
) {
  const url = articlePath(article.id);
  const file = article.source;
  const body = guard(
    warnings,
    file,
    'link the mentions',
    'the article is shown without links',
    () =>
      guard(
        warnings,
        file,
        'render the Markdown',
        'the article is shown as plain text',
        () => renderMentions({ format: 'txt', text: article.text }, []),
        () => renderMentions(article, []),
      ),
    () =>
      renderMentions(
        article,
        mentions.map((m) => ({
          start: m.start,
          end: m.end,
          href: href(urlOf.get(m.entity)!, url),
          className: `mention t-${m.type}`,
        })),
      ),
  );
  if (body.linked < mentions.length) {
    warnings.push({
      code: 'UNLINKED_MENTION',
      file: article.source,
      message: `${plural(mentions.length - body.linked, 'mention')} could not be linked inside the Markdown formatting`,
    });
  }
  return body;
}

/** Roles, quotes and salience of one article, each placed in its paragraph. */
function gatherEvidence(
  input: ArticleEvidenceInput,
  file: string,
  paragraphs: readonly Paragraph[],
  names: ReadonlyMap<string, string[]>,
  warnings: Warning[],
): Pick<ArticleLink, 'roles' | 'quotes'> & { salience: ReadonlyMap<string, number> } {
  const roles = guard(
    warnings,
    file,
    'find roles',
    'the article is shown without them',
    () => [],
    () => findRoles(input),
  ).map(({ entity, role }) => ({
    entity,
    role: { ...role, paragraph: roleParagraph(input, paragraphs, entity, role) },
  }));
  const quotes = guard(
    warnings,
    file,
    'find quotes',
    'the article is shown without them',
    () => [],
    () => attributeQuotes(input),
  ).map(({ entity, quote }) => ({ entity, quote: { ...quote, paragraph: paragraphAt(paragraphs, quote.start) } }));
  const salience = guard(
    warnings,
    file,
    'score salience',
    'the article is shown without it',
    () => new Map<string, number>(),
    () => scoreSalience(input, { names }),
  );
  return { roles, quotes, salience };
}

/** Every mention, per article, sorted, with the entity it belongs to. */
function placeMentions(entities: readonly ResolvedEntity[], memo: LinkMemo | undefined): Map<string, PlacedMention[]> {
  const placed = new Map<string, PlacedMention[]>();
  for (const entity of entities) {
    const kept = memo?.byEntity.get(entity.mentions);
    const own =
      kept && kept.id === entity.id && kept.type === entity.type
        ? kept.placed
        : entity.mentions.map((m) => ({
            entity: entity.id,
            type: entity.type,
            start: m.start,
            end: m.end,
            text: m.text,
          }));
    if (memo && own !== kept?.placed)
      memo.byEntity.set(entity.mentions, { id: entity.id, type: entity.type, placed: own });
    entity.mentions.forEach((m, i) => {
      const list = placed.get(m.article);
      if (list) list.push(own[i]!);
      else placed.set(m.article, [own[i]!]);
    });
  }
  for (const list of placed.values()) list.sort((a, b) => a.start - b.start);
  return placed;
}

/** The paragraph of the sentence that states a role: the entity's mention in that sentence. */
function roleParagraph(
  input: ArticleEvidenceInput,
  paragraphs: readonly Paragraph[],
  entity: string,
  role: Role,
): string {
  for (const m of input.mentions) {
    if (m.entity !== entity) continue;
    const i = indexContaining(input.sentences, m.start);
    if (i !== -1 && sentenceText(input.article.text, input.sentences[i]!, m) === role.sentence) {
      return paragraphAt(paragraphs, m.start);
    }
  }
  const first = input.mentions.find((m) => m.entity === entity);
  return paragraphAt(paragraphs, first?.start ?? 0);
}

/** Scores are kept to three decimals, so that kb.json stays small and the same on every machine. */
export const roundScore = (n: number): number => Math.round(n * 1000) / 1000;
