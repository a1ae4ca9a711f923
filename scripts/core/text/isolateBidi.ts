/** The bidirectional control characters: marks (ALM, LRM, RLM), embeddings, overrides, PDF and isolates. */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const OPEN_EMBEDDING = /[\u202a\u202b\u202d\u202e]/; // LRE RLE LRO RLO
const OPEN_ISOLATE = /[\u2066\u2067\u2068]/; // LRI RLI FSI
const PDF = '\u202c';
const PDI = '\u2069';
const FSI = '\u2068';

/**
 * The text with its bidirectional controls strictly nested and all closed at its end: each embedding or override
 * (LRE, RLE, LRO, RLO) still open is closed with PDF and each isolate (LRI, RLI, FSI) with PDI; a PDI closes the
 * embeddings opened inside its isolate first (as the Unicode bidi algorithm does, here written out); a PDF or PDI
 * that closes nothing is dropped (a stray PDI would close an isolate around the text). Other characters are kept.
 */
export function balanceBidi(text: string): string {
  const open: string[] = []; // PDF or PDI: what closes each open control, innermost last
  let out = '';
  for (const c of text) {
    if (OPEN_EMBEDDING.test(c)) open.push(PDF);
    else if (OPEN_ISOLATE.test(c)) open.push(PDI);
    else if (c === PDF) {
      if (open.at(-1) !== PDF) continue; // nothing to close, or an isolate is innermost: ignored by the algorithm
      open.pop();
    } else if (c === PDI) {
      if (!open.includes(PDI)) continue;
      while (open.at(-1) !== PDI) out += open.pop();
      open.pop();
    }
    out += c;
  }
  return out + open.reverse().join('');
}

/**
 * User text (a title, a name) made safe to print inside a line of other text: when it holds a bidirectional
 * control, it is balanced (`balanceBidi`) and wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so a
 * stray right-to-left override cannot reorder the rest of the line (in `<title>`, attributes, SVG text, where no
 * `<bdi>` element can go). Text without one is returned unchanged.
 */
export const isolateBidi = (text: string): string => (BIDI_CONTROL.test(text) ? FSI + balanceBidi(text) + PDI : text);
