/**
 * Facts about a document's tokens that several rule layers ask of the same tokens again and again (each occurrence
 * of each name looks at the words around it), worked out once per token and document and kept beside the document's
 * context for as long as it lives. A layer asks `wordFacts(ctx)` and reads a token's bits; the answer is what its own
 * test would give.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { FUNCTION_WORDS, isEnglishWord } from '../../lang/lexicon.ts';

/** A word of three letters or more, all lower case, standing on its own (a space before it). */
export const PLAIN_LOWER = 1;
/** … and an English word or a function word. */
export const ENGLISH = 2;

const KNOWN = 4;

const facts = new WeakMap<DocContext, Uint8Array>();

/** The bits (PLAIN_LOWER, ENGLISH) of the token at `i`. */
export function wordFacts(ctx: DocContext): (i: number) => number {
  let bits = facts.get(ctx);
  if (!bits) {
    bits = new Uint8Array(ctx.tokens.length);
    facts.set(ctx, bits);
  }
  const known = bits;
  return (i) => {
    const b = known[i]!;
    if (b !== 0) return b & ~KNOWN;
    const t = ctx.tokens[i]!;
    let out = 0;
    if (t.kind === 'word' && !t.cap && t.spaceBefore && t.norm.length >= 3 && /^\p{Ll}+$/u.test(t.norm)) {
      out = PLAIN_LOWER;
      if (isEnglishWord(t.lower) || FUNCTION_WORDS.has(t.lower)) out |= ENGLISH;
    }
    known[i] = out | KNOWN;
    return out;
  };
}
