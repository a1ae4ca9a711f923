/**
 * Police blotters and local news name people with their age and their town: "Hayley N. Roe, 30, Quillby, was
 * arrested", "Jon Roe, 37, of Quillby". The word after the age, between commas, is the person's town: a place, also
 * where the tagger missed it or read an unknown town as a person or a group. Runs after the tagger, per document.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';

export interface Options {
  enabled: boolean;
}

export const defaultOptions: Options = { enabled: true };

interface Occurrence {
  first: number;
  last: number;
  role?: string;
}

interface TownCluster {
  type: EntityType;
  roles: readonly string[];
  occurrences: readonly Occurrence[];
}

/** "<Name>, <age>, X," or "<Name>, <age>, of X,": the town after a person's age. */
export function isAgeTown(ctx: DocContext, o: Occurrence): boolean {
  const t = ctx.tokens;
  let i = o.first - 1;
  if (t[i]?.lower === 'of') i--;
  const age = t[i - 1];
  return (
    t[i]?.norm === ',' &&
    age?.kind === 'number' &&
    /^\d{1,3}$/.test(age.text) &&
    t[i - 2]?.norm === ',' &&
    !!t[i - 3]?.cap &&
    t[o.first]!.cap &&
    (t[o.last + 1]?.norm === ',' || t[o.last + 1]?.norm === '.')
  );
}

/** Retype, in place, the clusters named as a person's town as places; returns the clusters. */
export function placeAgeTowns<C extends TownCluster>(
  ctx: DocContext,
  clusters: C[],
  options: Partial<Options> = {},
): C[] {
  const opts = { ...defaultOptions, ...options };
  if (!opts.enabled) return clusters;
  for (const c of clusters) {
    if (c.type === 'place' || c.roles.length > 0 || c.occurrences.some((o) => o.role)) continue;
    if (c.occurrences.some((o) => isAgeTown(ctx, o))) c.type = 'place';
  }
  return clusters;
}
