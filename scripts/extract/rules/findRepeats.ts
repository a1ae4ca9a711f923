/**
 * Layer: document-level consistency. Once a surface form is an entity, every other
 * occurrence of it in the document is found and gets the same entity: in ALL-CAPS lines
 * (case-insensitively), at sentence starts, and surnames of people named in full.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Classified } from './classifyCandidates.ts';
import { looksCommon } from './findCandidates.ts';
import type { Cluster } from './resolveDocAliases.ts';
import { FUNCTION_WORDS, NAME_CONNECTORS } from '../../lang/lexicon.ts';

export interface Options {
  /** Find the last word of a person's full name on its own. */
  surnames: boolean;
}

export const defaultOptions: Options = { surnames: true };

interface Pattern {
  /** Lower-cased token texts (curly quotes straightened). */
  lower: string[];
  /** Token texts as written (curly quotes straightened). */
  norm: string[];
  cluster: Cluster;
}

export function findRepeats(ctx: DocContext, clusters: Cluster[], options: Partial<Options> = {}): void {
  const opts = { ...defaultOptions, ...options };
  const { tokens } = ctx;
  const covered = new Uint8Array(tokens.length);
  const byFirst = collectPatterns(ctx, clusters, opts.surnames, covered);

  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const headline = ctx.headline[i] === 1;
    if (!headline && !t.cap) continue;
    const list = byFirst.get(t.lower);
    if (!list) continue;
    // "pro-Moscow": an adjective
    const hy = tokens[i - 1];
    if (hy && !t.spaceBefore && hy.norm === '-' && tokens[i - 2] && !tokens[i - 2]!.cap && !hy.spaceBefore) continue;
    i = recordFirstMatch(ctx, covered, list, i, headline);
  }
  for (const c of clusters) c.occurrences.sort((a, b) => a.start - b.start);
}

/** Mark the clusters' occurrences covered and index their forms (and people's surnames) by first word, longest first. */
function collectPatterns(
  ctx: DocContext,
  clusters: Cluster[],
  surnames: boolean,
  covered: Uint8Array,
): Map<string, Pattern[]> {
  const { tokens } = ctx;
  const byFirst = new Map<string, Pattern[]>();
  const seen = new Set<string>();
  for (const cluster of clusters) {
    for (const o of cluster.occurrences) {
      for (let i = o.first; i <= o.last; i++) covered[i] = 1;
      const norm = tokens.slice(o.first, o.last + 1).map((t) => t.norm);
      addPattern(byFirst, seen, norm, cluster);
      if (surnames && cluster.type === 'person') {
        const words = tokens.slice(o.first, o.last + 1).filter((t) => t.kind === 'word');
        const last = words[words.length - 1];
        if (words.length >= 2 && last && last.cap && !FUNCTION_WORDS.has(last.lower))
          addPattern(byFirst, seen, [last.norm], cluster);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  return byFirst;
}

/** Index a form under its first word, once per form. */
function addPattern(byFirst: Map<string, Pattern[]>, seen: Set<string>, norm: string[], cluster: Cluster): void {
  const lower = norm.map((t) => t.toLowerCase());
  const key = lower.join(' ');
  if (seen.has(key)) return;
  seen.add(key);
  const list = byFirst.get(lower[0]!) ?? [];
  list.push({ lower, norm, cluster });
  byFirst.set(lower[0]!, list);
}

/** Record the first (longest) pattern that repeats at token i; returns its last token, or i when none does. */
function recordFirstMatch(ctx: DocContext, covered: Uint8Array, list: Pattern[], i: number, headline: boolean): number {
  const { tokens } = ctx;
  for (const p of list) {
    const end = i + p.lower.length - 1;
    if (end >= tokens.length) continue;
    if (!matchesAt(ctx, covered, p, i, headline)) continue;
    if (!headline && !standsAlone(ctx, p, i, end)) continue;
    addRepeat(ctx, covered, p.cluster, i, end, headline);
    return end;
  }
  return i;
}

/** Do the uncovered tokens from i on, on one line, spell the pattern (case-insensitively on a headline)? */
function matchesAt(ctx: DocContext, covered: Uint8Array, p: Pattern, i: number, headline: boolean): boolean {
  const { tokens } = ctx;
  let ok = true;
  for (let q = 0; q < p.lower.length && ok; q++) {
    const tok = tokens[i + q]!;
    if (covered[i + q] || (q > 0 && tok.lineStart)) ok = false;
    else if (headline) ok = tok.lower === p.lower[q];
    else ok = tok.norm === p.norm[q];
  }
  return ok;
}

/** Outside a headline: is the match from i to end no part of a longer name, nor a common word at a sentence start? */
function standsAlone(ctx: DocContext, p: Pattern, i: number, end: number): boolean {
  const { tokens } = ctx;
  // not part of a longer capitalised name
  const after = tokens[end + 1];
  const before = tokens[i - 1];
  if (after && after.kind === 'word' && after.cap && after.spaceBefore && !after.lineStart) return false;
  if (
    before &&
    before.kind === 'word' &&
    before.cap &&
    !before.lineStart &&
    !NAME_CONNECTORS.has(before.lower) &&
    !ctx.sentenceStart[i]
  )
    return false;
  if (ctx.sentenceStart[i] && p.lower.length === 1 && looksCommon(ctx, i)) return false;
  return true;
}

/** Add the tokens from i to end as an occurrence of the cluster, and cover them. */
function addRepeat(
  ctx: DocContext,
  covered: Uint8Array,
  cluster: Cluster,
  i: number,
  end: number,
  headline: boolean,
): void {
  const { tokens } = ctx;
  const start = tokens[i]!.start;
  const endChar = tokens[end]!.end;
  const occ: Classified = {
    first: i,
    last: end,
    start,
    end: endChar,
    text: ctx.text.slice(start, endChar),
    headline,
    dateline: false,
    demonymGroup: false,
    scores: { person: 0, group: 0, place: 0 },
  };
  cluster.occurrences.push(occ);
  cluster.forms.set(occ.text, (cluster.forms.get(occ.text) ?? 0) + 1);
  for (let q = i; q <= end; q++) covered[q] = 1;
}
