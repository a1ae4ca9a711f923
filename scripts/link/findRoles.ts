import type { EntityType } from '../core/types/common.ts';
import type { Span } from '../core/types/common.ts';
import type { Role } from '../core/types/evidence.ts';
import {
  collapse,
  mentionIn,
  sentenceText,
  spanAt,
  wordTokens,
  type ArticleEvidenceInput,
  type PlacedMention,
  type WordToken,
} from './evidenceInput.ts';

export interface Options {
  /** Entity types that can hold a role. */
  types: readonly EntityType[];
  /** Longest title phrase before a name, in words. */
  maxTitleWords: number;
  /** Longest apposition after a name (", Turkey's president,"), in words. */
  maxAppositionWords: number;
}

export const defaultOptions: Options = { types: ['person'], maxTitleWords: 6, maxAppositionWords: 8 };

/** How far from a mention a title or apposition is looked for, in characters: keeps the work per mention bounded. */
const WINDOW = 240;

/** Closed class of nouns that head a title ("Secretary of Defense", "defence minister", "Gen."). */
const TITLE_NOUNS = new Set([
  'president',
  'president-elect',
  'vice-president',
  'secretary',
  'minister',
  'premier',
  'chancellor',
  'senator',
  'sen',
  'congressman',
  'congresswoman',
  'representative',
  'rep',
  'governor',
  'gov',
  'mayor',
  'general',
  'gen',
  'colonel',
  'col',
  'lieutenant',
  'lt',
  'major',
  'maj',
  'captain',
  'capt',
  'sergeant',
  'sgt',
  'admiral',
  'adm',
  'commander',
  'cmdr',
  'chief',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'king',
  'queen',
  'prince',
  'princess',
  'emir',
  'sheikh',
  'sultan',
  'pope',
  'cardinal',
  'archbishop',
  'bishop',
  'imam',
  'ayatollah',
  'rabbi',
  'judge',
  'justice',
  'prosecutor',
  'attorney-general',
  'leader',
  'head',
  'founder',
  'ceo',
  'commissioner',
  'sheriff',
  'marshal',
  'councillor',
  'councilman',
  'deputy',
  'speaker',
  'mufti',
]);

/** Words that may stand before a title noun inside the title, also in lower case ("defence minister"). */
const TITLE_MODIFIERS = new Set([
  'prime',
  'deputy',
  'vice',
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'economy',
  'justice',
  'health',
  'trade',
  'energy',
  'oil',
  'home',
  'former',
  'acting',
  'interim',
  'senior',
  'chief',
  'supreme',
  'army',
  'military',
  'police',
  'intelligence',
  'opposition',
  'party',
  'rebel',
  'militia',
  'top',
  'press',
  'executive',
  'attorney',
  'state',
]);

/** Capitalised words that never belong to a title: function words, time words. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'on',
  'in',
  'at',
  'by',
  'for',
  'with',
  'from',
  'to',
  'after',
  'before',
  'last',
  'next',
  'this',
  'that',
  'when',
  'while',
  'as',
  'but',
  'and',
  'or',
  'if',
  'then',
  'yesterday',
  'today',
  'tomorrow',
  'earlier',
  'later',
  'meanwhile',
  'however',
  'also',
  'said',
  'says',
  'mr',
  'mrs',
  'ms',
  'dr',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'week',
  'year',
  'month',
]);

/** Words that show an apposition is a clause, not a noun phrase ("Roe, who met the president,"). */
const CLAUSE_WORDS = new Set([
  'who',
  'which',
  'that',
  'whose',
  'where',
  'when',
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'can',
  'could',
  'did',
  'does',
  'do',
  'said',
  'says',
  'and',
  'but',
  'however',
  'also',
  'not',
]);

const COMPLEMENT_WORDS = new Set(['of', 'for', 'at', 'in', 'on', 'to', 'from']);
const LOWERCASE_OFFICES = new Set(['state', 'defence', 'defense', 'staff', 'the', 'interior', 'justice']);

type Token = WordToken;

interface Found {
  title: Span;
  of?: string;
}

/** Roles and titles the article gives its people, in the article's own words. */
export function findRoles(
  input: ArticleEvidenceInput,
  options: Partial<Options> = {},
): { entity: string; role: Role }[] {
  const opts = { ...defaultOptions, ...options };
  const { article, mentions, sentences } = input;
  const seen = new Set<string>();
  const roles: { entity: string; role: Role }[] = [];
  for (const mention of mentions) {
    if (!opts.types.includes(mention.type)) continue;
    const sentence = spanAt(sentences, mention.start, { start: 0, end: article.text.length });
    const found = [
      titleInside(article.text, mention),
      titleBefore(input, mention, sentence, opts),
      apposition(input, mention, sentence, opts),
    ];
    for (const f of found) {
      if (!f) continue;
      const title = collapse(article.text.slice(f.title.start, f.title.end));
      const key = `${mention.entity}\u0000${title.toLowerCase()}\u0000${f.of ?? ''}`;
      if (!title || seen.has(key)) continue;
      seen.add(key);
      const role: Role = { title, article: article.id, sentence: sentenceText(article.text, sentence, mention) };
      if (f.of) role.of = f.of;
      roles.push({ entity: mention.entity, role });
    }
  }
  return roles;
}

const tokenize = (text: string, offset: number): Token[] =>
  wordTokens(text, offset, (raw) => raw.toLowerCase().replace(/\.$/, ''));

const isCapitalised = (raw: string) => /^\p{Lu}/u.test(raw);
/** A title noun, also as the last part of a hyphenated title ("secretary-general", "ex-president"). */
const isTitleNoun = (t: Token) => TITLE_NOUNS.has(t.word) || TITLE_NOUNS.has(t.word.slice(t.word.lastIndexOf('-') + 1));
const POSSESSIVE = /^(.+)['’]s$/u;
const holderOf = (m: PlacedMention | undefined) => (m && m.type !== 'person' ? m.entity : undefined);
const placeOrGroupIn = (mentions: readonly PlacedMention[], start: number, end: number) =>
  holderOf(mentionIn(mentions, start, end, (m) => m.type !== 'person'));

/** The mention text itself starts with a title: "President Ashford Lane" found as one mention. */
function titleInside(text: string, mention: PlacedMention): Found | undefined {
  const tokens = tokenize(text.slice(mention.start, mention.end), mention.start);
  let n = 0;
  while (n < tokens.length - 1 && (isTitleNoun(tokens[n]!) || TITLE_MODIFIERS.has(tokens[n]!.word))) n++;
  const head = tokens.slice(0, n).findLastIndex(isTitleNoun);
  return head === -1 ? undefined : { title: { start: tokens[0]!.start, end: tokens[head]!.end } };
}

/** "Secretary of Defense X", "defence minister X", "Gen. X", "Korvia's president X". */
function titleBefore(
  input: ArticleEvidenceInput,
  mention: PlacedMention,
  sentence: Span,
  opts: Options,
): Found | undefined {
  const { text } = input.article;
  const from = Math.min(Math.max(sentence.start, mention.start - WINDOW), mention.start);
  const tokens = tokenize(text.slice(from, mention.start), from);
  const last = tokens.at(-1);
  if (!last || !/^\s+$/.test(text.slice(last.end, mention.start))) return undefined;
  const run: Token[] = [];
  let possessive: Token | undefined;
  for (let i = tokens.length - 1; i >= 0 && run.length < opts.maxTitleWords; i--) {
    const t = tokens[i]!;
    if (POSSESSIVE.test(t.raw)) {
      possessive = t;
      break;
    }
    const named = mentionIn(input.mentions, t.start, t.end);
    if (named?.type === 'person' || !fitsTitle(t, i === 0 && t.start === sentence.start && !named)) break;
    run.unshift(t);
  }
  while (run.length && (run[0]!.word === 'of' || run[0]!.word === 'the')) run.shift();
  if (!run.length || run.at(-1)!.word === 'of' || run.at(-1)!.word === 'the' || !run.some(isTitleNoun))
    return undefined;
  const found = trimHolder(input.mentions, run);
  if (!found.of && possessive) {
    const of = placeOrGroupIn(input.mentions, possessive.start, possessive.end);
    if (of) found.of = of;
  }
  return found;
}

/** Whether a word may be part of a title phrase standing before a name. */
function fitsTitle(t: Token, sentenceInitial: boolean): boolean {
  if (/[,;:!?()"“”‘’[\]]$/u.test(t.raw) || /^["“‘([]/u.test(t.raw)) return false;
  if (isTitleNoun(t) || TITLE_MODIFIERS.has(t.word) || t.word === 'of' || t.word === 'the') return true;
  if (!isCapitalised(t.raw) || STOP_WORDS.has(t.word)) return false;
  // A capitalised first word of a sentence is capitalised for that reason, unless it abbreviates ("U.S.").
  return !sentenceInitial || /\.\S/.test(t.raw);
}

/** Move "of <place or group>" at the end of a title into `of`; otherwise `of` is any place or group inside the title. */
function trimHolder(mentions: readonly PlacedMention[], run: Token[]): Found {
  const ofAt = run.findLastIndex((t) => t.word === 'of');
  if (ofAt > 0) {
    const tail = run.slice(ofAt + 1);
    const holder = placeOrGroupIn(mentions, tail[0]!.start, tail.at(-1)!.end);
    if (holder && run.slice(0, ofAt).some(isTitleNoun))
      return { title: { start: run[0]!.start, end: run[ofAt - 1]!.end }, of: holder };
  }
  const title = { start: run[0]!.start, end: run.at(-1)!.end };
  const of = placeOrGroupIn(mentions, title.start, title.end);
  return of ? { title, of } : { title };
}

/** "X, Korvia's neo-royalist president, said", "X, the defence minister of Korvia, said". */
function apposition(
  input: ArticleEvidenceInput,
  mention: PlacedMention,
  sentence: Span,
  opts: Options,
): Found | undefined {
  const { text } = input.article;
  const end = Math.max(Math.min(sentence.end, mention.end + WINDOW), mention.end);
  const comma = /^\s*,\s*/.exec(text.slice(mention.end, end));
  if (!comma) return undefined;
  const start = mention.end + comma[0].length;
  const stop = text.slice(start, end).search(/[,;()—–]|\s[-–]\s|(?<!\p{Lu})[.!?](?=\s|$)/u);
  if (stop <= 0) return undefined;
  const tokens = tokenize(text.slice(start, start + stop), start);
  if (!tokens.length || tokens.length > opts.maxAppositionWords || tokens.some((t) => CLAUSE_WORDS.has(t.word)))
    return undefined;
  const c = tokens.findIndex((t, i) => i > 0 && COMPLEMENT_WORDS.has(t.word));
  const nounPhrase = c === -1 ? tokens : tokens.slice(0, c);
  const head = nounPhrase.length - 1;
  if (!isTitleNoun(nounPhrase[head]!)) return undefined;
  let first = head;
  while (first > 0 && (TITLE_MODIFIERS.has(nounPhrase[first - 1]!.word) || isTitleNoun(nounPhrase[first - 1]!)))
    first--;
  const complement = c === -1 ? [] : tokens.slice(c);
  const holderInComplement = complement.length
    ? placeOrGroupIn(input.mentions, complement[0]!.start, complement.at(-1)!.end)
    : undefined;
  const keepComplement =
    complement.length > 1 &&
    complement.length <= 4 &&
    !holderInComplement &&
    complement[0]!.word === 'of' &&
    complement.slice(1).every((t) => isCapitalised(t.raw) || LOWERCASE_OFFICES.has(t.word));
  const titleEnd = keepComplement ? complement.at(-1)!.end : nounPhrase[head]!.end;
  const of = holderInComplement ?? placeOrGroupIn(input.mentions, tokens[0]!.start, nounPhrase[head]!.end);
  const title = { start: nounPhrase[first]!.start, end: titleEnd };
  return of ? { title, of } : { title };
}
