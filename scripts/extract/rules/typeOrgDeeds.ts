/**
 * Layer (after the tagger, per document): what a name does or is said to be that only an organisation does or is.
 * A name the tagger read as a person's or a place's becomes a group where one of its mentions has
 * - a founding: "X was founded in 1930", "X, founded in 2013", "X was established by";
 * - a definition: "X is a biscuit factory", "X is an independent record label" (the head noun an organisation's);
 * - a company's form after it: "X and Co.", "X & Co";
 * - products or works from it: "trading platforms from X and Y", "apps from X", "the whole list from X", "this
 *   tutorial from X";
 * - an organisation's last word run on in camel case: "QuarnBank";
 * - "its" for it as a subject: "X is once again showing its care", "X recently opened its second shop".
 * A name the document marks as a person's (a title, a role, a given name first, "he"/"she" for it), and a place the
 * gazetteer knows as a country or a region, keep their type. Other helpers' cues (typeByCues.ts) already take "X said
 * its", "shares of X" and "X, a miner".
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { lowerWord, type Token } from '../analyse/tokenize.ts';
import type { EntityType } from '../../core/types/common.ts';
import { getLexicons, isCommonWord, PLACE_PREFIXES, wordSet } from '../../lang/lexicon.ts';
import { POSSESSIVE } from './typeByCues.ts';

interface Occurrence {
  first: number;
  last: number;
  role?: string;
}

interface DeedCluster {
  type: EntityType;
  roles: readonly string[];
  place?: { kind: string };
  occurrences: readonly Occurrence[];
}

const set = wordSet;

/** Verbs of founding, after "was"/"were"/"has been" or alone after a comma: "X was founded", "X, founded in". */
const FOUNDED = set(`founded established incorporated formed`);

/**
 * Head nouns that make "X is a …" an organisation's definition. Businesses and bodies only: never a person's trade
 * or role, and never a building's or a place's noun ("place", "town", "hotel").
 */
const ORG_HEADS = set(`
  company companies firm corporation conglomerate business maker manufacturer producer retailer chain brand label
  factory store shop supermarket bakery brewery distillery winery restaurant cafe café publisher newspaper magazine
  website blog startup start-up nonprofit non-profit charity organization organisation association foundation
  institute agency band orchestra choir ensemble network broadcaster platform exchange bank lender insurer carrier
  airline operator studio franchise cooperative co-op
`);

/** Nouns of what a company makes or runs, before "from X": "trading platforms from X". */
const PRODUCTS = set(`
  platform platforms product products service services app apps software tool tools device devices phone phones
  model models offering offerings plan plans card cards wallet wallets exchanges brokers
`);

/** What a company, a magazine or a blog puts out, before "from X": "the full list from X", "this tutorial from X". */
const WORKS = set(`
  list lists tutorial tutorials recipe recipes palette palettes printable printables pattern patterns template
  templates design designs
`);

/** Organisations' last words that a name may run on in camel case ("QuarnBank"): never a shop's or a place's. */
const CAMEL_ORG_TAILS = set(`bank banken exchange airways airlines railway railways telecom media`);

/** Adverbs and auxiliaries between a subject and its verb: "X is once again showing its", "X recently opened its". */
const BETWEEN = set(`
  is was has had have will would also again yet still now recently just already further once first newly then
  currently proudly officially
`);

/** Retype, in place, the clusters that a deed or definition marks as organisations; returns the clusters. */
export function typeOrgDeeds<C extends DeedCluster>(ctx: DocContext, clusters: C[]): C[] {
  for (const c of clusters) {
    if (c.type === 'group' || c.roles.length > 0 || c.occurrences.some((o) => o.role)) continue;
    if (c.place && c.place.kind !== 'city') continue;
    if (personMarked(ctx, c)) continue;
    if (c.occurrences.some((o) => hasDeed(ctx, o))) {
      c.type = 'group';
    }
  }
  return clusters;
}

/** Is a mention in a context only an organisation has? */
function hasDeed(ctx: DocContext, o: Occurrence): boolean {
  const t = ctx.tokens;
  if (camelOrgWord(t, o)) return true;
  const next = t[o.last + 1];
  if (!next || next.lineStart) return fromProducts(ctx, o);
  // "X and Co.", "X & Co"
  if ((next.lower === 'and' || next.norm === '&') && /^co\.?$/i.test(t[o.last + 2]?.norm ?? '')) return true;
  if (POSSESSIVE.has(next.norm)) return false;
  // "X, founded in 2013"
  if (next.norm === ',' && FOUNDED.has(lowerWord(t[o.last + 2])) && /^(?:in|by)$/.test(lowerWord(t[o.last + 3])))
    return true;
  // "X was founded", "X has been established"
  const aux = lowerWord(next);
  let i = o.last + 2;
  if (aux === 'has' || aux === 'have') i += lowerWord(t[i]) === 'been' ? 1 : 0;
  if (/^(?:was|were|has|have)$/.test(aux) && FOUNDED.has(lowerWord(t[i]))) return true;
  // "X is a biscuit factory"
  if (/^(?:is|was)$/.test(aux) && definedAsOrg(ctx, o.last + 2)) return true;
  return subjectWithIts(ctx, o) || fromProducts(ctx, o);
}

/** A word of the name with an organisation's last word run on in camel case: "QuarnBank", "QuarnAirways". */
function camelOrgWord(t: readonly Token[], o: Occurrence): boolean {
  for (let i = o.first; i <= o.last; i++) {
    const m = /^\p{Lu}\p{Ll}+(\p{Lu}\p{Ll}+)$/u.exec(t[i]!.norm);
    if (m && CAMEL_ORG_TAILS.has(m[1]!.toLowerCase())) return true;
  }
  return false;
}

/** "a/an [words] HEAD" from token `at`: an organisation's head noun within five lower-case words. */
function definedAsOrg(ctx: DocContext, at: number): boolean {
  const t = ctx.tokens;
  if (!/^(?:a|an)$/.test(lowerWord(t[at]))) return false;
  for (let i = at + 1; i < t.length && i <= at + 6; i++) {
    const x = t[i]!;
    if (x.lineStart) return false;
    if (x.kind === 'punct' && x.norm !== '-' && x.norm !== '/') return false;
    if (x.kind !== 'word') continue;
    if (x.cap && i > at + 1) return false;
    // "a member of", "a place to": the head came before a preposition, and was no organisation's
    if (x.lower === 'of' || x.lower === 'to' || x.lower === 'for' || x.lower === 'who' || x.lower === 'that')
      return false;
    if (ORG_HEADS.has(x.lower)) return true;
  }
  return false;
}

/**
 * "X [is once again] showing its", at a clause's start: "its" for the subject within five words. The subject may be
 * two names joined by "and" ("A and B is again showing its").
 */
function subjectWithIts(ctx: DocContext, o: Occurrence): boolean {
  const t = ctx.tokens;
  // the first word of the capitalised run that ends at `i`
  const capsBack = (i: number) => {
    while (i > 0 && !t[i]!.lineStart && ctx.sentenceStart[i] !== 1 && t[i - 1]!.kind === 'word' && t[i - 1]!.cap) i--;
    return i;
  };
  let start = o.first;
  if (lowerWord(t[start - 1]) === 'and' && t[start - 2]?.kind === 'word' && t[start - 2]!.cap)
    start = capsBack(start - 2);
  let end = o.last;
  if (lowerWord(t[end + 1]) === 'and' && t[end + 2]?.cap && t[end + 2]!.kind === 'word') {
    end += 2;
    while (t[end + 1]?.kind === 'word' && t[end + 1]!.cap) end++;
  }
  const prev = t[start - 1];
  const atClauseStart =
    !prev ||
    t[start]!.lineStart ||
    ctx.sentenceStart[start] === 1 ||
    (prev.kind === 'punct' && prev.norm !== '(' && prev.norm !== '"');
  if (!atClauseStart) return false;
  let verbs = 0;
  for (let i = end + 1; i < t.length && i <= end + 6; i++) {
    const w = lowerWord(t[i]);
    if (!w || t[i]!.lineStart) return false;
    if (w === 'its') return verbs === 1;
    if (BETWEEN.has(w)) continue;
    // one verb, in a form that takes an object: "showing", "opened", "expands"
    if (verbs > 0 || !/(?:ing|ed|es|s)$/.test(w)) return false;
    verbs++;
  }
  return false;
}

/** "trading platforms from X", "apps from X and Y": what a company makes, from the name or a name listed before it. */
function fromProducts(ctx: DocContext, o: Occurrence): boolean {
  const t = ctx.tokens;
  let i = o.first - 1;
  // one name back in a pair: "from X and Y", "from X, Y"
  if (lowerWord(t[i]) === 'and' || t[i]?.norm === ',') {
    let j = i - 1;
    while (j >= 0 && t[j]!.kind === 'word' && t[j]!.cap && i - j <= 4) j--;
    if (j === i - 1) return false;
    i = j;
  }
  if (lowerWord(t[i]) !== 'from') return false;
  const before = lowerWord(t[i - 1]);
  // "platforms from X", "the full list from X", "this tutorial from X"
  return PRODUCTS.has(before) || WORKS.has(before);
}

/** A name the document marks as a person's: "Mr."-like title before it, a given name first, "he"/"she" as its subject. */
function personMarked(ctx: DocContext, c: DeedCluster): boolean {
  const t = ctx.tokens;
  const { firstNames } = getLexicons();
  return c.occurrences.some((o) => {
    const words = t.slice(o.first, o.last + 1).filter((x) => x.kind === 'word');
    const w = words[0]?.lower ?? '';
    // "Jane Roe", not "Jane's Nail Bar" (a business named after its owner)
    const possessive = t[o.first + 1]?.kind === 'clitic' || POSSESSIVE.has(t[o.first + 1]?.norm ?? '');
    if (words.length >= 2 && !possessive && firstNames.has(w) && !isCommonWord(w) && !PLACE_PREFIXES.has(w))
      return true;
    const prev = t[o.first - 1]?.lower.replace(/\.$/, '') ?? '';
    if (/^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady)$/.test(prev)) return true;
    // "X said he", "X has explained that she"
    for (let i = o.last + 1; i < t.length && i <= o.last + 5; i++) {
      if (t[i]!.kind === 'punct' || t[i]!.lineStart) break;
      if (/^(?:he|she|his|her|him)$/.test(t[i]!.lower) && !t[i]!.cap) return true;
    }
    return false;
  });
}
