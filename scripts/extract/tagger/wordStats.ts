/**
 * Distributional word statistics: for each word seen capitalised in a large body of raw news, how it behaves
 * there - how often it is capitalised away from a sentence start, how often a place preposition comes before it,
 * a speech verb after it, "the" or a title before it - in small buckets. They reach words the annotated corpus never
 * saw ("Montalvo", "Forbes"). Computed from the raw open-news pool (never its dev slice) by `npm run ner:train` and
 * stored in the model file; pure here.
 */
import { PERSON_CUE_AFTER, PLACE_CUE_BEFORE, TITLE_HEADS } from '../../lang/lexicon.ts';

/** Word (lower-case) → packed buckets, one nibble each: capitalised, place cue, speech cue, "the", title, frequency. */
export type WordStats = Map<string, number>;

const WORD = /[\p{L}][\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{N}.]|[\p{L}]|[.!?]/gu;

interface Counts {
  n: number;
  mid: number;
  capMid: number;
  place: number;
  said: number;
  the: number;
  title: number;
}

/** Counts over texts (paragraphs separated by blank lines). */
export function countWords(texts: Iterable<string>): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const text of texts) {
    for (const para of text.split(/\n\s*\n/)) {
      const tokens = para.match(WORD) ?? [];
      let sentenceStart = true;
      for (let i = 0; i < tokens.length; i++) {
        const raw = tokens[i]!;
        if (raw === '.' || raw === '!' || raw === '?') {
          sentenceStart = true;
          continue;
        }
        const word = raw.replace(/[.]+$/, '');
        const lower = word.toLowerCase();
        let c = counts.get(lower);
        if (!c) counts.set(lower, (c = { n: 0, mid: 0, capMid: 0, place: 0, said: 0, the: 0, title: 0 }));
        c.n++;
        if (!sentenceStart) {
          c.mid++;
          if (/^\p{Lu}/u.test(word)) c.capMid++;
        }
        const prev = i > 0 ? tokens[i - 1]!.toLowerCase().replace(/\.$/, '') : '';
        const next = i + 1 < tokens.length ? tokens[i + 1]!.toLowerCase() : '';
        if (PLACE_CUE_BEFORE.has(prev)) c.place++;
        if (PERSON_CUE_AFTER.has(next)) c.said++;
        if (prev === 'the') c.the++;
        if (TITLE_HEADS.has(prev)) c.title++;
        sentenceStart = raw.endsWith('.') && raw.length > 1 && !/^(?:\p{L}\.)+$/u.test(raw) && !TITLE_HEADS.has(lower);
      }
    }
  }
  return counts;
}

const bucket = (x: number, edges: readonly number[]): number => {
  let b = 0;
  while (b < edges.length && x >= edges[b]!) b++;
  return b;
};

/** Keep words seen at least `min` times and capitalised away from a sentence start at least once. */
export function wordStats(counts: Map<string, Counts>, min = 2): WordStats {
  const stats: WordStats = new Map();
  for (const [w, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (c.n < min || c.capMid === 0 || w.length < 2) continue;
    const cap = c.mid ? bucket(c.capMid / c.mid, [0.05, 0.3, 0.7, 0.95]) : 5;
    const share = (k: number) => bucket(k / c.n, [0.02, 0.1, 0.3]);
    const freq = Math.min(15, Math.floor(Math.log2(c.n)));
    const packed =
      cap | (share(c.place) << 4) | (share(c.said) << 8) | (share(c.the) << 12) | (share(c.title) << 16) | (freq << 20);
    stats.set(w, packed);
  }
  return stats;
}

const NAMES = ['cap', 'in', 'said', 'the', 'title'];

/** Features of a word from its statistics, or that it was never seen capitalised. */
export function statFeatures(stats: WordStats | undefined, lower: string, out: string[]): void {
  if (!stats) return;
  const packed = stats.get(lower);
  if (packed === undefined) {
    out.push('ws=none');
    return;
  }
  for (let k = 0; k < NAMES.length; k++) out.push(`ws${NAMES[k]}=${(packed >> (4 * k)) & 15}`);
  out.push(`wsf=${(packed >> 20) & 15}`);
}
