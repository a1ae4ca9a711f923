/**
 * Layer (after the tagger): a generic head noun alone is no name.
 * - A head that names a body only inside longer names ("University", "Department", "Election") written alone only
 *   at a sentence's start before a lower-case word ("University exhibits can…", "Election officials said"), in a
 *   document that writes it in lower case and never alone mid-sentence as a body's short form ("the University
 *   said"): a capitalised common noun. Cut from the capitalised word before it ("Defence Department officials" found
 *   as "Department"), it takes that word back.
 * - A place name's first word alone ("New", "San" of "New Eslin-based"): a cut name, not one.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { FUNCTION_WORDS, ORG_HEADS } from '../../lang/lexicon.ts';

interface Occ {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

interface HeadCluster<O extends Occ> {
  forms: Map<string, number>;
  occurrences: O[];
  place?: unknown;
}

/** First words of place names that are never a name alone. */
const NEVER_ALONE = new Set(['new', 'san', 'los', 'las']);

/** Generic heads: an organisation's head noun, or an event's that bodies are named with ("Election Commission"). */
const isHead = (lower: string) => ORG_HEADS.has(lower) || lower === 'election' || lower === 'elections';

/** The clusters without bare heads; a head cut from its name gets the word back. */
export function dropBareHeads<O extends Occ, C extends HeadCluster<O>>(ctx: DocContext, clusters: C[]): C[] {
  const t = ctx.tokens;
  const lowerAt = (i: number) => (t[i]?.kind === 'word' && !t[i]!.cap ? t[i]!.lower : '');
  const capWord = (i: number) => t[i]?.kind === 'word' && t[i]!.cap;
  return clusters.filter((c) => {
    const forms = [...c.forms.keys()];
    if (forms.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(forms[0]!)) return true;
    const lower = forms[0]!.toLowerCase();
    if (NEVER_ALONE.has(lower)) return false;
    if (!isHead(lower) || c.place) return true;
    // cut from a capitalised word that starts the sentence: "Defence Department officials"
    const cut = (o: O) =>
      o.first === o.last &&
      capWord(o.first - 1) &&
      !FUNCTION_WORDS.has(t[o.first - 1]!.lower) &&
      t[o.first]!.spaceBefore &&
      ctx.sentenceStart[o.first - 1] === 1;
    if (c.occurrences.every(cut)) {
      const grown = c.occurrences.map((o) => {
        const x = t[o.first - 1]!;
        return { ...o, first: o.first - 1, start: x.start, text: ctx.text.slice(x.start, o.end) };
      });
      c.forms.clear();
      for (const o of grown) c.forms.set(o.text, (c.forms.get(o.text) ?? 0) + 1);
      c.occurrences.splice(0, c.occurrences.length, ...grown);
      return true;
    }
    if (!ctx.lowerWords.has(lower)) return true;
    const bare = c.occurrences.every(
      (o) => o.first === o.last && ctx.sentenceStart[o.first] === 1 && lowerAt(o.last + 1),
    );
    if (!bare) return true;
    // the body's short form somewhere mid-sentence ("the University said") keeps it
    for (let i = 0; i < t.length; i++) {
      const x = t[i]!;
      if (
        x.kind === 'word' &&
        x.cap &&
        x.lower === lower &&
        ctx.sentenceStart[i] !== 1 &&
        !capWord(i - 1) &&
        !capWord(i + 1)
      )
        return true;
    }
    return false;
  });
}
