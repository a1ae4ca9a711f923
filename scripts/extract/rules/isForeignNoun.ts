/**
 * A capitalised noun of another language quoted in an English page ("das Buch wurde", "Partizip perfekt", "Der
 * Zustand danach"), used by the page-junk layer (dropPageJunk.ts): every occurrence is followed by a lower-case word
 * of three letters or more that is no English word (nor looks like an English inflection), no function word and no particle of names ("de", "van", "bin").
 * English text goes on in English after a name; the tagger reads English only. Pages mostly in another language are
 * the foreign-sentence rule's (dropNotNames.ts).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { FUNCTION_WORDS, isEnglishWord, wordSet } from '../../lang/lexicon.ts';

interface Occ {
  last: number;
}

/** Particles of names and words English borrows that may follow a name in lower case. */
const PARTICLES =
  wordSet(`de del della der den des di da das do dos du la le les van von ter ten al el bin ibn bint ben abu zu und et y etc
  aka per via`);

export function isForeignNoun(ctx: DocContext, c: { occurrences: readonly Occ[]; place?: unknown }): boolean {
  if (c.place) return false;
  const t = ctx.tokens;
  return c.occurrences.every((o) => {
    const next = t[o.last + 1];
    if (next?.kind !== 'word' || !next.spaceBefore || next.lineStart) return false;
    const w = next.norm;
    // an English verb's or adverb's form the word list may lack ("livestreamed", "rebranding")
    if (!/^\p{Ll}{3,}$/u.test(w) || /(?:ed|ing|ly|s)$/.test(w)) return false;
    return !isEnglishWord(w) && !FUNCTION_WORDS.has(w) && !PARTICLES.has(w);
  });
}
