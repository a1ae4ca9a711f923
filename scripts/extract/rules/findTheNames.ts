/**
 * Layer (after the tagger, per document): "The" written with a capital inside a sentence starts a name, as
 * publications, outlets and venues are written: "a study by The Quillby found", "she told The Tarvel", "Jane Roe, The
 * New Quillby". One to three capitalised words after it, where no name was found, become a group's mention with the
 * article; a person the tagger read in those words alone ("Jane Roe, The [Tarvel]") becomes that group. Not at a
 * sentence's or a line's start, not on a title-case line but after a comma or a slash, not before "of" (a longer
 * name this does not read), and not
 * a work's title ("The Quillby Show", "The Quillby Interview", "the movie The Quillby", "Jane from The Quillby").
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Classified } from './classifyCandidates.ts';
import type { Cluster } from './resolveDocAliases.ts';
import { addOccurrence, clusterOf, ruleMention } from './ruleClusters.ts';
import { wordSet } from '../../lang/lexicon.ts';

/** Longest name after "The", in words. */
const MAX_WORDS = 3;

/** Last words of works' titles, which are no group's name. */
const WORK_WORDS = wordSet(`
  show shows interview interviews book books series podcast movie film album song game novel episode season
  chronicles saga trilogy tour musical play
`);

/** The clusters, with the names after a capitalised "The" inside a sentence found or retyped as groups. */
export function findTheNames(ctx: DocContext, clusters: Cluster[]): Cluster[] {
  const t = ctx.tokens;
  const byFirst = new Map<number, { cluster: Cluster; occurrence: Classified }>();
  const covered = new Uint8Array(t.length);
  for (const cluster of clusters)
    for (const occurrence of cluster.occurrences) {
      byFirst.set(occurrence.first, { cluster, occurrence });
      covered.fill(1, occurrence.first, occurrence.last + 1);
    }
  const added = new Map<string, Cluster>();
  for (let i = 1; i + 1 < t.length; i++) {
    const the = t[i]!;
    if (the.text !== 'The' || the.lineStart || ctx.sentenceStart[i] === 1) continue;
    // inside a sentence: after a lower-case word, a comma or a slash (on a title-case line, only the latter:
    // "Jane Roe, The Tarvel")
    const prev = t[i - 1]!;
    const joint = /^[,/]$/.test(prev.norm);
    if (!(prev.kind === 'word' ? !prev.cap : joint)) continue;
    // a work's title: "the movie The X", "a character from The X"
    if (prev.lower === 'from' || WORK_WORDS.has(prev.lower) || WORK_WORDS.has(prev.lower.replace(/s$/, ''))) continue;
    if (ctx.headline[i] === 1 || (ctx.titleLine[i] === 1 && !joint)) continue;
    let last = i;
    while (last + 1 < t.length && last - i < MAX_WORDS) {
      const u = t[last + 1]!;
      if (u.kind !== 'word' || !u.cap || u.lineStart || u.allCaps) break;
      last++;
    }
    if (last === i || t[last + 1]?.lower === 'of' || WORK_WORDS.has(t[last]!.lower)) continue;
    const inner = byFirst.get(i + 1);
    if (covered.subarray(i, last + 1).some((x) => x === 1)) {
      // "The [Tarvel]" read as a person: the outlet
      if (inner && inner.occurrence.last === last && inner.cluster.type === 'person') retype(ctx, inner.cluster);
      continue;
    }
    const o = ruleMention(ctx, i, last, { person: 0, group: 1, place: 0 });
    const known = added.get(o.text);
    if (known) addOccurrence(known, o);
    else added.set(o.text, clusterOf(o, 'group'));
  }
  return added.size === 0 ? clusters : [...clusters, ...added.values()];
}

/** A person's cluster whose every mention follows a capitalised "The" is a group. */
function retype(ctx: DocContext, c: Cluster): void {
  if (c.occurrences.every((o) => ctx.tokens[o.first - 1]?.text === 'The')) c.type = 'group';
}
