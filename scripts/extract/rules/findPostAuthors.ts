/**
 * Question-and-answer sites sign each post with a card: a line "answered Feb 6, 2014 at 23:35", then the author's
 * name on a line of its own (saved pages often hold it twice, run together: the link and its hidden copy), then the
 * author's reputation ("7,104 silver badges", "22.6k"). The name line of such a card is a person's mention, however
 * it is written (a user name may be in lower case or glued to its copy, where the tagger finds nothing). Runs after
 * the tagger, so its training is unchanged.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Cluster } from './resolveDocAliases.ts';
import { addOccurrence, clusterOf, ruleMention } from './ruleClusters.ts';

export interface Options {
  /** Find the authors of posts' cards (false: not at all). */
  enabled: boolean;
  /** Person evidence of a mention found this way. */
  weight: number;
}

export const defaultOptions: Options = { enabled: true, weight: 1 };

/** A card: the post's verb and time, the name's line, the reputation's line. */
const CARD =
  /^[ \t]*(?:asked|answered|edited)[ \t]+\p{L}{3,9}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]+at[ \t]+\d{1,2}:\d{2}[ \t]*\n(?:[ \t]*\n)*[ \t]*([^\n]*\S)[ \t]*\n(?:[ \t]*\n)*[ \t]*([^\n]*)/gmu;

/** A reputation line: a score ("9,014", "22.6k") or badges. */
const REPUTATION = /^(?:[\d.,]+k?\b|.*\bbadges?\b)/u;

/** The clusters, and one person's cluster for each author of a post's card that no cluster holds yet. */
export function findPostAuthors(ctx: DocContext, clusters: Cluster[], options: Partial<Options> = {}): Cluster[] {
  const opts = { ...defaultOptions, ...options };
  const { text, tokens } = ctx;
  if (!opts.enabled || !/\b(?:asked|answered)\b/.test(text)) return clusters;
  const firstAt = new Map<number, number>();
  const lastAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    firstAt.set(t.start, i);
    lastAt.set(t.end, i);
  });
  const covered = new Uint8Array(tokens.length);
  for (const c of clusters) for (const o of c.occurrences) covered.fill(1, o.first, o.last + 1);
  const byName = new Map<string, Cluster>();
  const added: Cluster[] = [];
  for (const m of text.matchAll(CARD)) {
    const name = m[1]!;
    if (!REPUTATION.test(m[2]!) || !/\p{L}/u.test(name) || name.length > 60) continue;
    const start = m.index + m[0].indexOf(name, m[0].indexOf('\n'));
    const first = firstAt.get(start);
    const last = lastAt.get(start + name.length);
    if (first === undefined || last === undefined || covered.subarray(first, last + 1).some((x) => x)) continue;
    const o = ruleMention(ctx, first, last, { person: opts.weight, group: 0, place: 0 }, start, start + name.length);
    const c = byName.get(name);
    if (c) {
      addOccurrence(c, o);
      continue;
    }
    const cluster = clusterOf(o, 'person');
    byName.set(name, cluster);
    added.push(cluster);
  }
  return added.length === 0 ? clusters : [...clusters, ...added];
}
