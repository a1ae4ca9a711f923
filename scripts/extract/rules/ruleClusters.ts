/**
 * The pieces every rule that finds names of its own shares: a mention over tokens with the rule's scores, a new
 * cluster of one mention, and one more mention of a cluster counted under its form.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Classified, Scores } from './classifyCandidates.ts';
import type { Cluster } from './resolveDocAliases.ts';

/** A rule's mention over tokens first..last (by default from the first token's start to the last one's end). */
export function ruleMention(
  ctx: DocContext,
  first: number,
  last: number,
  scores: Scores,
  start = ctx.tokens[first]!.start,
  end = ctx.tokens[last]!.end,
): Classified {
  return {
    first,
    last,
    start,
    end,
    text: ctx.text.slice(start, end),
    headline: false,
    dateline: false,
    demonymGroup: false,
    scores,
    source: 'rules',
  };
}

/** A new cluster of one mention, named and scored by it. */
export function clusterOf(o: Classified, type: Cluster['type']): Cluster {
  return { forms: new Map([[o.text, 1]]), occurrences: [o], scores: { ...o.scores }, type, name: o.text, roles: [] };
}

/** One more mention of a cluster, counted under its form. */
export function addOccurrence(c: Cluster, o: Classified): void {
  c.occurrences.push(o);
  c.forms.set(o.text, (c.forms.get(o.text) ?? 0) + 1);
}
