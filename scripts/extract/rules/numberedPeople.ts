/**
 * A numbered list of people ("60. Jane Roe", "61. Copper Kettle", "62. Jan Doe"): a person's name on one of its lines
 * is a name, even one made of common words, which dropCommonRuns would otherwise take for a dish or a menu's words.
 * The list needs two other people's names on numbered lines of their own.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';

interface Occ {
  first: number;
  last: number;
}

interface PersonCluster {
  type: string;
  occurrences: readonly Occ[];
}

/** Is the occurrence all of a numbered line: "61. Jane Roe", "7) Quillo"? */
function isNumberedLine(ctx: DocContext, o: Occ): boolean {
  const t = ctx.tokens;
  const dot = t[o.first - 1];
  const num = t[o.first - 2];
  const next = t[o.last + 1];
  return (
    !!dot &&
    !!num &&
    (dot.norm === '.' || dot.norm === ')') &&
    num.kind === 'number' &&
    num.lineStart &&
    (!next || next.lineStart)
  );
}

/**
 * A person's cluster with a numbered line of its own in a document with two other people on numbered lines. `self` is
 * the cluster of `clusters` that `c` was made from, when `c` is a trimmed copy of it: it is not one of the others.
 */
export function inNumberedPeople(
  ctx: DocContext,
  clusters: readonly PersonCluster[],
  c: PersonCluster,
  self: PersonCluster = c,
): boolean {
  if (c.type !== 'person' || !c.occurrences.some((o) => isNumberedLine(ctx, o))) return false;
  let others = 0;
  for (const x of clusters) {
    if (x === c || x === self || x.type !== 'person' || !x.occurrences.some((o) => isNumberedLine(ctx, o))) continue;
    if (++others >= 2) return true;
  }
  return false;
}
