/**
 * A one-word common noun taken for a name because the page capitalises it or writes it as an acronym ("call your GP",
 * "an AI that writes", "each Dockerfile"), used by the page-junk layer (dropPageJunk.ts): every occurrence follows a
 * determiner (maybe a few lower-case words before it: "a best-practices X"), and at least one a determiner other than "the" ("your", "a", "every"; not "its" or "their", which a
 * body's own office takes: "its Senate"): a person's, a group's or a place's name takes "the" at most ("the Quillbury Times"),
 * never "your" or "a". No occurrence may run on into a capitalised word or a noun (a modifier: "your X account"),
 * speak, own ("X's") or follow a title; a given name and a name the organisations' gazetteer knows are kept.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { TAG } from '../analyse/tagWithCompromise.ts';
import type { Token } from '../analyse/tokenize.ts';
import { FUNCTION_WORDS, getLexicons, PERSON_CUE_AFTER, TITLE_HEADS } from '../../lang/lexicon.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';

interface Occ {
  first: number;
  last: number;
  end: number;
}

/** Determiners before a common noun that no name takes. */
const NOT_THE = new Set('a an my your every each any no another either neither such'.split(' '));
const DETERMINER = new Set([...NOT_THE, 'the']);

/** A lower-case adjective or a part of a hyphenated compound between a determiner and its noun ("a best-practices"). */
const modifier = (t: readonly Token[], tags: Uint32Array, k: number): boolean => {
  const x = t[k];
  if (!x || x.cap || x.lineStart) return false;
  if (x.norm === '-') return true;
  if (x.kind !== 'word' || DETERMINER.has(x.lower) || FUNCTION_WORDS.has(x.lower)) return false;
  const compound = t[k + 1]?.norm === '-' || t[k - 1]?.norm === '-';
  return compound || ((tags[k]! & TAG.adjective) !== 0 && (tags[k]! & TAG.verb) === 0);
};

/** Verbs after a subject whatever the tagger makes of them. */
const AUXILIARIES = new Set(
  'is are was were has have had does did do can could will would shall should may might must'.split(' '),
);

/**
 * A word after the name that makes the name a noun phrase's head: a function word ("you’ll"), an auxiliary, "above" or
 * "below", or a verb inflected
 * for its subject ("X requires", "X started"); not a noun or a bare verb, which the tagger also reads after a proper
 * noun where a noun stands ("your X account", "every X store").
 */
const afterHead = (x: Token, tags: number): boolean =>
  FUNCTION_WORDS.has(x.lower.replace(/['’](?:ll|s|d|re|ve|m)$/, '')) ||
  AUXILIARIES.has(x.lower) ||
  x.lower === 'above' ||
  x.lower === 'below' ||
  /n['’]t$/.test(x.lower) ||
  ((tags & TAG.verb) !== 0 && (tags & TAG.noun) === 0 && /(?:s|ed)$/.test(x.lower));

export function isOwnedNoun(
  ctx: DocContext,
  c: { type: string; forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: unknown },
): boolean {
  // a building or an office of a body's own ("its Capitol") is a place all the same
  if (c.type === 'place') return false;
  const forms = [...c.forms.keys()];
  if (forms.some((f) => /\s/.test(f))) return false;
  const firstNames = getLexicons().firstNames;
  // a code that is also a country's ("GP") is common enough not to ask the place gazetteer
  for (const f of forms) if (firstNames.has(f.toLowerCase()) || organisations().has(orgKey(f))) return false;
  const t = ctx.tokens;
  let owned = false;
  for (const o of c.occurrences) {
    // the determiner, maybe before a few lower-case words ("a best-practices X", "your new X")
    let k = o.first - 1;
    while (k >= o.first - 4 && modifier(t, ctx.tags, k)) k--;
    const before = t[k];
    if (before?.kind !== 'word' || !DETERMINER.has(before.lower)) return false;
    if (before.lower !== 'the') owned = true;
    const next = t[o.last + 1];
    // the name is the noun phrase's head: a noun after it makes it a modifier ("a Quillo group", "your Quillo
    // account"), which a name can be
    if (next?.kind === 'word' && (next.cap || PERSON_CUE_AFTER.has(next.lower))) return false;
    if (next?.kind === 'word' && !next.lineStart && !afterHead(next, ctx.tags[o.last + 1]!)) return false;
    if (next?.norm === ',' && t[o.last + 2]?.lower === 'who') return false;
    if (/^['’]s?(?![\p{L}\p{N}])/u.test(ctx.text.slice(o.end, o.end + 3))) return false;
    if (TITLE_HEADS.has(t[k - 1]?.lower ?? '')) return false;
  }
  return owned;
}
