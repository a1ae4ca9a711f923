/**
 * A "place" that nothing in the document places: the place gazetteer does not know it, its own words are no place's
 * ("X Street", "Port X"), and no mention stands where places stand ("in X", "near X", "X, <a known place>",
 * "<a town>, X"). Such a name is the tagger's guess for an unknown word (a band in a list, an exchange, a startup,
 * a character), and the guess is most often wrong: it becomes a person where it reads as a person's name (a given
 * name and a surname-shaped word: "Jane Roe"), and a group otherwise ("platforms from Quillo and Brantex").
 * Runs after the tagger, per document; types are per document.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Token } from '../analyse/tokenize.ts';
import type { EntityType } from '../../core/types/common.ts';
import {
  COMPASS_WORDS,
  getLexicons,
  isCommonWord,
  LANDMARK_HEADS,
  ORG_HEADS,
  PLACE_CUE_BEFORE,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLACE_PREFIXES,
} from '../../lang/lexicon.ts';
import { lookupDemonym, lookupPlace, type Place } from '../../lang/gazetteer.ts';
import { US_POSTAL_CODES } from '../../lang/usStates.ts';

export interface Options {
  /** Retype a place with no evidence (false: leave the tagger's guess). */
  enabled: boolean;
  /**
   * Person or group evidence a name needs to be retyped by it. 0 (the default): none, an unknown word with nothing
   * but the priors takes the better of them, a person's (a reviewer, a character; BENCHMARKS.md: the saved pages +2
   * names, the own dev slice +0.004); 1 kept the tagger's guess for such a word.
   */
  evidence: number;
}

export const defaultOptions: Options = { enabled: true, evidence: 0 };

interface Occurrence {
  first: number;
  last: number;
  text: string;
  dateline?: boolean;
  scoreLine?: boolean;
}

interface UnplacedCluster {
  type: EntityType;
  scores: { person: number; group: number; place: number };
  place?: unknown;
  roles: readonly string[];
  occurrences: readonly Occurrence[];
}

/** More words before a name that put it on a map ("lives in", "the road to", "flights to"). */
const PLACE_BEFORE = new Set([
  ...PLACE_CUE_BEFORE,
  'of',
  'off',
  'through',
  'between',
  'visit',
  'visited',
  'visiting',
  'across',
  'within',
  'throughout',
  'beyond',
  'above',
  'below',
  'outside',
  'downtown',
  'where',
]);
/** Words after a name that put it on a map ("X-based", "X residents"). */
const PLACE_AFTER = new Set([
  'residents',
  'resident',
  'native',
  'natives',
  'border',
  'borders',
  'area',
  'region',
  'coast',
  'capital',
  'mayor',
  'governor',
  'province',
  'city',
  'town',
  'county',
  'state',
]);

/** Heads of organisations' names that the shared lists leave out. */
const MORE_ORG_HEADS = new Set(['studio', 'studios', 'games', 'records', 'labs', 'media', 'project', 'collective']);

/** Heads of place names that the shared lists leave out. */
const MORE_PLACE_HEADS = new Set([
  'creek',
  'beach',
  'harbour',
  'harbor',
  'boulevard',
  'springs',
  'ridge',
  'grove',
  'monument',
  'memorial',
  'cemetery',
  'temple',
  'shrine',
  'castle',
  'cathedral',
  'capitol',
  'hotel',
  'resort',
  'pier',
  'motel',
  'inn',
  'course',
  'stadium',
  'arena',
]);

/** "California and the X", "X, Y and Ohio": a name in a list beside a known place. */
function listedWithPlace(ctx: DocContext, o: Occurrence, the: number): boolean {
  const t = ctx.tokens;
  const isSep = (x: Token | undefined) => !!x && (x.norm === ',' || x.lower === 'and' || x.lower === 'or');
  // the word before the separator(s) on the left, the word after them on the right
  let i = o.first - 1 - the;
  if (isSep(t[i])) {
    while (isSep(t[i])) i--;
    const before = t[i];
    if (before?.cap && lookupPlace(before.text)) return true;
  }
  let j = o.last + 1;
  if (isSep(t[j])) {
    while (isSep(t[j])) j++;
    if (t[j]?.lower === 'the') j++;
    const after = t[j];
    if (after?.cap && lookupPlace(after.text)) return true;
  }
  return false;
}

const words = (t: readonly Token[], o: Occurrence): Token[] =>
  t.slice(o.first, o.last + 1).filter((x) => x.kind === 'word');

/** Is there anything in the document that makes this occurrence a place's? */
function placed(ctx: DocContext, o: Occurrence): boolean {
  const t = ctx.tokens;
  const ws = words(t, o);
  if (ws.length === 0 || o.dateline || o.scoreLine) return true;
  const first = ws[0]!.lower.replace(/\.$/, '');
  const last = ws[ws.length - 1]!.lower;
  if (
    PLACE_HEADS.has(last) ||
    LANDMARK_HEADS.has(last) ||
    MORE_PLACE_HEADS.has(last) ||
    PLACE_PREFIXES.has(first) ||
    // "Camp X": a first word of place names the shared prefixes leave out
    first === 'camp' ||
    COMPASS_WORDS.has(first)
  )
    return true;
  // "District of X", "Gulf of X"
  if (ws.length > 2 && (PLACE_HEADS.has(first) || PLACE_NOUNS.has(first)) && ws[1]!.lower === 'of') return true;
  if (lookupPlace(o.text) || lookupDemonym(o.text)) return true;
  // "in X", "from the X"
  const the = t[o.first - 1]?.lower === 'the' ? 1 : 0;
  const prev = t[o.first - 1 - the];
  if (prev && prev.kind === 'word' && PLACE_BEFORE.has(prev.lower)) return true;
  if (listedWithPlace(ctx, o, the)) return true;
  // "the village of X", "the capital, X", "the former X"
  if ((prev?.lower === 'of' || prev?.norm === ',') && PLACE_NOUNS.has(t[o.first - 2]?.lower ?? '')) return true;
  if (t[o.first - 1]?.lower === 'former' && t[o.first - 2]?.lower === 'the') return true;
  const next = t[o.last + 1];
  // "X residents", "X square", "X stadium", "X presidential palace"
  if (next && next.kind === 'word' && PLACE_AFTER.has(next.lower)) return true;
  for (let i = o.last + 1; i <= o.last + 2 && t[i]?.kind === 'word' && !t[i]!.cap; i++) {
    const w = t[i]!.lower;
    if (PLACE_HEADS.has(w) || LANDMARK_HEADS.has(w) || MORE_PLACE_HEADS.has(w)) return true;
  }
  // "the capital Grozny"
  if (PLACE_NOUNS.has(prev?.lower ?? '') && !prev?.cap) return true;
  // a known place inside the name: "Arab East Jerusalem", "Los Angeles-area"
  const parts = o.text.split(/[\s-]+/);
  for (let i = 0; i < parts.length; i++)
    for (let j = i + 1; j <= Math.min(parts.length, i + 3); j++)
      if (j - i < parts.length && prominent(lookupPlace(parts.slice(i, j).join(' ')))) return true;
  // "Tripoli's X"
  if (prev && /^['’]s?$/.test(prev.norm) && lookupPlace(t[o.first - 2 - the]?.text ?? '')) return true;
  if (next?.norm === '-' && /^(?:based|born|area)$/i.test(t[o.last + 2]?.text ?? '')) return true;
  // "X, Ohio", "X, TX", and "Akron, X"
  if (next?.norm === ',') {
    const after = t[o.last + 2];
    if (after && (US_POSTAL_CODES.has(after.text) || lookupPlace(after.text))) return true;
  }
  if (prev?.norm === ',') {
    const before = t[o.first - 2];
    if (before?.cap && lookupPlace(before.text)) return true;
  }
  return false;
}

/** A country, a region or a city of 100,000 people or more: a part of a name that places it. */
const prominent = (p: Place | undefined) => !!p && (p.kind !== 'city' || p.population >= 100_000);

/** A given name and a surname-shaped word ("Jane Roe", "Jane Q. Roe"): a person's name. */
function personShaped(ctx: DocContext, o: Occurrence): boolean {
  const ws = words(ctx.tokens, o);
  if (ws.length < 2 || ws.length > 3) return false;
  const { firstNames } = getLexicons();
  const given = ws[0]!.lower;
  if (!firstNames.has(given) || isCommonWord(given)) return false;
  return ws.slice(1).every((w) => w.cap && !w.allCaps && !isCommonWord(w.lower.replace(/\.$/, '')));
}

/** Words only an organisation's name has: a head ("X Studio", "X Games"), a connector ("Table and Hearth"). */
function orgWords(ctx: DocContext, o: Occurrence): boolean {
  const ws = words(ctx.tokens, o).map((w) => w.lower.replace(/\.$/, ''));
  if (ws.length < 2) return false;
  const last = ws[ws.length - 1]!;
  return ORG_HEADS.has(last) || MORE_ORG_HEADS.has(last) || ws.includes('and') || ws.includes('&');
}

/** Retype, in place, the place clusters that nothing in the document places; returns the clusters. */
export function retypeUnplaced<C extends UnplacedCluster>(
  ctx: DocContext,
  clusters: C[],
  options: Partial<Options> = {},
): C[] {
  const opts = { ...defaultOptions, ...options };
  if (!opts.enabled) return clusters;
  for (const c of clusters) {
    if (c.type !== 'place' || c.place || c.roles.length > 0) continue;
    if (c.occurrences.some((o) => placed(ctx, o))) continue;
    // the better of the other two readings, unless the name's words are an organisation's ("X Studio", "X and Y");
    // a person's name shape decides a tie
    const shaped = c.occurrences.some((o) => personShaped(ctx, o));
    const orgWorded = c.occurrences.some((o) => orgWords(ctx, o));
    // with `evidence` above the priors and no evidence for either (the tagger's one reading of an unknown word),
    // the tagger's guess stays
    const person = shaped || c.scores.person >= opts.evidence;
    const group = orgWorded || c.scores.group >= opts.evidence;
    if (!person && !group) continue;
    c.type = !orgWorded && person && (shaped || c.scores.person >= c.scores.group) ? 'person' : 'group';
  }
  return clusters;
}
