/** What the resolve stage produces (one entity per real-world thing), and the corrections it applies. */
import type { EntityType } from './common.ts';
import type { Mention } from './extraction.ts';

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
  /** Checked by the user and found right (`reviewed: true`): it leaves the review list and changes nothing. */
  reviewed?: boolean;
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
