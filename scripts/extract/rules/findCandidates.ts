/**
 * Layer: candidate name spans.
 * - maximal runs of capitalised words and acronyms on one line, joined by name connectors
 *   ("Ministry of Finance", "Hayat Tahrir al-Sham", "Ludwig van Beethoven");
 * - hyphen compounds: "Al-Shabaab" stays whole, "NATO-led" gives "NATO";
 * - leading common words at a sentence start are dropped ("Heavy", "The");
 * - titles and roles are split off ("Prime Minister Jane Roe" → role + "Jane Roe");
 *   a bare title is no candidate;
 * - trailing caption words are dropped ("Kremlin Photo" → "Kremlin");
 * - "<demonym> army" style phrases ("Afghan army");
 * - on ALL-CAPS lines only gazetteer places and datelines (other names there are found
 *   later from the document's own forms).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { isLanguageName, lookupDemonym, lookupPlace } from '../../lang/gazetteer.ts';
import {
  DEMONYM_GROUP_HEADS,
  FUNCTION_WORDS,
  HYPHEN_PREFIXES,
  isCommonWord,
  MONTHS,
  NAME_CONNECTORS,
  ORG_HEADS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  PORTFOLIO_WORDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TRAILING_JUNK,
  WEAK_ORG_HEADS,
  WEEKDAYS,
  getLexicons,
  isEnglishWord,
} from '../../lang/lexicon.ts';
import { TAG } from '../analyse/tagWithCompromise.ts';

export interface Candidate {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Title/role directly before the name ("Secretary of Defense"). */
  role?: string;
  /** Came from an ALL-CAPS line. */
  headline: boolean;
  /** A line that starts with capitals followed by a date ("LONDON 1996-08-30"). */
  dateline: boolean;
  /** "<demonym> <lower-case group head>" phrase. */
  demonymGroup: boolean;
}

export interface Options {
  /** Longest run of tokens considered as one name. */
  maxTokens: number;
  /** Smallest city population for a single word on an ALL-CAPS line to be a place. */
  headlineCityPopulation: number;
}

export const defaultOptions: Options = { maxTokens: 12, headlineCityPopulation: 100_000 };

const key = (lower: string): string => lower.replace(/\.$/, '');

/** Lower-case words that may follow a first connector inside a name: "von der", "for the", "de la", "bin al". */
const SECOND_CONNECTORS = new Set([
  'the',
  'der',
  'den',
  'de',
  'la',
  'le',
  'al',
  'el',
  'du',
  'des',
  'di',
  'da',
  'del',
  'dos',
  'das',
]);

function isTitleHead(lower: string): boolean {
  return TITLE_HEADS.has(key(lower));
}

/** Is the token a capitalised word that may be part of a name? */
function isNameWord(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && t.kind === 'word' && t.cap;
}

/** May "of" join after this token? After organisation/place heads and titles. */
function ofMayFollow(lower: string): boolean {
  const k = key(lower);
  return (
    ORG_HEADS.has(k) ||
    PLACE_HEADS.has(k) ||
    PLACE_PREFIXES.has(k) ||
    TITLE_HEADS.has(k) ||
    k === 'states' ||
    k === 'kingdom' ||
    k === 'republic'
  );
}

/**
 * Is this word ordinary English (so its capital comes from the sentence start)?
 * `inRun`: the word is followed by more capitalised words in the same run.
 */
export function looksCommon(ctx: DocContext, i: number, inRun = false): boolean {
  const t = ctx.tokens[i]!;
  const lower = key(t.lower);
  if (FUNCTION_WORDS.has(lower)) return true;
  if (ctx.midCaps.has(t.lower)) return false;
  if (lookupPlace(t.norm)) return false;
  if (ctx.lowerWords.has(lower)) return true;
  const firstName = getLexicons().firstNames.has(lower);
  if (firstName && inRun) return false;
  if (isCommonWord(lower)) return true;
  // the wider word list only decides for a word standing alone
  if (!inRun && isEnglishWord(lower)) return true;
  if (firstName) return false;
  const mask = ctx.tags[i]!;
  if (mask & (TAG.person | TAG.place | TAG.org | TAG.properNoun)) return false;
  return (mask & (TAG.adjective | TAG.adverb | TAG.verb | TAG.function | TAG.date | TAG.value)) !== 0;
}

/** A capitalised run being grown: its first token and its last token so far. */
interface Run {
  first: number;
  last: number;
}

export function findCandidates(ctx: DocContext, options: Partial<Options> = {}): Candidate[] {
  const opts = { ...defaultOptions, ...options };
  const { tokens } = ctx;
  const out: Candidate[] = [];
  const n = tokens.length;
  const run: Run = { first: 0, last: 0 };
  let i = 0;
  while (i < n) {
    if (ctx.headline[i]) {
      i = headlineCandidates(ctx, i, out, opts);
      continue;
    }
    // "<demonym> army"
    if (startsDemonymGroup(ctx, i)) {
      out.push(make(ctx, i, i + 1, { demonymGroup: true }));
      i += 2;
      continue;
    }
    if (!isNameWord(ctx, i)) {
      i++;
      continue;
    }
    // "neo-Ottoman", "anti-Shi'ite", "pro-Western": adjectives, not names
    if (followsLowerCasePrefix(ctx, i)) {
      i = skipPrefixedWords(ctx, i);
      continue;
    }
    // grow the run
    run.first = i;
    run.last = i;
    growRun(ctx, run, opts.maxTokens);
    splitRun(ctx, i, run.last, out);
    i = run.last + 1;
  }
  return out;
}

/** Is token i a capitalised word followed by a demonym group head ("Afghan army")? */
function startsDemonymGroup(ctx: DocContext, i: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i]!;
  return (
    t.kind === 'word' &&
    t.cap &&
    i + 1 < tokens.length &&
    DEMONYM_GROUP_HEADS.has(tokens[i + 1]!.lower) &&
    tokens[i + 1]!.spaceBefore &&
    isDemonymLike(t.norm)
  );
}

/** Is token i glued by a hyphen to a lower-case word that is no name prefix ("neo-Ottoman")? */
function followsLowerCasePrefix(ctx: DocContext, i: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i]!;
  const hy = tokens[i - 1];
  const pre = tokens[i - 2];
  return !!(
    hy &&
    pre &&
    !t.spaceBefore &&
    hy.norm === '-' &&
    !hy.spaceBefore &&
    pre.kind === 'word' &&
    !pre.cap &&
    !HYPHEN_PREFIXES.has(pre.lower)
  );
}

/** Skip token i and the capitalised words glued to it; returns the index after them. */
function skipPrefixedWords(ctx: DocContext, i: number): number {
  const { tokens } = ctx;
  const n = tokens.length;
  i++;
  while (i < n && tokens[i]!.kind === 'word' && tokens[i]!.cap && tokens[i]!.spaceBefore === false) i++;
  return i;
}

/** Grow the run token by token, up to `maxTokens` tokens past its first. */
function growRun(ctx: DocContext, run: Run, maxTokens: number): void {
  while (run.last - run.first < maxTokens) {
    if (!growStep(ctx, run)) break;
  }
}

/** Extend the run over what follows its last token; false when the run ends (its last token may still move). */
function growStep(ctx: DocContext, run: Run): boolean {
  const { tokens } = ctx;
  const k = run.last;
  const a = tokens[k + 1];
  if (!a || a.lineStart || ctx.headline[k + 1]) return false;
  if (a.kind === 'word' && a.cap && a.spaceBefore) {
    // "The Afghan army": the demonym phrase starts here
    const h = tokens[k + 2];
    if (h?.spaceBefore && DEMONYM_GROUP_HEADS.has(h.lower) && isDemonymLike(a.norm)) return false;
    run.last = k + 1;
    return true;
  }
  if (a.kind === 'punct' && (a.norm === '-' || a.norm === '‐') && !a.spaceBefore) return growOverHyphen(ctx, run);
  if (a.kind === 'word' && !a.cap && a.spaceBefore && NAME_CONNECTORS.has(a.lower)) return growOverConnector(ctx, run);
  if (a.kind === 'punct' && a.norm === '&' && a.spaceBefore) {
    const b = tokens[k + 2];
    if (b && b.kind === 'word' && b.cap && !b.lineStart) {
      run.last = k + 2;
      return true;
    }
  }
  return false;
}

/** The run's last token is followed by a glued hyphen: extend over it; false when the run ends. */
function growOverHyphen(ctx: DocContext, run: Run): boolean {
  const { tokens } = ctx;
  const k = run.last;
  const b = tokens[k + 2];
  if (b && !b.spaceBefore && b.kind === 'word' && b.cap) {
    run.last = k + 2;
    return true;
  }
  // "Kim In-so", "Kang Young-hoon": a short lower-case syllable in a multi-word name
  const afterB = tokens[k + 3];
  if (
    b &&
    !b.spaceBefore &&
    b.kind === 'word' &&
    k > run.first &&
    /^\p{Ll}+$/u.test(b.norm) &&
    (b.norm.length <= 2 || !isEnglishWord(b.lower)) &&
    !(afterB && !afterB.spaceBefore && afterB.norm === '-')
  ) {
    run.last = k + 2;
    return false;
  }
  return false;
}

/** The run's last token is followed by a name connector ("of", "von der"): extend over it; false when the run ends. */
function growOverConnector(ctx: DocContext, run: Run): boolean {
  const { tokens } = ctx;
  const k = run.last;
  const a = tokens[k + 1]!;
  // one connector, or two: "von der Leyen", "Institute for the World Economy", "Bank of the Republic"
  const second = tokens[k + 2];
  const bi =
    second &&
    second.kind === 'word' &&
    !second.cap &&
    second.spaceBefore &&
    a.lower !== 'and' &&
    SECOND_CONNECTORS.has(second.lower)
      ? k + 3
      : k + 2;
  const b = tokens[bi];
  if (
    b &&
    b.kind === 'word' &&
    b.cap &&
    b.spaceBefore &&
    !b.lineStart &&
    !(a.lower !== 'of' && (WEEKDAYS.has(b.lower) || MONTHS.has(b.lower)))
  ) {
    if (a.lower === 'of' && !ofMayFollow(tokens[k]!.lower)) return false;
    if ((a.lower === 'for' || a.lower === 'on') && !ORG_HEADS.has(key(tokens[k]!.lower))) return false;
    if (a.lower === 'and' && (!runHasOrgComplement(ctx, run.first, k) || capitalisedRunHasOrgHead(ctx, k + 2)))
      return false;
    if (a.lower === 'of' && !isNameWord(ctx, bi)) return false;
    run.last = bi;
    return true;
  }
  if (HYPHEN_PREFIXES.has(a.lower) && b && b.norm === '-' && !b.spaceBefore) {
    const c = tokens[k + 3];
    if (c && c.kind === 'word' && c.cap && !c.spaceBefore) {
      run.last = k + 3;
      return true;
    }
  }
  return false;
}

/** The run so far is "<org head> for/on/of ..." so an "and" may continue it. */
function runHasOrgComplement(ctx: DocContext, first: number, last: number): boolean {
  for (let q = first; q < last; q++) {
    const w = ctx.tokens[q + 1]!.lower;
    if ((w === 'for' || w === 'on' || w === 'of') && ORG_HEADS.has(key(ctx.tokens[q]!.lower))) return true;
  }
  return false;
}

/**
 * The capitalised words from `from` on hold an organisation head of their own: "… Institute of
 * Strategic Studies and Addis Ababa University" names two organisations, not one (while "Ministry
 * of Trade and Industry" is one).
 */
function capitalisedRunHasOrgHead(ctx: DocContext, from: number): boolean {
  for (let q = from; q < ctx.tokens.length; q++) {
    const t = ctx.tokens[q]!;
    if (t.kind !== 'word' || !t.cap || (q > from && !t.spaceBefore)) return false;
    if (ORG_HEADS.has(key(t.lower))) return true;
  }
  return false;
}

export function isDemonymLike(word: string): boolean {
  if (lookupDemonym(word) || isLanguageName(word)) return true;
  const tags = getLexicons().compromise.get(word.toLowerCase());
  return !!tags && tags.includes('Demonym');
}

function make(ctx: DocContext, first: number, last: number, extra: Partial<Candidate> = {}): Candidate {
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  return {
    first,
    last,
    start,
    end,
    text: ctx.text.slice(start, end),
    headline: false,
    dateline: false,
    demonymGroup: false,
    ...extra,
  };
}

/** The run starts with a two- or three-word gazetteer place ("New York"). */
function startsPlace(ctx: DocContext, first: number, last: number): boolean {
  for (let len = 2; len <= 3 && first + len - 1 <= last; len++) {
    const surface = ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[first + len - 1]!.end);
    if (lookupPlace(surface)) return true;
  }
  return false;
}

/** Trim, split off titles and emit the parts of one capitalised run. */
function splitRun(ctx: DocContext, first: number, last: number, out: Candidate[]): void {
  last = trimTrailingJunk(ctx, first, last);
  first = trimLeadingCapsAndDates(ctx, first, last);
  last = trimTrailingDatesAndCaps(ctx, first, last);
  const orgNamed = namesOrganisation(ctx, first, last);
  first = trimLeadingCommonWords(ctx, first, last, orgNamed);
  if (first > last) return;
  emitAroundTitles(ctx, first, last, out);
}

/** Drop trailing caption words and dangling connectors/hyphens; returns the new last token. */
function trimTrailingJunk(ctx: DocContext, first: number, last: number): number {
  const { tokens } = ctx;
  // trailing caption words and dangling connectors/hyphens
  while (
    last >= first &&
    (tokens[last]!.kind !== 'word' ||
      TRAILING_JUNK.has(tokens[last]!.lower) ||
      (!tokens[last]!.cap && NAME_CONNECTORS.has(tokens[last]!.lower)))
  )
    last--;
  return last;
}

/** Is token q an all-caps ordinary word (no abbreviation, no place)? */
function isCapsWord(ctx: DocContext, q: number): boolean {
  const { tokens } = ctx;
  // all-caps ordinary words at either end ("PRESS DIGEST", "TAX STAT SALE")
  return (
    tokens[q]!.allCaps &&
    tokens[q]!.norm.length >= 3 &&
    !tokens[q]!.norm.includes('.') &&
    isEnglishWord(tokens[q]!.lower) &&
    !ctx.midCaps.has(tokens[q]!.lower) &&
    !lookupPlace(tokens[q]!.norm)
  );
}

/** Drop all-caps ordinary words, then months and weekdays, from the front; returns the new first token. */
function trimLeadingCapsAndDates(ctx: DocContext, first: number, last: number): number {
  const { tokens } = ctx;
  while (first <= last && isCapsWord(ctx, first)) first++;
  // leading dates: "September Bund", "Friday"
  while (
    first < last &&
    (MONTHS.has(key(tokens[first]!.lower)) || WEEKDAYS.has(key(tokens[first]!.lower))) &&
    tokens[first + 1]!.kind === 'word'
  )
    first++;
  return first;
}

/** Drop weekdays, then all-caps ordinary words, from the end; returns the new last token. */
function trimTrailingDatesAndCaps(ctx: DocContext, first: number, last: number): number {
  const { tokens } = ctx;
  while (last > first && WEEKDAYS.has(key(tokens[last]!.lower))) last--;
  while (last >= first && isCapsWord(ctx, last)) last--;
  return last;
}

/** Does the run name an organisation: three or more words ending in a strong head, or "<head> of" inside? */
function namesOrganisation(ctx: DocContext, first: number, last: number): boolean {
  const { tokens } = ctx;
  const lastKey = last >= first ? key(tokens[last]!.lower) : '';
  let orgNamed = last - first >= 2 && ORG_HEADS.has(lastKey) && !WEAK_ORG_HEADS.has(lastKey);
  for (let q = first + 1; q < last && !orgNamed; q++) {
    const w = key(tokens[q]!.lower);
    if (tokens[q]!.cap && ORG_HEADS.has(w) && !WEAK_ORG_HEADS.has(w) && tokens[q + 1]!.lower === 'of') orgNamed = true;
  }
  return orgNamed;
}

/** Drop leading common words at a sentence start and function words at the front; returns the new first token. */
function trimLeadingCommonWords(ctx: DocContext, first: number, last: number, orgNamed: boolean): number {
  const { tokens } = ctx;
  // leading common words at a sentence start; function words anywhere at the front
  while (first <= last) {
    const t = tokens[first]!;
    const lower = key(t.lower);
    if (tokens[first]!.kind !== 'word') {
      first++;
      continue;
    }
    if (FUNCTION_WORDS.has(lower) && !t.allCaps) {
      first++;
      continue;
    }
    if (
      ctx.sentenceStart[first] &&
      !orgNamed &&
      !startsPlace(ctx, first, last) &&
      !isTitleHead(lower) &&
      !TITLE_MODIFIERS.has(lower) &&
      looksCommon(ctx, first, first < last && tokens[first + 1]!.spaceBefore)
    ) {
      first++;
      // the next word is now the first word of the sentence for the purpose of this check
      if (first <= last) continue;
    }
    break;
  }
  return first;
}

/** Emit the run's parts: the words before a title chain, and the name after it with the title as its role. */
function emitAroundTitles(ctx: DocContext, first: number, last: number, out: Candidate[]): void {
  const { tokens } = ctx;
  // split at title chains
  let segStart = first;
  let i = first;
  while (i <= last) {
    const chainEnd = titleChainEnd(ctx, i, last);
    if (chainEnd < 0) {
      i++;
      continue;
    }
    // a title followed by nothing, or by a lone organisation head ("General Motors"), is no title here
    const rest = chainEnd + 1;
    if (rest > last) {
      if (i > segStart) emit(ctx, segStart, i - 1, out);
      // bare title: no entity
      segStart = last + 1;
      break;
    }
    if (rest === last && ORG_HEADS.has(key(tokens[rest]!.lower))) {
      i = rest + 1;
      continue;
    }
    if (i > segStart) emit(ctx, segStart, i - 1, out);
    // "Emperor of Brazil": the title's complement is no person
    if (tokens[rest]!.lower === 'of') {
      emit(ctx, rest + 1, last, out);
      segStart = last + 1;
      break;
    }
    const role = ctx.text.slice(tokens[i]!.start, tokens[chainEnd]!.end);
    // the name runs to the end of the run
    emit(ctx, rest, last, out, role);
    segStart = last + 1;
    break;
  }
  if (segStart <= last) emit(ctx, segStart, last, out);
}

/** If a title chain starts at i, the index of its last token; otherwise -1. */
function titleChainEnd(ctx: DocContext, i: number, last: number): number {
  const { tokens } = ctx;
  let k = i;
  while (k <= last && TITLE_MODIFIERS.has(key(tokens[k]!.lower)) && !isTitleHead(tokens[k]!.lower)) k++;
  if (k > last || !isTitleHead(tokens[k]!.lower)) return -1;
  for (;;) {
    if (
      k + 1 <= last &&
      (isTitleHead(tokens[k + 1]!.lower) ||
        (TITLE_MODIFIERS.has(key(tokens[k + 1]!.lower)) && k + 2 <= last && isTitleHead(tokens[k + 2]!.lower)))
    )
      k++;
    // hyphenated titles: "Secretary-General", "Attorney-General", "Vice-President"
    else if (
      k + 2 <= last &&
      tokens[k + 1]!.norm === '-' &&
      !tokens[k + 1]!.spaceBefore &&
      !tokens[k + 2]!.spaceBefore &&
      isTitleHead(tokens[k + 2]!.lower)
    )
      k += 2;
    else break;
  }
  // "Secretary of Defense", "Minister for Foreign Affairs"
  if (
    k + 2 <= last &&
    (tokens[k + 1]!.lower === 'of' || tokens[k + 1]!.lower === 'for') &&
    PORTFOLIO_WORDS.has(tokens[k + 2]!.lower)
  ) {
    k += 2;
    while (
      k + 1 <= last &&
      PORTFOLIO_WORDS.has(tokens[k + 1]!.lower) &&
      !getLexicons().firstNames.has(tokens[k + 1]!.lower)
    )
      k++;
  }
  return k;
}

function emit(ctx: DocContext, first: number, last: number, out: Candidate[], role?: string): void {
  const { tokens } = ctx;
  while (
    first <= last &&
    (tokens[first]!.kind !== 'word' || (!tokens[first]!.cap && NAME_CONNECTORS.has(tokens[first]!.lower)))
  )
    first++;
  while (
    last >= first &&
    (tokens[last]!.kind !== 'word' || (!tokens[last]!.cap && NAME_CONNECTORS.has(tokens[last]!.lower)))
  )
    last--;
  if (first > last) return;
  const c = make(ctx, first, last);
  if (role) c.role = role;
  out.push(c);
}

/** ALL-CAPS line: datelines and gazetteer places only. Returns the index after the line. */
function headlineCandidates(ctx: DocContext, i: number, out: Candidate[], opts: Options): number {
  const { tokens } = ctx;
  let end = i + 1;
  while (end < tokens.length && !tokens[end]!.lineStart) end++;
  // dateline: 1-4 capitalised words then a number (date) as the rest of the line
  let w = i;
  while (w < end && tokens[w]!.kind === 'word' && tokens[w]!.cap && w - i < 4) w++;
  if (w > i && w < end && tokens[w]!.kind === 'number' && end - w <= 2) {
    out.push(make(ctx, i, w - 1, { headline: true, dateline: true }));
    return end;
  }
  // "MAHALA , Bosnia 1996-08-31"
  if (w > i && w < end && tokens[w]!.norm === ',' && tokens[end - 1]!.kind === 'number' && end - w <= 6) {
    out.push(make(ctx, i, w - 1, { headline: true, dateline: true }));
    let q = w + 1;
    while (q < end && tokens[q]!.kind === 'word' && tokens[q]!.cap) q++;
    if (q > w + 1) out.push(make(ctx, w + 1, q - 1, { headline: true, dateline: true }));
    return end;
  }
  for (let k = i; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap) continue;
    if (FUNCTION_WORDS.has(t.lower) || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) continue;
    // longest gazetteer match of up to 3 words
    let matched = -1;
    for (let len = 3; len >= 1; len--) {
      const last = k + len - 1;
      if (last >= end) continue;
      let ok = true;
      for (let q = k; q <= last; q++) if (tokens[q]!.kind !== 'word' || (q > k && !tokens[q]!.spaceBefore)) ok = false;
      if (!ok) continue;
      const surface = ctx.text.slice(t.start, tokens[last]!.end);
      const place = lookupPlace(surface);
      if (!place) continue;
      if (place.kind === 'city' && place.population < opts.headlineCityPopulation) continue;
      if (len === 1 && place.kind === 'city' && isEnglishWord(t.lower) && !ctx.midCaps.has(t.lower)) continue;
      if (len === 1 && t.norm.length <= 3 && !t.norm.includes('.')) continue;
      matched = last;
      break;
    }
    if (matched >= 0) {
      out.push(make(ctx, k, matched, { headline: true }));
      k = matched;
    }
  }
  return end;
}
