/**
 * Layer (after the tagger): drop the names that are no name of a person, group or place, by class of text:
 * - a term the document spells out in lower case ("air displacement plethysmography (ADP)": a method, not a body);
 * - a unit or currency code after a number ("0.15 EUR", "8 GB RAM", "0.01 XYZ"), or an ISO 4217 currency code;
 * - a single capitalised common English word the document writes in lower case more often than capitalised inside
 *   a sentence ("Alcohol is barred" beside "no alcohol"): a capitalised common noun, not a name; and kinship words
 *   used as forms of address ("Mom");
 * - a name only in sentences of another language, whose capitalised nouns the tagger takes for names;
 * - a product or piece of software ("Zorin Linux", "install Zorin", "the Zorin app", "Zorin 4.2"): MISC, no page;
 * - a technical acronym left unexpanded ("the API", "over HTTP"; isTechAcronym.ts).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { FUNCTION_WORDS, isEnglishWord, getLexicons, ORG_HEADS, PLACE_HEADS } from '../../lang/lexicon.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { currencyCodes } from '../../lang/currencies.ts';
import { techAcronyms } from '../../lang/acronyms.ts';
import { isTechAcronym } from './isTechAcronym.ts';
import { isProduct, type Options as ProductOptions } from './isProduct.ts';

export interface Options {
  /** Acronyms the document expands in lower-case words are terms. */
  definedTerms: boolean;
  /** Capitals directly after a number, and currency codes, are units. */
  units: boolean;
  /** A lone capitalised common word the document also writes in lower case is a common noun. */
  commonWords: boolean;
  /**
   * A name found only in sentences of another language (most of their lower-case words are no English word) is a
   * capitalised noun of that language ("Der Vorgang", "Die Uhr fehlte"), not a name: the tagger reads English only.
   */
  foreignSentences: boolean;
  /**
   * Products and software: a name ending in a product word ("X Desktop"), or written mostly with product cues ("install
   * X", "X app", "X 4.2"; isProduct.ts); false: keep them.
   */
  products: Partial<ProductOptions> | false;
  /**
   * Technical acronyms that name nothing of ours ("API", "HTTP"): a name that is one of them alone in every mention,
   * never expanded to capitalised words, no listed organisation nor place, is dropped. Default: the shipped list
   * (data/lexicons/acronyms.json); an empty set turns the rule off.
   */
  acronyms?: ReadonlySet<string>;
}

export const defaultOptions: Options = {
  definedTerms: true,
  units: true,
  commonWords: true,
  foreignSentences: true,
  products: {},
};

interface Occ {
  first: number;
  last: number;
  text: string;
}

interface ClusterLike {
  forms: ReadonlyMap<string, number>;
  occurrences: readonly Occ[];
  place?: unknown;
}

/** The clusters that still name something of ours. */
export function dropNotNames<C extends ClusterLike>(
  ctx: DocContext,
  clusters: C[],
  options: Partial<Options> = {},
): C[] {
  const opts = { ...defaultOptions, ...options };
  const terms = opts.definedTerms ? lowerCaseTerms(ctx.text) : new Set<string>();
  let counts: Map<string, { lower: number; mid: number }> | undefined;
  const common = (form: string) => {
    if (!isCommonWord(ctx, form)) return false;
    counts ??= caseCounts(ctx);
    const n = counts.get(form.toLowerCase());
    return !!n && n.lower > n.mid;
  };
  return clusters.filter((c) => {
    const forms = [...c.forms.keys()];
    if (opts.definedTerms && forms.every((f) => terms.has(f))) return false;
    if (opts.units && forms.every((f) => isAcronym(f)) && isUnit(ctx, c)) return false;
    if (opts.commonWords && !c.place && forms.every((f) => ADDRESS_KIN.has(f.toLowerCase()) || common(f))) return false;
    if (opts.foreignSentences && c.occurrences.every((o) => inForeignSentence(ctx, o))) return false;
    if (opts.products && isProduct(ctx, c, opts.products)) return false;
    if (isTechAcronym(ctx.text, c, opts.acronyms ?? techAcronyms())) return false;
    return true;
  });
}

/** Sentence ends: after these a new sentence starts. */
const STOPS = new Set(['.', '!', '?', ':', ';']);

/**
 * The occurrence's sentence (at most `reach` tokens each way, within its line) has at least `min` lower-case words,
 * and fewer than `share` of them are English words.
 */
export function inForeignSentence(
  ctx: DocContext,
  o: { first: number; last: number },
  reach = 30,
  min = 3,
  share = 0.4,
): boolean {
  const { tokens } = ctx;
  let lower = 0;
  let english = 0;
  const count = (i: number) => {
    const t = tokens[i]!;
    // words of three letters or more standing on their own (not "ul" of a hyphenated name)
    if (t.kind !== 'word' || t.cap || !t.spaceBefore || t.norm.length < 3 || !/^\p{Ll}+$/u.test(t.norm)) return;
    lower++;
    if (isEnglishWord(t.lower) || FUNCTION_WORDS.has(t.lower)) english++;
  };
  for (let i = o.first - 1, n = 0; i >= 0 && n < reach; i--, n++) {
    if (STOPS.has(tokens[i]!.norm)) break;
    count(i);
    if (tokens[i]!.lineStart) break;
  }
  for (let i = o.last + 1, n = 0; i < tokens.length && n < reach; i++, n++) {
    if (tokens[i]!.lineStart || STOPS.has(tokens[i]!.norm)) break;
    count(i);
  }
  return lower >= min && english < share * lower;
}

const isAcronym = (form: string): boolean => /^[A-Z]{2,5}$/.test(form);

/** "(ABC)" after words that spell it in lower case, or "ABC (words that spell it)": the acronyms of common terms. */
export function lowerCaseTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\(([A-Z]{2,6})s?\)/g)) {
    const before = text
      .slice(Math.max(0, m.index - 120), m.index)
      .split(/\s+/)
      .filter(Boolean);
    if (spells(m[1]!, before.slice(-(m[1]!.length + 2)), 'end')) out.add(m[1]!);
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])([A-Z]{2,6})s?\s*\(([^()]{3,120})\)/gu)) {
    const inside = m[2]!.split(/\s+/).filter(Boolean);
    if (spells(m[1]!, inside.slice(0, m[1]!.length + 2), 'start')) out.add(m[1]!);
  }
  return out;
}

/**
 * True when some run of lower-case words at the `end` (or `start`) of `words` spells `acronym`: its first word starts
 * with the acronym's first letter and the letters follow in order (a Schwartz–Hearst match, on lower-case words only).
 */
function spells(acronym: string, words: string[], anchor: 'start' | 'end'): boolean {
  const clean = words.map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  if (clean.some((w) => w === '')) return false;
  const letters = acronym.toLowerCase();
  const runs =
    anchor === 'end'
      ? clean.map((_, i) => clean.slice(i))
      : clean.map((_, i) => clean.slice(0, clean.length - i)).filter((r) => r.length > 0);
  for (const run of runs) {
    if (run.length < Math.ceil(letters.length / 2) || run.length > letters.length + 1) continue;
    if (!run.every((w) => /^\p{Ll}/u.test(w))) continue;
    if (run[0]![0] !== letters[0]) continue;
    if (subsequence(letters, run.join(' '))) return true;
  }
  return false;
}

/**
 * `letters` in order in `phrase`, matched from the end (Schwartz–Hearst): the last letter in the last word, the first
 * at the phrase's start.
 */
function subsequence(letters: string, phrase: string): boolean {
  let at = phrase.length - 1;
  for (let i = letters.length - 1; i >= 1; i--) {
    const found = phrase.lastIndexOf(letters[i]!, at);
    if (found < 1 || (i === letters.length - 1 && found < phrase.lastIndexOf(' '))) return false;
    at = found - 1;
  }
  return true;
}

/** An acronym that stands after a number somewhere ("0.01 XYZ", "8 GB"), or a currency code. */
function isUnit(ctx: DocContext, c: ClusterLike): boolean {
  if ([...c.forms.keys()].every((f) => currencyCodes().has(f) && writtenAsCurrency(ctx.text, f))) return true;
  return c.occurrences.some((o) => {
    const prev = ctx.tokens[o.first - 1];
    // an amount on the same line, not a year ("the 2010 XYZ nominee") nor an ordinal
    return (
      prev?.kind === 'number' &&
      /^\d+(?:[.,]\d+)*$/.test(prev.text) &&
      !/^(?:1[5-9]|20)\d\d$/.test(prev.text) &&
      !ctx.tokens[o.first]!.lineStart
    );
  });
}

/** A currency code the text writes as one: in brackets, after "in", or beside an amount ("SEPA (XYZ)", "in XYZ"). */
function writtenAsCurrency(text: string, code: string): boolean {
  return new RegExp(`\\(${code}\\)|\\bin ${code}\\b|\\d\\s?${code}\\b|\\b${code}\\s?\\d`).test(text);
}

/** How often the document writes each word in lower case, and capitalised inside a sentence of its running text. */
function caseCounts(ctx: DocContext): Map<string, { lower: number; mid: number }> {
  const out = new Map<string, { lower: number; mid: number }>();
  ctx.tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    const lower = !t.cap && /^\p{Ll}/u.test(t.norm);
    const mid = t.cap && !ctx.sentenceStart[i] && !ctx.titleLine[i] && !ctx.headline[i];
    if (!lower && !mid) return;
    const n = out.get(t.lower) ?? { lower: 0, mid: 0 };
    if (lower) n.lower++;
    else n.mid++;
    out.set(t.lower, n);
  });
  return out;
}

/** Kinship words used as forms of address ("Mom said"): a relative, not a name. */
const ADDRESS_KIN = new Set('mom mum mommy mummy dad daddy grandma grandpa granny'.split(' '));

/** Compass words name regions when capitalised ("the South"): not common nouns. */
const COMPASS = new Set(
  'north south east west northern southern eastern western northeast northwest southeast southwest midwest'.split(' '),
);

/**
 * A lone capitalised common English word ("Alcohol", "Museum") that the document also writes in lower case, that is
 * no first name, head noun of a body, or place.
 */
function isCommonWord(ctx: DocContext, form: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(form)) return false;
  const lower = form.toLowerCase();
  if (!ctx.lowerWords.has(lower) || !isEnglishWord(lower)) return false;
  if (getLexicons().firstNames.has(lower) || ORG_HEADS.has(lower) || PLACE_HEADS.has(lower)) return false;
  if (COMPASS.has(lower)) return false;
  return !lookupPlace(form);
}
