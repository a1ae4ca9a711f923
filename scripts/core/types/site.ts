/** The site data: what the site stage hands the templates in layouts/. */
import type { EntityType } from './common.ts';
import type { Quote, Relation, RelationEvidence, Role } from './evidence.ts';
import type { KbArticle, KbEntity } from './kb.ts';

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
  /** Its offices: one role per office, most stated first (site/dedupeRoles.ts). */
  offices?: SiteOffice[];
  /** Its strongest neighbours laid out around it (site/layoutLocalGraph.ts); none without relations. */
  localGraph?: LocalGraph;
  /** Where a place is drawn on the site's maps (site/projectMap.ts), for a place with coordinates. */
  xy?: [number, number];
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
  /** The network, laid out at build time (scripts/site/layoutGraph.ts): every type, and each type alone. */
  graph: GraphLayout;
  graphs: Record<EntityType, GraphLayout>;
  /** The articles index and its filtered views (by year, by outlet), paginated. */
  articleLists: ArticleListPage[];
  /** The people, groups and places indexes by first letter. */
  letterPages: LetterPage[];
  /**
   * Index pages of the folder-like URLs that only have pages below them ("/articles/years/", "/people/letters/",
   * "/articles/2019/" for articles in a folder "2019"), so that shortening a URL never leads to a dead end.
   */
  folderPages: FolderPage[];
  /** Pages listing every mention of an entity too often mentioned to show them all on its own page. */
  mentionPages: MentionPage[];
  /** The base map of the world as SVG (assets/world.svg), projected like every place's `xy`. */
  worldMap: string;
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

/** The index of a folder-like URL: links to the pages below it. */
export interface FolderPage {
  /** Path from the site root, ending in "/". */
  url: string;
  title: string;
  /** One sentence under the title. */
  intro: string;
  links: { url: string; label: string; count?: number }[];
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

// ---------------------------------------------------------------- the network (laid out by site/layoutGraph.ts)

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType;
  weight: number;
  x: number;
  y: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** What a template sees as `build`. */
export interface BuildInfo {
  /** Distinct for every render in this process; never printed (templates key their caches with it). */
  id: string;
  pathPrefix: string;
  offline: boolean;
  siteUrl?: string;
}

/** One office an entity holds: the wording most used for it, with its first proof and how often it is stated. */
export interface SiteOffice {
  role: SiteRole;
  wording: string;
  count: number;
}

// ---------------------------------------------------------------- an entity page's local graph

export interface LocalNode {
  id: string;
  name: string;
  /** The label as drawn: cut to LABEL_CHARS. */
  label: string;
  type: EntityType;
  x: number;
  y: number;
  r: number;
  /** Where the label is drawn and how it is anchored. */
  lx: number;
  ly: number;
  anchor: 'start' | 'middle' | 'end';
  weight: number;
}

export interface LocalGraph {
  width: number;
  height: number;
  centre: LocalNode;
  neighbours: LocalNode[];
  /** Pairs of neighbours also named together. */
  links: [string, string][];
}

/** The strongest neighbours drawn around an entity. */

/**
 * Moves one field of an object out of memory as soon as it is made, leaving a getter in its place that reads the
 * value back (scripts/write/spillSiteData.ts): the build hands it to the site stage, so that what grows per article
 * does not all wait in memory until the pages are rendered.
 */
export type SpillField = (item: object, field: string) => void;
