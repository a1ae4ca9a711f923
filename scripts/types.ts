import type { GraphLayout } from './link/layoutGraph.ts';

/**
 * The data that flows through the pipeline (load → extract → resolve → link → write)
 * and the knowledge-base shape that the templates and kb.json read.
 */

export type EntityType = 'person' | 'group' | 'place';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'group', 'place'];

/** A half-open character range [start, end) into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** A content problem: reported, never fatal. */
export interface Warning {
  code: string;
  file: string;
  line?: number;
  message: string;
}

// ---------------------------------------------------------------- load

export type ArticleFormat = 'md' | 'txt' | 'html' | 'csv' | 'tsv' | 'jsonl' | 'docx' | 'pdf';

/** One article as read and validated by `load`. Later stages trust these fields. */
export interface Article {
  /** Stable, URL-safe id derived from the file path: "2016/budget-talks". */
  id: string;
  /** Path of the file relative to the articles folder, with forward slashes; for a dataset row, with "#id-…" or "#row-N". */
  source: string;
  /** What it was read from; everything but 'md' is plain text (rendered like .txt). */
  format: ArticleFormat;
  title: string;
  /** ISO date (YYYY-MM-DD) from front matter, if given. */
  date?: string;
  author?: string;
  /** The `source` URL from front matter, if given and http(s). */
  sourceUrl?: string;
  /** The outlet that published it: `outlet:` in front matter, or a `source:` that is a name, not a URL. */
  outlet?: string;
  /**
   * The text the offsets index into: the whole file for .txt, the body after front matter for .md, the extracted
   * text (paragraphs separated by a blank line) for every other format.
   */
  text: string;
  /**
   * `text` with markup that is not prose (code, link targets, raw HTML tags) blanked out
   * with spaces: the same length, so offsets into it are offsets into `text`. Extraction reads this.
   */
  prose: string;
  /** 1-based line of the file on which `text` begins (for warnings). */
  bodyLine: number;
}

// ---------------------------------------------------------------- extract

export interface Mention extends Span {
  /** Exactly `text.slice(start, end)` of the article. */
  text: string;
}

/** An entity as found inside one document, with its in-document aliases merged. */
export interface DocEntity {
  /** The fullest form seen in the document. */
  name: string;
  type: EntityType;
  /** Other surface forms seen in the document (not including `name`). */
  aliases: string[];
  /** Sorted by start; never overlapping. */
  mentions: Mention[];
  /** Roles/titles stated in the document ("Secretary of Defense"). Optional signal. */
  roles?: string[];
  /** Geo coordinates from the gazetteer, for places. */
  geo?: { lat: number; lon: number };
  /** For a place that is a country, the country's name in the gazetteer ("United States"). */
  country?: string;
}

export interface Extraction {
  entities: DocEntity[];
  /** Sentence spans covering the text, in order. */
  sentences: Span[];
}

// ---------------------------------------------------------------- resolve

export interface ResolvedMention extends Mention {
  article: string;
}

export interface ResolvedEntity {
  /** Unique among all entities: the slug, or the slug and type where two types share a slug. */
  id: string;
  /** Unique within its type: the last segment of its URL (/people/<slug>/). */
  slug: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description?: string;
  geo?: { lat: number; lon: number };
  mentions: ResolvedMention[];
}

/** A decision the resolver was unsure of: in kb.json (`review`), the build's output and `npm run review`. */
export interface ReviewItem {
  kind: 'ambiguous-surname' | 'likely-surname' | 'ambiguous-name' | 'mixed-type';
  /** The entity in question, by the name it is shown under. */
  name: string;
  /** What was decided and why, in one sentence. */
  message: string;
  /** The other entities it could be. */
  candidates: string[];
  /** Article ids holding the evidence. */
  articles?: string[];
  /** The content/entities.yaml lines that would decide it the other way. */
  yaml: string;
}

/** An entity before it has an id: what corrections operate on. */
export type DraftEntity = Omit<ResolvedEntity, 'id' | 'slug'>;

/** One entry of content/entities.yaml, validated by `load`. */
export interface Correction {
  /** The entity it applies to: its name or any alias, compared case- and accent-insensitively. */
  match: string;
  /** 1-based line of the entry in entities.yaml, for messages. */
  line: number;
  /** Rename: the name shown for the entity. */
  name?: string;
  /** Retype. */
  type?: EntityType;
  /** Extra names for it; any entity found under one of them is merged in. */
  aliases?: string[];
  /** Other entities (by name or alias) to fold into this one. */
  merge?: string[];
  /** Shown on the entity page. */
  description?: string;
  /** Drop the entity and its mentions. */
  ignore?: boolean;
  /** Move some of its mentions to a new entity. */
  split?: SplitCorrection[];
}

export interface SplitCorrection {
  name: string;
  /** 1-based line of this split in entities.yaml, for messages (the entry's line if not given). */
  line?: number;
  type?: EntityType;
  /** Move the mentions in these articles (article id or source path). */
  articles?: string[];
  /** Move the mentions written exactly like one of these. */
  mentions?: string[];
}

// ---------------------------------------------------------------- evidence (link stage)

/** A role or title the article gives an entity, in the article's own words. */
export interface Role {
  /** "Secretary of Defense", "president". */
  title: string;
  article: string;
  /** The sentence that states it (whitespace collapsed). */
  sentence: string;
  /** The entity the role is held in, when the article names it ("Turkey" in "Turkey's president"). */
  of?: string;
}

/** A direct quotation attributed to an entity. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  article: string;
  /** The sentence(s) holding the quote and its attribution (whitespace collapsed). */
  sentence: string;
  /** How the article names the speaker when that is not just the entity's name ("a Kremlin spokesman"). */
  speaker?: string;
  /** Offset of the opening quotation mark in the article's text. */
  start: number;
}

export interface RelationEvidence {
  article: string;
  sentence: string;
}

/** Two entities named together: in the same sentence (weight 1 each) or, more weakly, the same paragraph. */
export interface Relation {
  source: string;
  target: string;
  weight: number;
  /** Sentences that name both. */
  sentences: number;
  /** Paragraphs that name both without a shared sentence. */
  paragraphs: number;
  /** Articles that name both in a sentence or paragraph. */
  articles: number;
  evidence: RelationEvidence[];
}

// ---------------------------------------------------------------- kb.json (public, documented in README)

export interface KbArticle {
  id: string;
  title: string;
  /** Entity ids the article is mainly about, most salient first, at most 5. */
  about?: string[];
  /** Path from the site root, without the path prefix: "/articles/foo/". */
  url: string;
  /** File path relative to the articles folder; a dataset row adds its row: "data/news.csv#id-A-1", "data/news.csv#row-12". */
  source: string;
  date?: string;
  author?: string;
  sourceUrl?: string;
  outlet?: string;
}

export interface KbMention {
  article: string;
  text: string;
  start: number;
  end: number;
  sentence: string;
}

export interface KbEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Path from the site root, without the path prefix: "/people/angela-merkel/". */
  url: string;
  description?: string;
  geo?: { lat: number; lon: number };
  roles?: Role[];
  quotes?: Quote[];
  /** Highest salience in any article, 0–1. */
  salience?: number;
  mentions: KbMention[];
}

export interface KnowledgeBase {
  articles: KbArticle[];
  entities: KbEntity[];
  relations?: Relation[];
  /** Decisions the resolver was unsure of, to check and settle in entities.yaml. */
  review?: ReviewItem[];
}

// ---------------------------------------------------------------- site data (what the templates read)

export interface EntityRef {
  id: string;
  count: number;
  /** Salience in the article (0–1), where the reference is an article's entity. */
  salience?: number;
}

export interface SiteArticle extends KbArticle {
  /** Rendered body: paragraphs with ids, every mention a link. Trusted HTML. */
  html: string;
  paragraphCount: number;
  mentionCount: number;
  /** Entities in this article, by type, most mentioned first. */
  entities: Record<EntityType, EntityRef[]>;
  /** A short plain-text excerpt for descriptions. */
  excerpt: string;
}

/** One sentence naming an entity, once, however many times it names it. */
export interface MentionContext {
  article: string;
  /** Id of the paragraph element on the article page. */
  paragraph: string;
  /** The sentence split around its mentions: plain text and mention text alternating, plain first and last. */
  parts: string[];
}

/** A role with the paragraph of the sentence that states it. */
export interface SiteRole extends Role {
  paragraph: string;
}

/** A quote on its speaker's page, with the paragraph it links back to. */
export interface SiteQuote extends Quote {
  paragraph: string;
}

/** Another entity named with this one: the relation's weight and its first piece of evidence. */
export interface RelatedRef {
  id: string;
  weight: number;
  sentences: number;
  paragraphs: number;
  articles: number;
  evidence: RelationEvidence;
}

export interface SiteEntity extends KbEntity {
  mentionCount: number;
  /** Its sentences, each once: articles newest first (undated last), in reading order within each. */
  contexts: MentionContext[];
  roles?: SiteRole[];
  quotes?: SiteQuote[];
  /** Entities named in the same sentences or paragraphs, strongest relation first. */
  related: RelatedRef[];
  /** Articles it appears in, newest first, undated last. */
  articles: EntityRef[];
}

export interface SiteData {
  articles: SiteArticle[];
  entities: SiteEntity[];
  counts: Record<EntityType, number>;
  mentionCount: number;
  relations: Relation[];
  /** The network, laid out at build time (scripts/link/layoutGraph.ts): every type, and each type alone. */
  graph: GraphLayout;
  graphs: Record<EntityType, GraphLayout>;
  /** The articles index and its filtered views (by year, by outlet), paginated. */
  articleLists: ArticleListPage[];
  /** The people, groups and places indexes by first letter. */
  letterPages: LetterPage[];
  /** Pages listing every mention of an entity too often mentioned to show them all on its own page. */
  mentionPages: MentionPage[];
}

/** One page of the articles index or one of its filters, newest first. */
export interface ArticleListPage {
  /** Path from the site root: "/articles/", "/articles/2/", "/articles/years/2021/", "/articles/outlets/reuters/". */
  url: string;
  /** "all", or the year or outlet shown. */
  filter: { kind: 'all' } | { kind: 'year'; year: string } | { kind: 'outlet'; outlet: string };
  page: number;
  pages: number;
  /** Article ids on this page. */
  ids: string[];
  /** Articles in the whole list (all its pages). */
  total: number;
}

/** The entities of one type whose name starts with one letter, by name. */
export interface LetterPage {
  type: EntityType;
  /** "A" … "Z", or "#" for the rest. */
  letter: string;
  url: string;
  ids: string[];
}

/** One page of an entity's mentions in context: contexts [start, start + MENTIONS_PER_PAGE). */
export interface MentionPage {
  entity: string;
  /** 1-based page number. */
  page: number;
  pages: number;
  start: number;
  /** Path from the site root: "/people/x/mentions/" for page 1, "/people/x/mentions/2/" after. */
  url: string;
}
