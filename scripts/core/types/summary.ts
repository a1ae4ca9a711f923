/** What a build reports when it is done: counts, warnings, stage times and the review list. */
import type { EntityType, Warning } from './common.ts';
import type { ReviewItem } from './entity.ts';

export interface BuildSummary {
  articles: number;
  entities: Record<EntityType, number>;
  mentions: number;
  pages: number;
  /** Articles whose extraction came from the cache. */
  cached: number;
  warnings: Warning[];
  /** Milliseconds per stage, in order. */
  stages: [string, number][];
  /** Decisions the resolver was unsure of (kb.json's `review`). */
  review: ReviewItem[];
  /** Nothing had changed since the last build: the site was left as it was (no render, no index); the rest is its summary. */
  unchanged?: boolean;
}
