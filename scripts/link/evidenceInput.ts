import type { EntityType } from '../core/types/common.ts';
import type { Article } from '../core/types/article.ts';
import type { Span } from '../core/types/common.ts';
import type { Paragraph } from './renderMentions.ts';

/** One mention in an article, already resolved to the id of its entity. */
export interface PlacedMention {
  /** Entity id. */
  entity: string;
  type: EntityType;
  start: number;
  end: number;
  text: string;
}

/** What the evidence functions (roles, quotes, salience, relations) read about one article. */
export interface ArticleEvidenceInput {
  article: Pick<Article, 'id' | 'title' | 'text'>;
  /** Sorted by start, resolved to entity ids. */
  mentions: readonly PlacedMention[];
  /** Sorted sentence spans of `article.text`. */
  sentences: readonly Span[];
  /** Sorted paragraph spans of `article.text`. */
  paragraphs: readonly Span[];
}

/** Collapse runs of white space to one space and trim. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Longest sentence kept as evidence, in characters; a longer "sentence" (a list, text with no full stops) is cut around its point. */
export const MAX_SENTENCE = 600;

/**
 * A sentence as evidence: white space collapsed, and never more than about MAX_SENTENCE characters, cut at words
 * around `focus` (the mention or quotation it is evidence for), so the size of evidence stays bounded.
 */
export function sentenceText(text: string, sentence: Span, focus: Span = sentence): string {
  if (sentence.end - sentence.start <= MAX_SENTENCE) return collapse(text.slice(sentence.start, sentence.end));
  const middle = Math.floor((focus.start + Math.min(focus.end, focus.start + MAX_SENTENCE)) / 2);
  let start = Math.max(sentence.start, middle - MAX_SENTENCE / 2);
  const end = Math.min(sentence.end, start + MAX_SENTENCE);
  start = Math.max(sentence.start, end - MAX_SENTENCE);
  let piece = text.slice(start, end);
  if (start > sentence.start) piece = `…${piece.replace(/^\S*\s/, '')}`;
  if (end < sentence.end) piece = `${piece.replace(/\s\S*$/, '')}…`;
  return collapse(piece);
}

/** Index of the span containing `offset` in sorted, non-overlapping spans, or -1. */
export function indexContaining(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The span containing `offset`, or `fallback`. */
export function spanAt(spans: readonly Span[], offset: number, fallback: Span): Span {
  const i = indexContaining(spans, offset);
  return i === -1 ? fallback : spans[i]!;
}

/** Index of the first of sorted, non-overlapping spans that ends after `offset` (binary search). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The smallest run of whole spans covering [start, end), or [start, end) itself where no span touches it. Spans sorted. */
export function coveringSpans(spans: readonly Span[], start: number, end: number): Span {
  const lo = firstEndingAfter(spans, start);
  let from = start;
  let to = end;
  for (let i = lo; i < spans.length && spans[i]!.start < end; i++) {
    from = Math.min(from, spans[i]!.start);
    to = Math.max(to, spans[i]!.end);
  }
  return { start: from, end: to };
}

/**
 * The mentions overlapping [start, end), from mentions sorted by start and never overlapping (so their ends are
 * sorted too): a binary search, then only the ones in range. Keeps every per-mention lookup logarithmic.
 */
export function mentionsIn(mentions: readonly PlacedMention[], start: number, end: number): PlacedMention[] {
  const lo = firstEndingAfter(mentions, start);
  const out: PlacedMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++) out.push(mentions[i]!);
  return out;
}

/** The first mention whose span overlaps [start, end) and passes `accept`. */
export function mentionIn(
  mentions: readonly PlacedMention[],
  start: number,
  end: number,
  accept: (m: PlacedMention) => boolean = () => true,
): PlacedMention | undefined {
  return mentionsIn(mentions, start, end).find(accept);
}

/** A run of non-space characters, with a normalised form for matching. */
export interface WordToken extends Span {
  raw: string;
  word: string;
}

/** The white-space separated words of `text` (which starts at `offset` in the article), normalised by `normalise`. */
export const wordTokens = (text: string, offset: number, normalise: (raw: string) => string): WordToken[] =>
  [...text.matchAll(/\S+/g)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    raw: m[0],
    word: normalise(m[0]),
  }));

/** The id of the paragraph holding an offset; between blocks, the block before it. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): string {
  const i = indexContaining(paragraphs, offset);
  if (i !== -1) return paragraphs[i]!.id;
  // between blocks: the block before it
  const before = paragraphs.filter((p) => p.start <= offset).at(-1);
  return (before ?? paragraphs[0])?.id ?? 'p-1';
}
