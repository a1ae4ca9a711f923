/** kb.json, the public knowledge base (documented in docs/kb-schema.md). */
import type { EntityType } from './common.ts';
import type { ReviewItem } from './entity.ts';
import type { Quote, Relation, Role } from './evidence.ts';

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
  /** ISO 639-1 code of the text ("en", "de"); absent when undetermined. Only English articles have entities. */
  language?: string;
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
