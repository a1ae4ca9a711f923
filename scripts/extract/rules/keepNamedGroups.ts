/**
 * Names the tagger missed but whose own words make them an organisation's: the rule layers find "Harwick Express",
 * "Oskaloo Indian Tribe" or "Brindle Studios" in running text, and a name that ends in a word only organisations end
 * theirs with is a group, whatever the tagger made of its unknown first words. Such a rule name is kept beside the
 * tagger's (extractEntities' keepLinked), as a group. Runs after the tagger, so its training is unchanged.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Token } from '../analyse/tokenize.ts';
import { isGroupName } from './typeByCues.ts';

export interface Options {
  /** Keep the rule layers' names that their own words make a group's (false: the tagger's reading alone). */
  enabled: boolean;
}

export const defaultOptions: Options = { enabled: true };

/**
 * Last words of organisations' names the cue lists leave out: peoples' governments, studios, coalitions. Not "Games":
 * it ends events' names as often ("Olympic Games", "Asian Games": MISC) as studios'.
 */
const MORE_GROUP_ENDS = new Set(['tribe', 'tribes', 'nation', 'studios', 'coalition', 'caucus']);

interface Occurrence {
  first: number;
  last: number;
  text: string;
}

const wordsOf = (t: readonly Token[], o: Occurrence): Token[] =>
  t.slice(o.first, o.last + 1).filter((x) => x.kind === 'word');

/**
 * Is this a name the text itself makes an organisation's: two capitalised words or more, the last an organisation's
 * ("X Express", "X Railway", "X Studios", "X Indian Tribe", "University of X"), not at a sentence's start alone?
 */
export function isNamedGroup(ctx: DocContext, o: Occurrence): boolean {
  const ws = wordsOf(ctx.tokens, o);
  if (ws.length < 2 || !ws[0]!.cap || !ws[ws.length - 1]!.cap) return false;
  // a heading's title-case run ("Local News Express") is no name
  if (ctx.headline[o.first] === 1 || ctx.titleLine[o.first] === 1) return false;
  const last = ws[ws.length - 1]!.lower;
  return MORE_GROUP_ENDS.has(last) || isGroupName(ctx, o);
}
