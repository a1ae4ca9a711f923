/**
 * Layer: compromise's part-of-speech and name tags, mapped onto our tokens as a bit mask.
 * Compromise is one signal among several. Text is fed in bounded chunks (lines, long
 * lines cut at white space) so that its cost stays linear in the input size.
 */
import nlp from 'compromise/two';
import type { Token } from './tokenize.ts';
import { installFastSweep } from './fastSweep.ts';
import { installFastTokenize } from './fastTokenize.ts';
import { installFastPreTagger } from './fastPreTagger.ts';

installFastSweep();
installFastTokenize();
installFastPreTagger();

export const TAG = {
  person: 1,
  place: 2,
  org: 4,
  firstName: 8,
  lastName: 16,
  adjective: 32,
  verb: 64,
  adverb: 128,
  function: 256,
  date: 512,
  value: 1024,
  properNoun: 2048,
  demonym: 4096,
  honorific: 8192,
  acronym: 16384,
  noun: 32768,
} as const;

const TAG_BITS: [string, number][] = [
  ['Person', TAG.person],
  ['Place', TAG.place],
  ['Organization', TAG.org],
  ['FirstName', TAG.firstName],
  ['LastName', TAG.lastName],
  ['Adjective', TAG.adjective],
  ['Verb', TAG.verb],
  ['Adverb', TAG.adverb],
  ['Determiner', TAG.function],
  ['Preposition', TAG.function],
  ['Conjunction', TAG.function],
  ['Pronoun', TAG.function],
  ['Date', TAG.date],
  ['Value', TAG.value],
  ['ProperNoun', TAG.properNoun],
  ['Demonym', TAG.demonym],
  ['Honorific', TAG.honorific],
  ['Acronym', TAG.acronym],
  ['Noun', TAG.noun],
  ['SportsTeam', TAG.org],
  ['City', TAG.place],
  ['Country', TAG.place],
  ['Region', TAG.place],
];

/** The bits of each tag (several tags share a bit). */
const BIT_OF = new Map<string, number>();
for (const [tag, bit] of TAG_BITS) BIT_OF.set(tag, (BIT_OF.get(tag) ?? 0) | bit);

export interface Options {
  /** Longest piece of text given to compromise at once. */
  maxChunk: number;
}

export const defaultOptions: Options = { maxChunk: 4000 };

interface CompromiseTerm {
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/** One bit mask per token (0 where compromise said nothing). */
export function tagWithCompromise(text: string, tokens: readonly Token[], options: Partial<Options> = {}): Uint32Array {
  const opts = { ...defaultOptions, ...options };
  const masks = new Uint32Array(tokens.length);
  if (tokens.length === 0) return masks;
  let ti = 0;
  for (const [chunkStart, chunkEnd] of chunks(text, opts.maxChunk)) {
    const piece = text.slice(chunkStart, chunkEnd);
    if (!/\p{L}/u.test(piece)) continue;
    let doc: ReturnType<typeof nlp>;
    try {
      doc = nlp(piece);
      doc.compute('offset');
    } catch {
      continue;
    }
    for (const sentence of (doc as unknown as { docs: CompromiseTerm[][] }).docs) {
      for (const term of sentence) {
        if (!term.offset) continue;
        let mask = 0;
        for (const tag of term.tags) mask |= BIT_OF.get(tag) ?? 0;
        const s = chunkStart + term.offset.start;
        const e = s + term.offset.length;
        while (ti < tokens.length && tokens[ti]!.start < s) ti++;
        let k = ti;
        while (k < tokens.length && tokens[k]!.start < e) {
          masks[k] = masks[k]! | mask;
          k++;
        }
      }
    }
  }
  return masks;
}

/** Chunk boundaries at line breaks; a long line is cut at white space (or hard-cut). */
function* chunks(text: string, max: number): Generator<[number, number]> {
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = Math.min(n, start + max);
    if (end < n) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > start) end = nl + 1;
      else {
        const sp = text.lastIndexOf(' ', end);
        if (sp > start) end = sp + 1;
      }
    }
    yield [start, end];
    start = end;
  }
}
