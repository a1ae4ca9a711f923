import type { Span } from '../core/types/common.ts';
import type { Quote } from '../core/types/evidence.ts';
import {
  collapse,
  coveringSpans,
  mentionsIn,
  sentenceText,
  indexContaining,
  spanAt,
  wordTokens,
  type ArticleEvidenceInput,
  type PlacedMention,
  type WordToken,
} from './evidenceInput.ts';

export interface Options {
  /** Verbs that attribute a quotation ("said", "warned"); "according to" is always understood. */
  speechVerbs: readonly string[];
  /** Longest noun phrase naming a speaker ("a Kremlin spokesman"), in words. */
  maxSpeakerWords: number;
  /** Fewest words in a quotation that is not attributed on its own (continuations); shorter ones are scare quotes. */
  minContinuationWords: number;
  /** Also read ‘…’ as a quotation when it clearly is one (ends in punctuation, at least this many words). */
  singleQuotes: boolean;
  /** How many paragraphs after an attributed quotation an unattributed one may follow and still continue it. */
  continuationParagraphs: number;
}

export const defaultOptions: Options = {
  speechVerbs: [
    'said',
    'says',
    'say',
    'added',
    'adds',
    'told',
    'tells',
    'stated',
    'states',
    'noted',
    'notes',
    'explained',
    'explains',
    'argued',
    'argues',
    'warned',
    'warns',
    'wrote',
    'writes',
    'asked',
    'asks',
    'claimed',
    'claims',
    'insisted',
    'insists',
    'declared',
    'declares',
    'announced',
    'announces',
    'replied',
    'replies',
    'continued',
    'continues',
    'recalled',
    'recalls',
    'observed',
    'remarked',
    'responded',
    'responds',
    'acknowledged',
    'admitted',
    'emphasized',
    'emphasised',
    'stressed',
    'conceded',
    'suggested',
    'tweeted',
    'countered',
    'concluded',
    'cautioned',
    'vowed',
    'predicted',
    'confirmed',
    'complained',
    'urged',
    'boasted',
    'joked',
    'recounted',
  ],
  maxSpeakerWords: 8,
  minContinuationWords: 3,
  singleQuotes: true,
  continuationParagraphs: 1,
};

/** How far from a quotation its attribution is looked for, in characters: keeps the work per quotation bounded. */
const WINDOW = 300;

/** Words that show the text next to a quotation is a clause, not an attribution ("which is what X said"). */
const CLAUSE_WORDS = new Set([
  'which',
  'that',
  'what',
  'who',
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'if',
  'when',
  'because',
  'and',
  'but',
]);

interface RawQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

interface Attribution {
  mention: PlacedMention;
  /** The noun phrase naming the speaker. */
  phrase: Span;
}

type Token = WordToken;

/** Direct quotations and who said them. A quotation nobody can be found for is left out. */
export function attributeQuotes(
  input: ArticleEvidenceInput,
  options: Partial<Options> = {},
): { entity: string; quote: Quote }[] {
  const opts = { ...defaultOptions, ...options };
  const { article, mentions, sentences } = input;
  const paragraphs = input.paragraphs.length ? input.paragraphs : [{ start: 0, end: article.text.length }];
  const verbs = new Set(opts.speechVerbs.map((v) => v.toLowerCase()));
  const quotes = findQuotations(article.text, paragraphs, opts.singleQuotes);
  const out: { entity: string; quote: Quote }[] = [];
  let previous: { entity: string; paragraph: number; end: number } | undefined;
  quotes.forEach((q, i) => {
    const limit = {
      start: quotes[i - 1] ? quotes[i - 1]!.close + 1 : 0,
      end: quotes[i + 1]?.open ?? article.text.length,
    };
    const paragraph = Math.max(0, indexContaining(paragraphs, q.open));
    const words = innerText(article.text, q).split(' ').filter(Boolean).length;
    const found = words
      ? (attributeAfter(input, q, limit.end, verbs, opts) ?? attributeBefore(input, q, limit.start, verbs, opts))
      : undefined;
    let entity: string | undefined;
    let covered: Span = { start: q.open, end: q.close + 1 };
    let speaker: string | undefined;
    if (found) {
      entity = found.mention.entity;
      covered = { start: Math.min(q.open, found.phrase.start), end: Math.max(q.close + 1, found.phrase.end) };
      speaker = speakerName(article.text, found);
    } else if (
      previous &&
      words >= opts.minContinuationWords &&
      paragraph - previous.paragraph <= opts.continuationParagraphs &&
      !mentionsIn(mentions, previous.end, q.open).some(
        (m) => m.start >= previous!.end && m.end <= q.open && m.type !== 'place' && m.entity !== previous!.entity,
      )
    ) {
      entity = previous.entity;
    }
    if (!entity) {
      previous = undefined;
      return;
    }
    previous = { entity, paragraph, end: covered.end };
    const sentence = coveringSpans(sentences, covered.start, covered.end);
    const quote: Quote = {
      text: innerText(article.text, q),
      article: article.id,
      sentence: sentenceText(article.text, sentence, { start: q.open, end: q.close + 1 }),
      start: q.open,
    };
    if (speaker) quote.speaker = speaker;
    out.push({ entity, quote });
  });
  return out;
}

/** The quoted words: white space collapsed, without a comma that stands in for the full stop. */
const innerText = (text: string, q: RawQuote) => collapse(text.slice(q.open + 1, q.close)).replace(/\s*,$/, '');

/** “…”, "…" and (clearly) ‘…’ quotations, each inside one paragraph, in order; none inside another. */
export function findQuotations(text: string, paragraphs: readonly Span[], singleQuotes = true): RawQuote[] {
  const quotes: RawQuote[] = [];
  for (const p of paragraphs) {
    const found = [...curly(text, p), ...straight(text, p)].sort((a, b) => a.open - b.open);
    const doubles = found.filter((q, i) => !found.slice(0, i).some((o) => q.open < o.close));
    const singles = singleQuotes
      ? single(text, p).filter((s) => !doubles.some((d) => s.open < d.close && s.close > d.open))
      : [];
    quotes.push(...[...doubles, ...singles].sort((a, b) => a.open - b.open));
  }
  return quotes;
}

function curly(text: string, p: Span): RawQuote[] {
  const out: RawQuote[] = [];
  for (let open = text.indexOf('“', p.start); open !== -1 && open < p.end; open = text.indexOf('“', open + 1)) {
    const close = text.indexOf('”', open + 1);
    const reopen = text.indexOf('“', open + 1);
    if (close === -1 || close >= p.end || (reopen !== -1 && reopen < close)) continue;
    out.push({ open, close });
    open = close;
  }
  return out;
}

function straight(text: string, p: Span): RawQuote[] {
  const marks: number[] = [];
  for (let i = text.indexOf('"', p.start); i !== -1 && i < p.end; i = text.indexOf('"', i + 1)) marks.push(i);
  const out: RawQuote[] = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    const open = marks[i]!;
    const close = marks[i + 1]!;
    const opens = /^[\s([—–-]?$/.test(text.slice(Math.max(p.start, open - 1), open)) && /\S/.test(text[open + 1] ?? '');
    if (!opens || /\s/.test(text[close - 1] ?? ' ')) continue;
    out.push({ open, close });
    i++;
  }
  return out;
}

/** ‘…’ only when it opens after a space and closes after punctuation: apostrophes (Shi‘ite, won’t) never qualify. */
function single(text: string, p: Span): RawQuote[] {
  const out: RawQuote[] = [];
  const body = text.slice(p.start, p.end);
  for (const m of body.matchAll(/(?<=^|[\s(“"—])‘(?=\p{L})([^‘]*?[.,!?])’(?!\p{L})/gu)) {
    if (m[1]!.trim().split(/\s+/).length < 2) continue;
    out.push({ open: p.start + m.index, close: p.start + m.index + m[0].length - 1 });
  }
  return out;
}

const tokenize = (text: string, offset: number): Token[] =>
  wordTokens(text, offset, (raw) => raw.toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, ''));

const isAccordingTo = (tokens: readonly Token[], i: number) =>
  tokens[i]?.word === 'according' && tokens[i + 1]?.word === 'to';

/** `“…,” Roe said`, `“…,” said a spokesman`, `“…,” according to X`. */
function attributeAfter(
  input: ArticleEvidenceInput,
  q: RawQuote,
  limit: number,
  verbs: ReadonlySet<string>,
  opts: Options,
): Attribution | undefined {
  const { text } = input.article;
  const from = q.close + 1;
  const sentence = spanAt(input.sentences, q.close, { start: from, end: limit });
  const end = Math.min(limit, Math.max(from, sentence.end), from + WINDOW);
  const tokens = tokenize(text.slice(from, end), from).filter((t) => !/^[,—–-]+$/.test(t.raw));
  if (isAccordingTo(tokens, 0)) return speakerIn(input, phraseAfter(tokens, 2, opts));
  const verb = tokens.findIndex((t) => verbs.has(t.word));
  if (verb === 0) return speakerIn(input, phraseAfter(tokens, 1, opts));
  if (verb === -1) return undefined;
  const phrase = speakerBefore(tokens, verb, 0, opts);
  if (!phrase || phrase.some((t) => CLAUSE_WORDS.has(t.word) || (/[.;:!?]$/.test(t.raw) && !/\.\S/.test(t.raw))))
    return undefined;
  return speakerIn(input, spanOf(phrase));
}

/** `Roe said: “…”`, `Roe told reporters “…”`, `According to X, “…”`. */
function attributeBefore(
  input: ArticleEvidenceInput,
  q: RawQuote,
  limit: number,
  verbs: ReadonlySet<string>,
  opts: Options,
): Attribution | undefined {
  const { text } = input.article;
  const sentence = spanAt(input.sentences, q.open, { start: limit, end: q.open });
  const from = Math.max(limit, Math.min(sentence.start, q.open), q.open - WINDOW);
  const tokens = tokenize(text.slice(from, q.open), from);
  const according = tokens.findLastIndex((_, i) => isAccordingTo(tokens, i));
  if (according !== -1 && tokens.length - according <= opts.maxSpeakerWords + 2)
    return speakerIn(input, phraseAfter(tokens, according + 2, opts));
  const verb = tokens.findLastIndex((t) => verbs.has(t.word));
  if (verb <= 0 || tokens.length - verb > 5 || /[.;!?]$/.test(tokens.at(-1)!.raw)) return undefined;
  const phrase = speakerBefore(tokens, verb, undefined, opts);
  if (!phrase || phrase.some((t) => CLAUSE_WORDS.has(t.word))) return undefined;
  return speakerIn(input, spanOf(phrase));
}

/** Words that close an inserted phrase: ", a spokeswoman," / "(…)" / "— …—". */
const INSERT_CLOSE = /[,)—–]$/;

/**
 * The words naming the speaker of a speech verb at `verb`, read backwards. One inserted phrase right before the
 * verb (an apposition, a relative clause or a parenthesis: "Roe, a spokeswoman for the ministry, said", "Roe, who
 * …, said", "Roe (…) said") is stepped over. With `start` the phrase must begin there (the words right after a
 * quotation); without it, it begins after the nearest comma, colon, semicolon or parenthesis. Empty: undefined.
 */
function speakerBefore(
  tokens: readonly Token[],
  verb: number,
  start: number | undefined,
  opts: Options,
): Token[] | undefined {
  let end = verb;
  const before = tokens[end - 1];
  if (before && INSERT_CLOSE.test(before.raw)) {
    const paren = /\)$/.test(before.raw);
    let k = end - 1;
    const floor = Math.max(start ?? 0, end - 1 - 2 * opts.maxSpeakerWords);
    if (paren) {
      while (k >= floor && !tokens[k]!.raw.startsWith('(')) k--;
      end = k;
    } else {
      k--;
      while (k >= floor && !INSERT_CLOSE.test(tokens[k]!.raw)) k--;
      end = k + 1;
    }
    if (k < floor) return undefined;
  }
  // the last word may carry the comma that opened the inserted phrase
  let first = end - 1;
  const lowest = Math.max(start ?? 0, end - opts.maxSpeakerWords);
  while (first > lowest && (start !== undefined || !/[,;:(]$/.test(tokens[first - 1]!.raw))) first--;
  if (first < 0) return undefined;
  if (start !== undefined && first !== start) return undefined;
  const phrase = tokens.slice(first, end);
  return phrase.length > 0 ? phrase : undefined;
}

const spanOf = (phrase: readonly Token[]): Span => ({ start: phrase[0]!.start, end: phrase.at(-1)!.end });

/** The noun phrase starting at token `i`, up to the first punctuation that ends it. */
function phraseAfter(tokens: readonly Token[], i: number, opts: Options): Span | undefined {
  const phrase: Token[] = [];
  for (const t of tokens.slice(i, i + opts.maxSpeakerWords)) {
    if (/^[^\p{L}\p{N}]+$/u.test(t.raw)) break;
    phrase.push(t);
    if (/[,.;:!?)]$/.test(t.raw) && !/\.\S/.test(t.raw)) break;
  }
  if (!phrase.length) return undefined;
  const last = phrase.at(-1)!;
  return { start: phrase[0]!.start, end: last.end - (/[,.;:!?)]$/.test(last.raw) && !/\.\S/.test(last.raw) ? 1 : 0) };
}

/** The speaker named inside a phrase: a person if there is one, else a group; never a place. */
function speakerIn(input: ArticleEvidenceInput, phrase: Span | undefined): Attribution | undefined {
  if (!phrase) return undefined;
  const inside = mentionsIn(input.mentions, phrase.start, phrase.end).filter(
    (m) => m.start >= phrase.start && m.end <= phrase.end,
  );
  const mention = inside.find((m) => m.type === 'person') ?? inside.find((m) => m.type === 'group');
  return mention ? { mention, phrase } : undefined;
}

/** How the article names the speaker, when that is more than the mention itself. */
function speakerName(text: string, { mention, phrase }: Attribution): string | undefined {
  const name = collapse(text.slice(phrase.start, phrase.end)).replace(/^[\s,:;—–-]+|[\s,:;—–-]+$/g, '');
  return name && name !== mention.text ? name : undefined;
}
