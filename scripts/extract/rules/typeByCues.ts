/**
 * Type each name by what it is called and by what stands around each of its mentions, over the entity's prior
 * (the type the tagger and the rule layers settled on for the document). Strong cues decide:
 * - the name itself: a word that only organisations end or start their names with ("X Railway", "X Shimbun",
 *   "X Bhd", "Supreme Court", "Banco X", "University of X"; lists in orgCues.ts);
 * - a mention's context that only a company or a paper has: "X said its", "shares of X", "X, a miner", "analysts
 *   at X".
 * A name the document marks as a person's (a title, a first name, "Mr."), and a country or a region the gazetteer
 * knows, keeps its type. Types are per document: each document's entity is typed from its own mentions (a name
 * that is a company in one article and a town in another gets both readings, one per article).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Token } from '../analyse/tokenize.ts';
import type { EntityType } from '../../core/types/common.ts';
import { getLexicons, isCommonWord, PLACE_PREFIXES } from '../../lang/lexicon.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import {
  APPOSITION_AFTER,
  COMPASS_FIRST,
  FIRM_STAFF,
  GROUP_HEADS_BEFORE_OF,
  GROUP_NAME_ENDS,
  GROUP_NAME_STARTS,
  ORG_APPOSITION_HEADS,
} from './orgCues.ts';

export interface Options {
  /** Retype by the name's own words ("X Railway"). */
  names: boolean;
  /** Retype by a mention's company context ("X said its", "X, a miner"). */
  contexts: boolean;
}

export const defaultOptions: Options = { names: true, contexts: true };

interface Occurrence {
  first: number;
  last: number;
  text: string;
  role?: string;
}

interface CueCluster {
  type: EntityType;
  roles: readonly string[];
  place?: { kind: string };
  occurrences: readonly Occurrence[];
}

const PERSON_BEFORE = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'dame', 'lord', 'lady']);
/** The possessive's written forms after a name. */
export const POSSESSIVE = new Set(["'s", "'", '’s', '’']);

/** Retype, in place, the clusters that a strong cue marks as organisations; returns the clusters. */
export function typeByCues<C extends CueCluster>(ctx: DocContext, clusters: C[], options: Partial<Options> = {}): C[] {
  const opts = { ...defaultOptions, ...options };
  for (const c of clusters) {
    if (c.type === 'group' || c.roles.length > 0) continue;
    if (c.place && c.place.kind !== 'city') continue;
    if (titled(ctx, c)) continue;
    // a name's own words outweigh a first name inside it ("Des Moines Register"); a context does not ("Jane Roe said its")
    const named = opts.names && c.occurrences.some((o) => isGroupName(ctx, o));
    const cued =
      opts.contexts && !c.place && !firstNamed(ctx, c) && c.occurrences.some((o) => hasCompanyContext(ctx, o));
    if (named || cued) c.type = 'group';
  }
  return clusters;
}

/** A person's title or honorific before a mention ("Mr. Roe", "Chairman Roe"). */
function titled(ctx: DocContext, c: CueCluster): boolean {
  const t = ctx.tokens;
  return c.occurrences.some((o) => {
    if (o.role) return true;
    const prev = t[o.first - 1];
    return !!prev && PERSON_BEFORE.has(prev.lower.replace(/\.$/, ''));
  });
}

/** A given name before a surname ("Jane Roe"), that is no common word or place prefix too ("Red", "Port"). */
function firstNamed(ctx: DocContext, c: CueCluster): boolean {
  const { firstNames } = getLexicons();
  return c.occurrences.some((o) => {
    const words = wordsOf(ctx.tokens, o);
    const w = words[0]?.lower ?? '';
    return words.length >= 2 && firstNames.has(w) && !isCommonWord(w) && !PLACE_PREFIXES.has(w);
  });
}

const wordsOf = (t: readonly Token[], o: { first: number; last: number }): Token[] =>
  t.slice(o.first, o.last + 1).filter((x) => x.kind === 'word');

/** Does the name's own wording make it an organisation's ("X Railway", "PT X", "University of X")? */
export function isGroupName(ctx: DocContext, o: { first: number; last: number; text: string }): boolean {
  const words = wordsOf(ctx.tokens, o).map((w) => w.lower.replace(/\.$/, ''));
  if (words.length < 2) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // "West Bank", "Left Bank": a compass word and "Bank" name a region ("Western Railway" is a company)
  if (COMPASS_FIRST.has(first) && words.length === 2 && last === 'bank') return false;
  if (lookupPlace(o.text)) return false;
  if (GROUP_NAME_ENDS.has(last) || GROUP_NAME_STARTS.has(first)) return true;
  const of = words.indexOf('of');
  const ofOrFor = of > 0 ? of : words.indexOf('for');
  return ofOrFor > 0 && ofOrFor < words.length - 1 && GROUP_HEADS_BEFORE_OF.has(words[ofOrFor - 1]!);
}

/** Is a mention in a context only a company, a paper or a body has? */
export function hasCompanyContext(ctx: DocContext, o: { first: number; last: number }): boolean {
  const t = ctx.tokens;
  // cue words are common words: in lower case, or capitalised at a sentence's start ("Analysts at X said")
  const lowerAt = (i: number): string => {
    const x = t[i];
    return x && x.kind === 'word' && (!x.cap || ctx.sentenceStart[i] === 1 || x.lineStart) ? x.lower : '';
  };
  let after = o.last + 1;
  if (POSSESSIVE.has(t[after]?.norm ?? '')) after++;
  // "X said its profit rose" (a person says "his" or "her")
  if (
    /^(?:said|says|reported|reports|posted|expects|expected)$/.test(lowerAt(o.last + 1)) &&
    lowerAt(o.last + 2) === 'its'
  )
    return true;
  // "shares of X", "the stock of X"
  if (lowerAt(o.first - 1) === 'of' && /^(?:shares|stock|stocks|units|subsidiary)$/.test(lowerAt(o.first - 2)))
    return true;
  // "analysts at X", "an economist with X"
  if (/^(?:at|with)$/.test(lowerAt(o.first - 1)) && FIRM_STAFF.has(lowerAt(o.first - 2))) return true;
  return apposition(t, o.last);
}

const APPOSITION_STOPS = new Set([
  'of',
  'to',
  'in',
  'for',
  'with',
  'who',
  'that',
  'which',
  'and',
  'at',
  'on',
  'by',
  'from',
]);

/** "X, a miner", "X, the first foreign company to list", "X, a Bucharest-based engineering firm". */
function apposition(t: readonly Token[], last: number): boolean {
  if (t[last + 1]?.norm !== ',') return false;
  const det = t[last + 2];
  if (!det || !/^(?:a|an|the)$/.test(det.lower) || det.cap) return false;
  // the head noun within five words, lower case, then something that is not another noun of the phrase
  for (let i = last + 3; i < t.length && i <= last + 7; i++) {
    const x = t[i]!;
    if (x.lineStart) return false;
    if (x.kind === 'punct' && x.norm !== '-') return false;
    // "Jane Roe, a member of the club": the head came before a preposition
    if (x.kind === 'word' && APPOSITION_STOPS.has(x.lower)) return false;
    if (x.kind === 'word' && !x.cap && ORG_APPOSITION_HEADS.has(x.lower)) {
      const next = t[i + 1];
      return !next || APPOSITION_AFTER.has(next.lower) || next.lineStart;
    }
  }
  return false;
}
