/**
 * Layer: type evidence for each candidate occurrence, from several signals:
 * gazetteer (countries, regions, cities by population), organisation and place head nouns,
 * "<demonym> army", titles, first names, compromise's lexicon and contextual tags,
 * context cues ("a Kremlin spokesman", "in X", "X said", "X, Country"), datelines and
 * sports results (a city followed by a score or a result verb is the team).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Candidate } from './findCandidates.ts';
import type { Token } from '../analyse/tokenize.ts';
import { lookupPlace, type Place } from '../../lang/gazetteer.ts';
import {
  COMPASS_WORDS,
  GROUP_CUE_AFTER,
  ORG_HEADS,
  PLACE_NOUNS,
  isEnglishWord,
  PERSON_CUE_AFTER,
  PLACE_CUE_BEFORE,
  PLACE_HEADS,
  PLACE_PREFIXES,
  WEAK_ORG_HEADS,
  getLexicons,
} from '../../lang/lexicon.ts';
import { isDemonymWord } from './rejectJunk.ts';
import { TAG } from '../analyse/tagWithCompromise.ts';

export interface Scores {
  person: number;
  group: number;
  place: number;
}

export interface Classified extends Candidate {
  scores: Scores;
  place?: Place;
  /** On a line with two or more numbers (results, tables). */
  scoreLine?: boolean;
  /** Found by the tagger, or by the rule layers beside it (unset when the rules run alone). */
  source?: 'tagger' | 'rules';
  /** For a rule layers' name kept beside the tagger: the strength of the rules' evidence for its type. */
  evidence?: number;
}

export interface Options {
  /** Score a city gets by population band (≥1M, ≥100k, ≥10k, smaller). */
  cityScores: [number, number, number, number];
  /** Evidence for a name with no signal at all. */
  prior: Scores;
}

export const defaultOptions: Options = {
  cityScores: [4, 3, 1.5, 0.7],
  prior: { person: 0.3, group: 0.2, place: 0.1 },
};

/** Verbs and words of match results: "Leicestershire beat Somerset", "England v Pakistan". */
const RESULT_WORDS = new Set([
  'beat',
  'beats',
  'drew',
  'draw',
  'lost',
  'won',
  'defeated',
  'trounced',
  'edged',
  'thrashed',
  'hammered',
  'routed',
  'v',
  'vs',
  'vs.',
  'versus',
  'held',
  'overcame',
  'downed',
  'crushed',
  'outplayed',
  'halted',
  'blanked',
  'whipped',
]);

const PERSON_PRONOUNS = new Set(['he', 'his', 'him', 'she', 'her', 'himself', 'herself']);
const GROUP_WORDS = new Set([
  'its',
  'itself',
  'shares',
  'company',
  'firm',
  'subsidiary',
  'group',
  'stake',
  'profit',
  'output',
  'customers',
]);

const k = (lower: string): string => lower.replace(/\.$/, '');

/** A candidate being scored: its word tokens, the gazetteer place its whole text names, and its evidence so far. */
interface Scoring {
  ctx: DocContext;
  c: Candidate;
  lex: ReturnType<typeof getLexicons>;
  words: Token[];
  nWords: number;
  firstW: Token;
  lastW: Token;
  place: Place | undefined;
  s: Scores;
}

export function classifyCandidates(
  ctx: DocContext,
  candidates: Candidate[],
  options: Partial<Options> = {},
): Classified[] {
  const opts = { ...defaultOptions, ...options };
  const lex = getLexicons();
  const scoreLine = linesWithScores(ctx);
  return candidates.map((c): Classified => classifyCandidate(ctx, c, opts, lex, scoreLine));
}

/** Sum the type evidence of one candidate occurrence, signal by signal. */
function classifyCandidate(
  ctx: DocContext,
  c: Candidate,
  opts: Options,
  lex: ReturnType<typeof getLexicons>,
  scoreLine: Uint8Array,
): Classified {
  const s: Scores = { person: 0, group: 0, place: 0 };
  const words = ctx.tokens.slice(c.first, c.last + 1).filter((t) => t.kind === 'word');
  const nWords = words.length;
  const firstW = words[0]!;
  const lastW = words[nWords - 1]!;
  const out: Classified = { ...c, scores: s, scoreLine: scoreLine[c.first] === 1 };

  // gazetteer
  const place = c.demonymGroup ? undefined : lookupPlace(c.text);
  if (place) {
    out.place = place;
    scoreGazetteerPlace(ctx, place, words, s, opts.cityScores);
  }
  if (c.demonymGroup) s.group += 8;
  if (c.dateline) s.place += 5;

  const sc: Scoring = { ctx, c, lex, words, nWords, firstW, lastW, place, s };
  scoreHeads(sc);
  scoreAcronym(sc);
  scorePersonSignals(sc);
  scorePlainWords(sc);
  scoreTagsInContext(sc);
  scoreContextCues(sc);
  scoreSportsResults(sc, scoreLine);
  return out;
}

/** Place evidence for a name the gazetteer knows: by kind, and for a city by population band. */
function scoreGazetteerPlace(
  ctx: DocContext,
  place: Place,
  words: Token[],
  s: Scores,
  cityScores: Options['cityScores'],
): void {
  const nWords = words.length;
  const firstW = words[0]!;
  if (place.kind === 'country') s.place += 7;
  else if (place.kind === 'region') s.place += 4;
  else {
    const [a, b, cc, d] = cityScores;
    let v = place.population >= 1e6 ? a : place.population >= 1e5 ? b : place.population >= 1e4 ? cc : d;
    if (place.capital) v += 1;
    // a town named like a common word ("Commerce", "Sale") is weak evidence
    if (nWords === 1 && isEnglishWord(firstW.lower) && !ctx.midCaps.has(firstW.lower)) v = Math.min(v, 0.5);
    else if (nWords === 1 && isEnglishWord(firstW.lower)) v = Math.min(v, 1.5);
    s.place += v;
  }
}

/** Evidence from head nouns, place prefixes, compass words, "<head> of" and place-name endings. */
function scoreHeads({ ctx, c, lex, words, nWords, firstW, lastW, place, s }: Scoring): void {
  const { tokens } = ctx;
  // heads (not when the whole name is a country or region: "Russian Federation")
  const lastKey = place && place.kind !== 'city' ? '' : k(lastW.lower);
  if (nWords >= 2 && ORG_HEADS.has(lastKey)) s.group += WEAK_ORG_HEADS.has(lastKey) ? 2 : 5;
  else if (nWords === 1 && ORG_HEADS.has(lastKey)) s.group += 1;
  if (nWords >= 2 && words.slice(0, -1).some((w) => ORG_HEADS.has(k(w.lower)) && !WEAK_ORG_HEADS.has(k(w.lower))))
    s.group += 3;
  if (nWords >= 2 && PLACE_HEADS.has(lastKey)) s.place += 3.5;
  if (nWords >= 2 && PLACE_PREFIXES.has(k(firstW.lower))) s.place += 2.5;
  // "West Bank", "Middle East", "Midwest"
  if (COMPASS_WORDS.has(firstW.lower) && (nWords === 1 || COMPASS_WORDS.has(words[1]!.lower) || nWords === 2))
    s.place += nWords === 1 ? 2 : 3;
  else if (
    nWords === 1 &&
    /^(?:north|south|east|west|mid)/.test(firstW.lower) &&
    /(?:east|west|north|south)$/.test(firstW.lower)
  )
    s.place += 2;
  // "Federal Republic of X", "Bank of England": the head before "of" decides
  for (let i = c.first; i < c.last; i++) {
    if (tokens[i + 1]!.lower !== 'of') continue;
    const h = k(tokens[i]!.lower);
    if (PLACE_HEADS.has(h) && !ORG_HEADS.has(h)) s.place += 3.5;
    break;
  }
  // place-name morphology for unknown single words: "-ia", "-stan", "-land"
  if (
    nWords === 1 &&
    !place &&
    !firstW.allCaps &&
    /(?:[^aeiou]ia|stan|land)$/.test(firstW.lower) &&
    !lex.firstNames.has(firstW.lower)
  )
    s.place += 1.5;
}

/** Group evidence for a one-word name in capitals that is no place. */
function scoreAcronym({ c, nWords, firstW, place, s }: Scoring): void {
  // acronyms
  const letters = c.text.replace(/[^\p{L}]/gu, '');
  if (nWords === 1 && letters.length >= 2 && firstW.allCaps && !place) s.group += 1.5;
}

/** Evidence from roles, first names, initials and compromise's lexicon entry for the whole name. */
function scorePersonSignals({ c, lex, words, nWords, firstW, lastW, place, s }: Scoring): void {
  const lowerText = c.text.toLowerCase().replace(/[’‘]/g, "'");
  // persons
  if (c.role) s.person += 6;
  const secondW = words[1];
  const firstIsName = lex.firstNames.has(k(firstW.lower)) && (nWords === 1 || (!!secondW && secondW.spaceBefore));
  if (nWords >= 2 && firstIsName && !firstW.allCaps) s.person += 3;
  else if (nWords === 1 && firstIsName) s.person += 0.8;
  const initialPlace = nWords === 2 && /^\p{Lu}\.$/u.test(firstW.norm) ? lookupPlace(lastW.norm) : undefined;
  if (initialPlace && initialPlace.kind !== 'city')
    s.place += 5; // "S. Korea"
  else if (nWords >= 2 && /^\p{Lu}\.$/u.test(firstW.norm)) s.person += 3; // "M. Atherton"
  if (nWords >= 3 && words.slice(1, -1).some((w) => /^\p{Lu}\.$/u.test(w.norm))) s.person += 3; // "John F. Kennedy"
  const whole = lex.compromise.get(lowerText);
  if (whole) {
    if (whole.includes('Person') || whole.includes('LastName')) s.person += whole.includes('Person') ? 3 : 1.5;
    if (whole.includes('Organization') || whole.includes('SportsTeam')) s.group += 4;
    if (
      !place &&
      (whole.includes('Place') || whole.includes('City') || whole.includes('Country') || whole.includes('Region'))
    )
      s.place += 3;
  }
  if (nWords >= 2) {
    const lastTags = lex.compromise.get(lastW.lower);
    if (lastTags?.includes('LastName')) s.person += 1.5;
  }
}

/** A leading demonym says group; two or three plain capitalised words with no other signal say person. */
function scorePlainWords({ c, words, nWords, firstW, place, s }: Scoring): void {
  // two or three plain capitalised words with no other head: most often a person's name
  const demonymFirst = nWords >= 2 && isDemonymWord(firstW.norm);
  if (demonymFirst) s.group += 1.5; // "Afghan Taliban"
  if (
    nWords >= 2 &&
    nWords <= 3 &&
    !place &&
    !c.role &&
    !demonymFirst &&
    words.every(
      (w, wi) =>
        (wi === 0 || w.spaceBefore) &&
        w.cap &&
        !w.allCaps &&
        !ORG_HEADS.has(k(w.lower)) &&
        !PLACE_HEADS.has(k(w.lower)) &&
        !COMPASS_WORDS.has(w.lower),
    )
  )
    s.person += 1;
}

/** Evidence from the tags compromise gave the name's tokens in context. */
function scoreTagsInContext({ ctx, c, s }: Scoring): void {
  const { tokens } = ctx;
  // compromise in context
  let pBits = 0;
  let allPerson = true;
  for (let i = c.first; i <= c.last; i++) {
    const m = ctx.tags[i]!;
    pBits |= m;
    if (tokens[i]!.kind === 'word' && !(m & TAG.person)) allPerson = false;
  }
  if (allPerson) s.person += 1;
  if (pBits & TAG.org) s.group += 1.5;
  if (pBits & TAG.place && !(pBits & TAG.person)) s.place += 1;
}

/** Evidence from the words around the name: cue words, "X, Country", "in X", pronouns and "Name ( Country )". */
function scoreContextCues({ ctx, c, place, s }: Scoring): void {
  const { tokens } = ctx;
  // context
  const next = tokens[c.last + 1];
  const next2 = tokens[c.last + 2];
  const prev = tokens[c.first - 1];
  if (next && next.kind === 'word' && !next.cap && GROUP_CUE_AFTER.has(next.lower)) s.group += 3;
  if (next && next.kind === 'word' && PERSON_CUE_AFTER.has(next.lower)) s.person += 0.5;
  if (next && next.norm === ',' && next2 && next2.kind === 'word' && next2.cap) {
    const after = lookupPlace(next2.norm);
    if (after && after.kind !== 'city' && (!place || place.kind === 'city')) s.place += 2;
  }
  if (prev && prev.kind === 'word' && !prev.cap && PLACE_CUE_BEFORE.has(prev.lower))
    s.place += prev.lower === 'in' ? 1.5 : 0.8;
  const prev2 = tokens[c.first - 2];
  if (prev && prev.lower === 'of' && prev2 && PLACE_NOUNS.has(prev2.lower)) s.place += 2.5;
  if (prev && (prev.lower === 'the' || prev.lower === 'a')) s.person -= 1;
  // pronouns and business words in the rest of the sentence
  for (let q = c.last + 1; q < tokens.length && q <= c.last + 8; q++) {
    const t = tokens[q]!;
    if (t.lineStart || (t.kind === 'punct' && (t.norm === '.' || t.norm === ';'))) break;
    if (PERSON_PRONOUNS.has(t.lower)) {
      s.person += 0.6;
      break;
    }
    if (GROUP_WORDS.has(t.lower)) {
      s.group += 0.6;
      break;
    }
  }
  // "Name ( Country )": a person or team from that country
  if (next && next.norm === '(' && next2 && next2.kind === 'word' && tokens[c.last + 3]?.norm === ')' && !place) {
    const p2 = lookupPlace(next2.norm);
    if (p2 && p2.kind === 'country') s.person += 1.5;
  }
}

/** A city or region next to a result word or a score is the team. */
function scoreSportsResults({ ctx, c, place, s }: Scoring, scoreLine: Uint8Array): void {
  const { tokens } = ctx;
  const next = tokens[c.last + 1];
  const prev = tokens[c.first - 1];
  // sports: a city/region as a team
  const resultNext = next && (RESULT_WORDS.has(next.lower) || (next.kind === 'number' && scoreLine[c.last + 1] === 1));
  const resultPrev =
    prev &&
    (RESULT_WORDS.has(prev.lower) ||
      (prev.kind === 'number' &&
        scoreLine[c.first - 1] === 1 &&
        !tokens[c.first - 1]!.lineStart &&
        /^\d{1,3}$/.test(prev.norm)));
  if (resultNext || resultPrev) {
    if (place && place.kind !== 'country') s.group += 4 + s.place - 3;
    else if (!place) s.group += 1.5;
  }
}

/** 1 for tokens on a line with at least two numbers and no more lower-case words than numbers (a score line or a table row). */
/** 1 for every token on a line with two or more numbers and no more lower-case words than numbers (tables, results). */
export function linesWithScores(ctx: DocContext): Uint8Array {
  const { tokens } = ctx;
  const out = new Uint8Array(tokens.length);
  let a = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || (i > a && tokens[i]!.lineStart)) {
      let count = 0;
      let lowerWords = 0;
      for (let j = a; j < i; j++) {
        if (tokens[j]!.kind === 'number') count++;
        else if (tokens[j]!.kind === 'word' && !tokens[j]!.cap) lowerWords++;
      }
      if (count >= 2 && count >= lowerWords) out.fill(1, a, i);
      a = i;
    }
  }
  return out;
}
