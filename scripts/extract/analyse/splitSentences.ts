import type { Span } from '../../core/types/common.ts';

const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|e\.g|i\.e|U\.S|U\.K|U\.N)\.$/;

/**
 * Split text into sentence spans. Paragraph breaks (blank lines) always end a sentence;
 * inside a paragraph a sentence ends at . ! ? (plus closing quotes/brackets) followed by
 * white space and an upper-case letter, digit or opening quote, unless the word before
 * the full stop is a known abbreviation or an initial.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const paragraph = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const p of text.matchAll(paragraph)) {
    const pStart = p.index;
    const body = p[0];
    let start = 0;
    const end = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;
    for (const m of body.matchAll(end)) {
      const stop = m.index + m[0].length;
      if (m[0].startsWith('.') && ABBREVIATION.test(body.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
      pushTrimmed(spans, text, pStart + start, pStart + stop);
      start = stop;
    }
    pushTrimmed(spans, text, pStart + start, pStart + body.length);
  }
  return spans;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
