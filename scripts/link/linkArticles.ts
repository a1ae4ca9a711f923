import { guard, isolate } from '../core/guard.ts';
import { plural } from '../core/text/plural.ts';
import type { Article } from '../core/types/article.ts';
import type { Span, Warning } from '../core/types/common.ts';
import type { ResolvedEntity } from '../core/types/entity.ts';
import type { Relation, Role } from '../core/types/evidence.ts';
import type { SiteQuote, SiteRole } from '../core/types/site.ts';
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
import { relateEntities } from './relateEntities.ts';
import { type Paragraph, renderMentions } from './renderMentions.ts';
import { scoreSalience } from './scoreSalience.ts';

export interface LinkInput {
  articles: readonly Article[];
  /** Sentence spans of each article, by article id. */
  sentences: ReadonlyMap<string, readonly Span[]>;
  entities: readonly ResolvedEntity[];
  href: Href;
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
  warnings: Warning[];
}

/**
 * Tie articles and entities together: each article rendered with its paragraphs numbered and every mention linked;
 * places geocoded; roles, quotes and salience read from the text; relations between entities named together.
 */
export function linkArticles({ articles, sentences, entities: found, href }: LinkInput): Linked {
  const entities = geocodePlaces(found, new Map(articles.map((a) => [a.id, a.text])));
  const warnings: Warning[] = [];
  const urlOf = new Map(entities.map((e) => [e.id, entityPath(e.type, e.slug)]));
  const placed = placeMentions(entities);
  const names = new Map(entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  const evidence = new Map<string, EntityEvidence>(entities.map((e) => [e.id, { roles: [], quotes: [], salience: 0 }]));
  const inputs: ArticleEvidenceInput[] = [];
  const linked = articles.map((article): LinkedArticle => {
    const mentions = placed.get(article.id) ?? [];
    const body = renderBody(article, mentions, urlOf, href, warnings);
    const input: ArticleEvidenceInput = {
      article,
      mentions,
      sentences: sentences.get(article.id) ?? [],
      paragraphs: body.paragraphs,
    };
    inputs.push(input);
    const salience = gatherEvidence(input, article.source, body.paragraphs, names, evidence, warnings);
    return { html: body.html, paragraphs: body.paragraphs, mentions, salience };
  });
  const sourceOf = new Map(articles.map((a) => [a.id, a.source]));
  const relations = isolate(
    inputs,
    relateEntities,
    (input) => sourceOf.get(input.article.id) ?? input.article.id,
    'relate entities',
    'its relations are left out',
    warnings,
  );
  return { entities, articles: linked, evidence, relations, warnings };
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

/** Roles, quotes and salience of one article, added to each entity's evidence; returns the article's salience. */
function gatherEvidence(
  input: ArticleEvidenceInput,
  file: string,
  paragraphs: readonly Paragraph[],
  names: ReadonlyMap<string, string[]>,
  evidence: ReadonlyMap<string, EntityEvidence>,
  warnings: Warning[],
): ReadonlyMap<string, number> {
  const roles = guard(
    warnings,
    file,
    'find roles',
    'the article is shown without them',
    () => [],
    () => findRoles(input),
  );
  for (const { entity, role } of roles) {
    evidence.get(entity)?.roles.push({ ...role, paragraph: roleParagraph(input, paragraphs, entity, role) });
  }
  const quotes = guard(
    warnings,
    file,
    'find quotes',
    'the article is shown without them',
    () => [],
    () => attributeQuotes(input),
  );
  for (const { entity, quote } of quotes) {
    evidence.get(entity)?.quotes.push({ ...quote, paragraph: paragraphAt(paragraphs, quote.start) });
  }
  const salience = guard(
    warnings,
    file,
    'score salience',
    'the article is shown without it',
    () => new Map<string, number>(),
    () => scoreSalience(input, { names }),
  );
  for (const [entity, score] of salience) {
    const g = evidence.get(entity);
    if (g) g.salience = Math.max(g.salience, roundScore(score));
  }
  return salience;
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
