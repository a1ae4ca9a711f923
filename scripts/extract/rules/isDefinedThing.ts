/**
 * A name the page itself defines as a thing ("Quillnet is a global, open-source, decentralized supercomputer",
 * "Zorbcoin, a cryptocurrency,", "Quill Pie is a hearty dish"), used by the page-junk layer (dropPageJunk.ts): after
 * "is a", "is an", "was a" or an apposition's ", a", the noun phrase's head (its last word before punctuation or a
 * function word) is a noun of software, devices, games, dishes, plants, drugs, currencies or works. A definition with
 * a body's, a place's or a person's head ("is a company", "is a town") never drops a name; nor does a name that
 * speaks. A small town the gazetteer knows by the same name does not keep it (a prominent place or a country does).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { FUNCTION_WORDS, PERSON_CUE_AFTER, wordSet } from '../../lang/lexicon.ts';
import type { Place } from '../../lang/gazetteer.ts';

interface Occ {
  last: number;
  end: number;
}

/** Head nouns of a definition that make the name a thing's. */
const THING_HEADS =
  wordSet(`software library framework toolkit tool app application package module plugin extension interpreter compiler
  runtime protocol supercomputer computer device gadget console smartphone laptop browser database videogame game
  dish soup stew drink beverage cocktail snack dessert sauce pastry cheese plant shrub flower vine tree herb
  succulent cultivar fungus mushroom drug medication medicine vaccine supplement cryptocurrency currency
  stablecoin token film movie sitcom song album novel`);

const DEFINITION = /^(?:\s+(?:is|was)\s+|,\s+)(?:an?|one)\s+/u;

/** Words that end a definition's noun phrase ("a tool for …", "a dish that …"). */
const STOP = new Set([...FUNCTION_WORDS, 'that', 'which', 'who', 'where', 'used', 'made', 'built', 'designed']);

/** The definition's head noun after the occurrence, if any: the last of its lower-case words (commas may part them). */
function definitionHead(ctx: DocContext, o: Occ): string | undefined {
  const after = ctx.text.slice(o.end, o.end + 160);
  const m = DEFINITION.exec(after);
  if (!m) return undefined;
  let head: string | undefined;
  for (const w of after.slice(m[0].length).matchAll(/([\p{L}-]+)([^\p{L}-]*)/gu)) {
    const word = w[1]!;
    if (!/^[\p{Ll}-]+$/u.test(word) || STOP.has(word)) break;
    head = word;
    // a comma between adjectives goes on ("a global, open-source supercomputer"); other punctuation ends the phrase
    if (!/^\s*$/.test(w[2]!) && !/^,\s+$/.test(w[2]!)) break;
  }
  return head;
}

export function isDefinedThing(
  ctx: DocContext,
  c: { occurrences: readonly Occ[]; place?: Place },
  otherHeads: (w: string) => boolean,
): boolean {
  if (c.place && (c.place.kind !== 'city' || c.place.capital || c.place.population >= 100_000)) return false;
  const t = ctx.tokens;
  let thing = 0;
  for (const o of c.occurrences) {
    const next = t[o.last + 1];
    if (next?.kind === 'word' && PERSON_CUE_AFTER.has(next.lower)) return false;
    const head = definitionHead(ctx, o);
    if (!head) continue;
    if (otherHeads(head)) return false;
    if (THING_HEADS.has(head)) thing++;
  }
  return thing > 0;
}
