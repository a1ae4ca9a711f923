/**
 * Layer (after the tagger and the other not-a-name layers, last of all): drop what web pages capitalise that names no
 * person, group or place, by class of text (each class in its own file):
 * - cells of item tables squashed into lines ("Zorblat A tangy root. Foraging", "Best Gifts: Quill Melon Turnip …";
 *   isItemRow.ts);
 * - a state inside a legislator's label ("(D-Calif.)"; isPartyStateLabel.ts): the occurrence goes;
 * - a capitalised adjective before a noun ("Northern greenhouses"; isCapitalisedAdjective.ts);
 * - titles of works and franchises ("the 2001 movie X", "this X character"; isWorkTitle.ts);
 * - a name used as a mass noun ("buy some X"; isMassNoun.ts);
 * - a name only ever quoted whole ("the “X” move"; isQuotedTitle.ts);
 * - common words only ever on heading lines ("2. Choose the Right Location"; isHeadingWords.ts);
 * - a name the page defines as a thing ("X is a decentralized supercomputer"; isDefinedThing.ts);
 * - a term with a common noun for its head, or its other name, paired in brackets ("Summoning Charm (Quillio)";
 *   isBracketedTerm.ts);
 * - the label of a figure on a short line of a panel or a table ("Fat 198g 30%"; isFigureLabel.ts);
 * - a name only ever before the noun of a condition it names ("X disease", "X syndrome"; isNamedCondition.ts);
 * - a credential after a person's name ("Ann Vask, MD, MPH"; isCredential.ts);
 * - nouns of another language quoted in an English page ("das Buch wurde"; isForeignNoun.ts);
 * - a common noun that is also a given name, read from the page's own use of the word ("Taker Fee", "Price Alerts";
 *   isCommonNounName.ts);
 * - a term the page also writes in lower case ("CA (Certificate Authority)" … "a certificate authority";
 *   isLowerCaseTerm.ts);
 * - a one-word common noun after a determiner no name takes ("call your GP", "an AI"; isOwnedNoun.ts);
 * - the label of a form's field or a setting ("for Common Name type"; isFormLabel.ts);
 * - a heading or a title that starts with a verb's -ing form ("Generating Keys"; isGerundTitle.ts).
 */
import { withOccurrences } from './dropCommonRuns.ts';
import type { DocContext } from '../analyse/analyseDocument.ts';
import { isItemCell, itemCells, type ItemCells } from './isItemRow.ts';
import { inPartyStateLabel } from './isPartyStateLabel.ts';
import { isCapitalisedAdjective } from './isCapitalisedAdjective.ts';
import { isWorkTitle } from './isWorkTitle.ts';
import { isMassNoun } from './isMassNoun.ts';
import { isQuotedTitle } from './isQuotedTitle.ts';
import { headingLines, isHeadingWords } from './isHeadingWords.ts';
import { isDefinedThing } from './isDefinedThing.ts';
import { isForeignNoun } from './isForeignNoun.ts';
import { isBracketedTerm } from './isBracketedTerm.ts';
import { isFigureLabel } from './isFigureLabel.ts';
import { isNamedCondition } from './isNamedCondition.ts';
import { isCredential } from './isCredential.ts';
import { DESCRIPTION_HEADS, ORG_HEADS, PLACE_HEADS, TITLE_HEADS } from '../../lang/lexicon.ts';
import type { Place } from '../../lang/gazetteer.ts';
import { isLowerCaseTerm } from './isLowerCaseTerm.ts';
import { isOwnedNoun } from './isOwnedNoun.ts';
import { isFormLabel } from './isFormLabel.ts';
import { isGerundTitle } from './isGerundTitle.ts';
import { type CaseCounts, caseCounts, isCommonNounName } from './isCommonNounName.ts';

export interface Options {
  /** Drop names whose every occurrence is a cell of an item table (isItemRow.ts). */
  itemRows: boolean;
  /** Drop the state of a legislator's "(D-Calif.)" label (isPartyStateLabel.ts). */
  stateLabels: boolean;
  /** Drop a capitalised adjective before a noun (isCapitalisedAdjective.ts). */
  adjectives: boolean;
  /** Drop titles of works (isWorkTitle.ts). */
  works: boolean;
  /** Drop names used as mass nouns (isMassNoun.ts). */
  massNouns: boolean;
  /** Drop names only ever quoted whole ("the “X” move"; isQuotedTitle.ts). */
  quoted: boolean;
  /** Drop common words only ever on heading lines (isHeadingWords.ts). */
  headings: boolean;
  /** Drop names the page defines as things ("X is a decentralized supercomputer"; isDefinedThing.ts). */
  definedThings: boolean;
  /** Drop terms with a common noun for their head and their other names in brackets (isBracketedTerm.ts). */
  bracketedTerms: boolean;
  /** Drop labels of figures on short lines ("Fat 198g 30%"; isFigureLabel.ts). */
  figureLabels: boolean;
  /** Drop names only ever before a condition's noun ("X disease"; isNamedCondition.ts). */
  conditions: boolean;
  /** Drop credentials after a person's name ("MD, MPH"; isCredential.ts). */
  credentials: boolean;
  /** Drop nouns of another language quoted in an English page ("das Buch wurde"; isForeignNoun.ts). */
  foreignNouns: boolean;
  /** Drop common nouns that are also given names (isCommonNounName.ts). */
  commonNouns: boolean;
  /** Drop terms of two to four words the page also writes in lower case (isLowerCaseTerm.ts). */
  lowerTerms: boolean;
  /** Drop one-word common nouns after a determiner no name takes ("your GP"; isOwnedNoun.ts). */
  ownedNouns: boolean;
  /** Drop labels of a form's fields and of settings ("Common Name"; isFormLabel.ts). */
  formLabels: boolean;
  /** Drop headings and titles that start with a verb's -ing form ("Generating Keys"; isGerundTitle.ts). */
  gerundTitles: boolean;
}

export const defaultOptions: Options = {
  itemRows: true,
  stateLabels: true,
  adjectives: true,
  works: true,
  massNouns: true,
  quoted: true,
  headings: true,
  definedThings: true,
  bracketedTerms: true,
  figureLabels: true,
  conditions: true,
  credentials: true,
  foreignNouns: true,
  commonNouns: true,
  lowerTerms: true,
  ownedNouns: true,
  formLabels: true,
  gerundTitles: true,
};

interface Occ {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

interface ClusterLike<O extends Occ> {
  type: string;
  forms: Map<string, number>;
  occurrences: O[];
  place?: Place;
}

/** A definition's head noun that makes a name a body's, a place's or a person's ("is a company", "a town"). */
const otherHead = (w: string) =>
  ORG_HEADS.has(w) || PLACE_HEADS.has(w) || TITLE_HEADS.has(w) || DESCRIPTION_HEADS.has(w);

/** The clusters that still name a person, a group or a place. */
export function dropPageJunk<O extends Occ, C extends ClusterLike<O>>(
  ctx: DocContext,
  clusters: C[],
  options: Partial<Options> = {},
): C[] {
  const opts = { ...defaultOptions, ...options };
  let cells: ItemCells | undefined;
  let counts: CaseCounts | undefined;
  let heading: Uint8Array | undefined;
  const out: C[] = [];
  for (const c of clusters) {
    let kept = c;
    if (opts.stateLabels) {
      const occurrences = c.occurrences.filter((o) => !inPartyStateLabel(ctx, o));
      if (occurrences.length === 0) continue;
      if (occurrences.length < c.occurrences.length) kept = withOccurrences(c, occurrences);
    }
    if (opts.itemRows) {
      cells ??= itemCells(ctx);
      if (isItemCell(cells, kept)) continue;
    }
    if (opts.adjectives && isCapitalisedAdjective(ctx, kept)) continue;
    if (opts.works && isWorkTitle(ctx, kept)) continue;
    if (opts.massNouns && isMassNoun(ctx, kept)) continue;
    if (opts.quoted && isQuotedTitle(ctx, kept)) continue;
    if (opts.headings) {
      heading ??= headingLines(ctx);
      if (isHeadingWords(ctx, kept, heading)) continue;
    }
    if (opts.definedThings && isDefinedThing(ctx, kept, otherHead)) continue;
    if (opts.bracketedTerms && isBracketedTerm(ctx, kept)) continue;
    if (opts.figureLabels && isFigureLabel(ctx, kept)) continue;
    if (opts.conditions && isNamedCondition(ctx, kept)) continue;
    if (opts.credentials && isCredential(ctx, kept)) continue;
    if (opts.foreignNouns && isForeignNoun(ctx, kept)) continue;
    if (opts.commonNouns) {
      counts ??= caseCounts(ctx);
      if (isCommonNounName(ctx, kept, counts)) continue;
    }
    if (opts.lowerTerms && isLowerCaseTerm(ctx, kept)) continue;
    if (opts.ownedNouns && isOwnedNoun(ctx, kept)) continue;
    if (opts.formLabels && isFormLabel(ctx, kept)) continue;
    if (opts.gerundTitles) {
      heading ??= headingLines(ctx);
      if (isGerundTitle(ctx, kept, heading)) continue;
    }
    out.push(kept);
  }
  return out;
}
