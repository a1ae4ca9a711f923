/**
 * Names in lists: "Brantex, Quillo, Vorn Force and Telvik", "Penra • Dalo • Ismet", or one name a numbered line
 * ("61. Jane Roe"). The members of a list are things of one kind, so a name between two or more names the document
 * types alike, and with no evidence of its own against that type, takes their type; and a name the rule layers found
 * but the tagger missed is kept when such a list holds it (a list of people or bands is where the tagger, trained on
 * running news, misses names most). Runs after the tagger, per document; types are per document.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';
import { getLexicons, isCommonWord, ORG_HEADS } from '../../lang/lexicon.ts';
import { isGroupName } from './typeByCues.ts';

export interface Options {
  /** Keep the rule layers' names the tagger missed in a list of its names. */
  keep: boolean;
  /** Retype names by their lists. */
  retype: boolean;
  /** Other members of the list, typed alike, that a name needs beside it. */
  neighbours: number;
}

export const defaultOptions: Options = { keep: true, retype: true, neighbours: 2 };

interface Occurrence {
  first: number;
  last: number;
  text: string;
  role?: string;
}

interface ListCluster {
  type: EntityType;
  place?: unknown;
  roles: readonly string[];
  occurrences: readonly Occurrence[];
}

const SEPARATORS = new Set([',', 'and', 'or', '&', '•', '·', '|']);

/** Where each occurrence of the clusters starts and ends: token index → cluster index + 1 (0: none). */
function spans(n: number, clusters: readonly ListCluster[]): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  clusters.forEach((c, k) => {
    for (const o of c.occurrences) {
      starts[o.first] = k + 1;
      ends[o.last] = k + 1;
    }
  });
  return { starts, ends };
}

/** Is the occurrence all of a numbered line: "61. Jane Roe", "7) Quillo"? */
function numberedLine(ctx: DocContext, o: { first: number; last: number }): boolean {
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
 * The clusters listed beside an occurrence (indexes into the clusters `spans` was built from): inline, separated by
 * commas, "and", "or", bullets; or the names of the numbered lines just before and after it.
 */
function listedBeside(
  ctx: DocContext,
  o: { first: number; last: number },
  at: { starts: Int32Array; ends: Int32Array },
  occurrenceAt: (first: number) => { first: number; last: number } | undefined,
): { members: number[]; joined: boolean } {
  const t = ctx.tokens;
  const out: number[] = [];
  // a list with a word or a bullet between its names, not commas alone (which also write "Akron, Ohio")
  let joined = false;
  const isSep = (i: number) => {
    const x = t[i];
    const sep = !!x && !x.lineStart && SEPARATORS.has(x.kind === 'word' ? x.lower : x.norm);
    if (sep && x.norm !== ',') joined = true;
    return sep;
  };
  // "Roe's X": a possessive name is no member of the list it follows
  if (t[o.last + 1]?.kind === 'clitic') return { members: out, joined };
  // to the left: separators, then the end of a name; at most three names
  let i = o.first - 1;
  for (let k = 0; k < 3 && isSep(i); k++) {
    if (t[i + 1]?.lineStart) break;
    while (isSep(i)) i--;
    const c = at.ends[i] ?? 0;
    if (!c) break;
    out.push(c - 1);
    const prev = occurrenceAt(-(i + 1));
    if (!prev) break;
    i = prev.first - 1;
  }
  // to the right
  let j = o.last + 1;
  for (let k = 0; k < 3 && isSep(j); k++) {
    while (isSep(j)) j++;
    if (t[j]?.lineStart) break;
    const c = at.starts[j] ?? 0;
    if (!c) break;
    out.push(c - 1);
    const next = occurrenceAt(j);
    if (!next) break;
    j = next.last + 1;
  }
  if (out.length > 0 || !numberedLine(ctx, o)) return { members: out, joined };
  // numbered lines: the names on the lines just before and after
  const lineOf = (from: number, step: 1 | -1) => {
    let k = from;
    while (k >= 0 && k < t.length && !t[k]!.lineStart) k += step;
    return k;
  };
  const prevLineStart = (() => {
    const here = lineOf(o.first, -1);
    let k = here - 1;
    while (k > 0 && !t[k]!.lineStart) k--;
    return k;
  })();
  const nextLineStart = lineOf(o.last + 1, 1);
  for (const ls of [prevLineStart, nextLineStart]) {
    const c = at.starts[ls + 2] ?? 0;
    const occ = c ? occurrenceAt(ls + 2) : undefined;
    if (c && occ && numberedLine(ctx, occ)) out.push(c - 1);
  }
  return { members: out, joined: true };
}

/**
 * The type most of the listed neighbours share, if enough of them do and at most one in four says otherwise; a list
 * of places needs a word or a bullet between its names (commas alone also write addresses: "Akron, Ohio").
 */
function sharedType(
  { members, joined }: { members: readonly number[]; joined: boolean },
  typeOf: (k: number) => EntityType | undefined,
  min: number,
): EntityType | undefined {
  const types = members.map(typeOf);
  const counts = new Map<EntityType | undefined, number>();
  for (const x of types) counts.set(x, (counts.get(x) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  if (top === 'place' && !joined) return undefined;
  return n >= min && (types.length - n) * 3 <= n ? top : undefined;
}

function occurrenceIndex(clusters: readonly ListCluster[]) {
  const byFirst = new Map<number, Occurrence>();
  const byLast = new Map<number, Occurrence>();
  for (const c of clusters)
    for (const o of c.occurrences) {
      byFirst.set(o.first, o);
      byLast.set(o.last, o);
    }
  // a negative index looks an occurrence up by its last token (-(last + 1))
  return (i: number) => (i < 0 ? byLast.get(-i - 1) : byFirst.get(i));
}

/**
 * The rule layers' names the tagger missed (`dropped`) that stand in a list of names the document keeps (`kept`),
 * typed like them: they are kept, with that type. Returns the kept ones of `dropped`.
 */
export function keepListed<C extends ListCluster>(
  ctx: DocContext,
  kept: readonly C[],
  dropped: readonly C[],
  options: Partial<Options> = {},
): C[] {
  const opts = { ...defaultOptions, ...options };
  if (!opts.keep || dropped.length === 0) return [];
  const at = spans(ctx.tokens.length, kept);
  const occurrenceAt = occurrenceIndex(kept);
  const out: C[] = [];
  for (const c of dropped) {
    for (const o of c.occurrences) {
      if (ctx.headline[o.first] === 1) continue;
      const type = sharedType(listedBeside(ctx, o, at, occurrenceAt), (k) => kept[k]!.type, opts.neighbours);
      if (!type || !plausible(ctx, o, type)) continue;
      c.type = type;
      out.push(c);
      break;
    }
  }
  return out;
}

/** A given name that is no common word, then more words: "Jane Roe". */
function personShaped(ctx: DocContext, o: Occurrence): boolean {
  const words = ctx.tokens.slice(o.first, o.last + 1).filter((x) => x.kind === 'word');
  const w = words[0]?.lower ?? '';
  return words.length >= 2 && getLexicons().firstNames.has(w) && !isCommonWord(w);
}

/** A name of two words or more that ends in an organisation's head or is worded as one ("X Bank", "University of X"). */
function groupWorded(ctx: DocContext, o: Occurrence): boolean {
  const words = ctx.tokens.slice(o.first, o.last + 1).filter((x) => x.kind === 'word');
  return words.length >= 2 && (ORG_HEADS.has(words[words.length - 1]!.lower) || isGroupName(ctx, o));
}

/** Could this occurrence be a name of this type at all: a person's name is no single common word ("Mines"). */
function plausible(ctx: DocContext, o: Occurrence, type: EntityType): boolean {
  const words = ctx.tokens.slice(o.first, o.last + 1).filter((x) => x.kind === 'word');
  if (words.length === 0) return false;
  if (words.length === 1) {
    const w = words[0]!.lower;
    if (type === 'person') return getLexicons().firstNames.has(w) || !isCommonWord(w);
    return !isCommonWord(w);
  }
  return true;
}

/**
 * Retype, in place, the names whose lists say another type than theirs: a name with no evidence of its own (no role,
 * no place the gazetteer knows, no title) between names all typed alike. Returns the clusters.
 */
export function typeLists<C extends ListCluster>(ctx: DocContext, clusters: C[], options: Partial<Options> = {}): C[] {
  const opts = { ...defaultOptions, ...options };
  if (!opts.retype) return clusters;
  const at = spans(ctx.tokens.length, clusters);
  const occurrenceAt = occurrenceIndex(clusters);
  const retype: [C, EntityType][] = [];
  for (const c of clusters) {
    if (c.roles.length > 0 || c.occurrences.some((o) => o.role)) continue;
    // a place the gazetteer knows keeps its type; a town's name the document gave another type is evidence of nothing
    // ("Orla • Brisa • Zelvany • Corra", where a small town is called Zelvany)
    if (c.place && (c.type === 'place' || (c.place as { kind?: string }).kind !== 'city')) continue;
    // a person's name keeps its type: a given name and more ("a driver from X, Y, and Jane Roe")
    if (c.type === 'person' && c.occurrences.some((o) => personShaped(ctx, o))) continue;
    // and an organisation's name its own words make one ("University of X", "X Bank")
    if (c.type === 'group' && c.occurrences.some((o) => groupWorded(ctx, o))) continue;
    const votes = new Map<EntityType, number>();
    for (const o of c.occurrences) {
      // a place's name the gazetteer does not know counts for nothing (a list of gods the tagger read as towns)
      const typeOf = (k: number) =>
        clusters[k]!.type !== 'place' || clusters[k]!.place ? clusters[k]!.type : undefined;
      const type = sharedType(listedBeside(ctx, o, at, occurrenceAt), typeOf, opts.neighbours);
      if (type) votes.set(type, (votes.get(type) ?? 0) + 1);
    }
    if (votes.size !== 1) continue;
    const [type] = [...votes.keys()];
    if (type && type !== c.type && c.occurrences.some((o) => plausible(ctx, o, type))) retype.push([c, type]);
  }
  // decided on the types as they were, then applied
  for (const [c, type] of retype) c.type = type;
  return clusters;
}
