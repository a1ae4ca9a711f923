/**
 * Whether a saved page's body, after cleaning, holds an article or only the page around one: menus, a cookie
 * banner, lists of links ("Most read", "Latest news"), notices and a footer. The lines are judged by
 * dropClutterLines' `classifyLines` (the same rules that clean the body); the article's prose is the lines judged
 * 'good' that are not link text (a headline in a list of links is no prose). A body is an article when that prose
 * has at least `minWords` words in at least `minSentences` sentences, or `longWords` words however punctuated
 * (one long sentence, all Readability kept of some articles; Chinese or Japanese, counted two characters a word). A
 * real brief of two or three sentences passes; a page of links, notices and menus does not. A body with no prose
 * but at least `minListLines` lines of its own that are neither clutter nor link text (a table of results, a list
 * of names: what Readability kept of some pages) is kept, as dropClutterLines keeps it whole.
 */
import { classifyLines } from './dropClutterLines.ts';

export interface Options {
  /** The page's titles: a line that repeats one is not prose. */
  titles: readonly (string | undefined)[];
  /** The texts of the body's links (a line mostly made of them is not prose). */
  links: readonly string[];
  /** A line is link text when more than this share of its letters are in links. */
  maxLinkShare: number;
  /** Words of prose needed, with `minSentences`… */
  minWords: number;
  /** …sentences of prose. */
  minSentences: number;
  /** Or this many words of prose alone. */
  longWords: number;
  /** Or this many lines judged 'good' or 'short' that are not link text (a table or a list). */
  minListLines: number;
}

export const defaultOptions: Options = {
  titles: [],
  links: [],
  maxLinkShare: 0.5,
  minWords: 15,
  minSentences: 2,
  longWords: 20,
  minListLines: 20,
};

/**
 * The article's prose in a body: how many words and sentences its 'good' lines that are not link text have, and
 * how many lines are 'good' or 'short' and not link text.
 */
export function measureProse(
  paragraphs: readonly string[],
  options: Partial<Options> = {},
): { words: number; sentences: number; lines: number } {
  const opts = { ...defaultOptions, ...options };
  const classes = classifyLines(paragraphs, { titles: opts.titles });
  const links = [...new Set(opts.links.map(squash).filter(Boolean))].sort((a, b) => b.length - a.length);
  let words = 0;
  let sentences = 0;
  let lines = 0;
  paragraphs.forEach((line, i) => {
    if ((classes[i] !== 'good' && classes[i] !== 'short') || linkShare(squash(line), links) > opts.maxLinkShare) return;
    lines++;
    if (classes[i] !== 'good') return;
    words += countWords(line);
    sentences += countSentences(line);
  });
  return { words, sentences, lines };
}

/** True when a body holds an article's prose (see the module comment). */
export function hasArticleBody(paragraphs: readonly string[], options: Partial<Options> = {}): boolean {
  const opts = { ...defaultOptions, ...options };
  const { words, sentences, lines } = measureProse(paragraphs, opts);
  return (
    (words >= opts.minWords && sentences >= opts.minSentences) || words >= opts.longWords || lines >= opts.minListLines
  );
}

const squash = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The share of a line's letters inside the given link texts (longest first, each place counted once). */
function linkShare(line: string, links: readonly string[]): number {
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;
  const total = letters(line);
  if (!total || !links.length) return 0;
  let rest = line;
  for (const link of links) {
    if (link.length > rest.length) continue;
    if (rest.includes(link)) rest = rest.split(link).join(' ');
  }
  return 1 - letters(rest) / total;
}

/** Words; in Chinese or Japanese, which have no spaces, every two characters count as one. */
function countWords(line: string): number {
  const spaced = line.split(/\s+/).filter(Boolean).length;
  const cjk = line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return Math.max(spaced, Math.ceil(cjk / 2));
}

/** Sentences: an end mark after a letter, followed by a space or the line's end. */
const countSentences = (line: string): number =>
  line.match(/\p{L}[^.!?…。！？]*?(?:[.!?…]+["”’»)]?(?=\s|$)|[。！？]+)/gu)?.length ?? 0;
