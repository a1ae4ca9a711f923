/**
 * The tagger's tokens: the extractor's tokens with hyphenated words joined back into one unit ("Kwok-hung",
 * "U.S.-led", "al-Shaabi", "2-0"), as CoNLL tokenises them. A name is then never cut inside a word, and a
 * "<Name>-<word>" compound is labelled as a whole (MISC), as the annotation guidelines say.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Token } from '../analyse/tokenize.ts';

export interface Units {
  /** The document seen through units: the same text, sets and flags, one token per unit. */
  ctx: DocContext;
  /** First and last extractor token of each unit. */
  first: Int32Array;
  last: Int32Array;
  /** The unit of each extractor token. */
  unitOf: Int32Array;
}

const HYPHENS = new Set(['-', '‐', '‑']);
const joinable = (t: Token): boolean => t.kind === 'word' || t.kind === 'number';

export function mergeUnits(ctx: DocContext): Units {
  const { tokens } = ctx;
  const n = tokens.length;
  const firsts: number[] = [];
  const lasts: number[] = [];
  const unitOf = new Int32Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (
      j + 2 < n &&
      joinable(tokens[j]!) &&
      HYPHENS.has(tokens[j + 1]!.norm) &&
      !tokens[j + 1]!.spaceBefore &&
      !tokens[j + 2]!.spaceBefore &&
      joinable(tokens[j + 2]!)
    )
      j += 2;
    for (let k = i; k <= j; k++) unitOf[k] = firsts.length;
    firsts.push(i);
    lasts.push(j);
    i = j + 1;
  }
  if (firsts.length === n) return { ctx, first: Int32Array.from(firsts), last: Int32Array.from(lasts), unitOf };
  const m = firsts.length;
  const unitTokens: Token[] = new Array(m);
  const tags = new Uint32Array(m);
  const sentenceStart = new Uint8Array(m);
  const headline = new Uint8Array(m);
  for (let u = 0; u < m; u++) {
    const a = tokens[firsts[u]!]!;
    sentenceStart[u] = ctx.sentenceStart[firsts[u]!]!;
    headline[u] = ctx.headline[firsts[u]!]!;
    if (firsts[u] === lasts[u]) {
      unitTokens[u] = a;
      tags[u] = ctx.tags[firsts[u]!]!;
      continue;
    }
    const b = tokens[lasts[u]!]!;
    let norm = '';
    let tag = 0;
    let allNumbers = true;
    for (let k = firsts[u]!; k <= lasts[u]!; k++) {
      norm += tokens[k]!.norm;
      tag |= ctx.tags[k]!;
      if (tokens[k]!.kind === 'word') allNumbers = false;
    }
    tags[u] = tag;
    const letters = norm.replace(/[^\p{L}]/gu, '');
    unitTokens[u] = {
      start: a.start,
      end: b.end,
      text: ctx.text.slice(a.start, b.end),
      norm,
      lower: norm.toLowerCase(),
      kind: allNumbers ? 'number' : 'word',
      cap: a.cap,
      allCaps: letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      spaceBefore: a.spaceBefore,
      lineStart: a.lineStart,
    };
  }
  return {
    ctx: { ...ctx, tokens: unitTokens, tags, sentenceStart, headline },
    first: Int32Array.from(firsts),
    last: Int32Array.from(lasts),
    unitOf,
  };
}
