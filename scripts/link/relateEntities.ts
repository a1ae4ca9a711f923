import type { Span } from '../core/types/common.ts';
import type { Relation, RelationEvidence } from '../core/types/evidence.ts';
import { collapse, sentenceText, type ArticleEvidenceInput } from './evidenceInput.ts';

export interface Options {
  /** Weight added for each sentence two entities share. */
  sentenceWeight: number;
  /** Weight added for each paragraph they share without sharing a sentence in it. */
  paragraphWeight: number;
  /** Most pieces of evidence kept per relation (sentences first). */
  maxEvidence: number;
  /** Paragraph evidence is cut to about this many characters. */
  maxParagraphChars: number;

  /**
   * A sentence or paragraph naming more entities than this (a list of names) relates each only to its
   * `maxNeighbours` nearest neighbours in reading order, so the number of pairs stays linear in the mentions.
   */
  maxNeighbours: number;
}

export const defaultOptions: Options = {
  sentenceWeight: 1,
  paragraphWeight: 0.25,
  maxEvidence: 5,
  maxParagraphChars: 300,
  maxNeighbours: 12,
};

interface Pair {
  source: string;
  target: string;
  weight: number;
  sentences: RelationEvidence[];
  paragraphs: RelationEvidence[];
  counts: { sentences: number; paragraphs: number };
  articles: Set<string>;
}

/** One article's share of a relation: a pair named together in one sentence, or in one paragraph only. */
export interface PairEvidence {
  a: string;
  b: string;
  kind: 'sentences' | 'paragraphs';
  evidence: RelationEvidence;
}

/** Entities named together: in one sentence, or more weakly in one paragraph. Each pair once, source < target. */
export function relateEntities(inputs: readonly ArticleEvidenceInput[], options: Partial<Options> = {}): Relation[] {
  const opts = { ...defaultOptions, ...options };
  return sumPairs(
    inputs.map((input) => pairsOf(input, opts)),
    opts,
  );
}

/** The pairs one article names together, in reading order (what relateEntities adds up for this article). */
export function pairsOf(input: ArticleEvidenceInput, options: Partial<Options> = {}): PairEvidence[] {
  const opts = { ...defaultOptions, ...options };
  const found: PairEvidence[] = [];
  const { bySentence, byParagraph, paragraphOfSentence } = group(input);
  const together = new Map<number, Set<string>>();
  for (const [s, ids] of bySentence) {
    const span = input.sentences[s]!;
    const evidence = { article: input.article.id, sentence: sentenceText(input.article.text, span) };
    const p = paragraphOfSentence.get(s) ?? -1;
    const keys = together.get(p) ?? new Set<string>();
    together.set(p, keys);
    eachPair(ids, opts.maxNeighbours, (a, b) => {
      found.push({ a, b, kind: 'sentences', evidence });
      keys.add(keyOf(a, b));
    });
  }
  for (const [p, ids] of byParagraph) {
    const span = input.paragraphs[p]!;
    const keys = together.get(p);
    const evidence = {
      article: input.article.id,
      sentence: cut(input.article.text.slice(span.start, span.end), opts.maxParagraphChars),
    };
    eachPair(ids, opts.maxNeighbours, (a, b) => {
      if (!keys?.has(keyOf(a, b))) found.push({ a, b, kind: 'paragraphs', evidence });
    });
  }
  return found;
}

/** Every article's pairs (in article order) added up into relations, strongest first. */
export function sumPairs(perArticle: readonly (readonly PairEvidence[])[], options: Partial<Options> = {}): Relation[] {
  const opts = { ...defaultOptions, ...options };
  const pairs = new Map<string, Pair>();
  for (const list of perArticle)
    for (const { a, b, kind, evidence } of list)
      add(pairs, a, b, kind === 'sentences' ? opts.sentenceWeight : opts.paragraphWeight, evidence, kind, opts);
  return [...pairs.values()]
    .map(({ source, target, weight, sentences, paragraphs, counts, articles }) => ({
      source,
      target,
      weight,
      sentences: counts.sentences,
      paragraphs: counts.paragraphs,
      articles: articles.size,
      evidence: [...sentences, ...paragraphs].slice(0, opts.maxEvidence),
    }))
    .sort(byStrength);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** A pair's key, the same whichever entity comes first. */
export const keyOf = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
/** sumPairs's order: strongest first, then by source and target (a total order: a pair is one relation). */
export const byStrength = (x: Relation, y: Relation) =>
  y.weight - x.weight || compare(x.source, y.source) || compare(x.target, y.target);

/** Distinct entity ids per sentence and per paragraph, walking the sorted mentions and spans once. */
function group(input: ArticleEvidenceInput) {
  const bySentence = new Map<number, string[]>();
  const byParagraph = new Map<number, string[]>();
  const paragraphOfSentence = new Map<number, number>();
  let s = 0;
  let p = 0;
  for (const m of input.mentions) {
    s = advance(input.sentences, s, m.start);
    p = advance(input.paragraphs, p, m.start);
    const inSentence = within(input.sentences[s], m.start);
    const inParagraph = within(input.paragraphs[p], m.start);
    if (inSentence) {
      pushUnique(bySentence, s, m.entity);
      if (inParagraph && !paragraphOfSentence.has(s)) paragraphOfSentence.set(s, p);
    }
    if (inParagraph) pushUnique(byParagraph, p, m.entity);
  }
  return { bySentence, byParagraph, paragraphOfSentence };
}

const advance = (spans: readonly Span[], i: number, offset: number) => {
  while (i < spans.length && spans[i]!.end <= offset) i++;
  return i;
};
const within = (span: Span | undefined, offset: number) =>
  span !== undefined && span.start <= offset && offset < span.end;

function pushUnique(map: Map<number, string[]>, index: number, id: string): void {
  const ids = map.get(index) ?? [];
  if (!ids.includes(id)) ids.push(id);
  map.set(index, ids);
}

/** Every pair in a short list; in a long one, each id with the next `neighbours` ids only (linear). */
function eachPair(ids: readonly string[], neighbours: number, visit: (a: string, b: string) => void): void {
  const reach = ids.length > neighbours + 1 ? neighbours : ids.length;
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length && j <= i + reach; j++) visit(ids[i]!, ids[j]!);
}

function add(
  pairs: Map<string, Pair>,
  a: string,
  b: string,
  weight: number,
  evidence: RelationEvidence,
  kind: 'sentences' | 'paragraphs',
  opts: Options,
): void {
  const key = keyOf(a, b);
  const pair = pairs.get(key) ?? {
    source: a < b ? a : b,
    target: a < b ? b : a,
    weight: 0,
    sentences: [],
    paragraphs: [],
    counts: { sentences: 0, paragraphs: 0 },
    articles: new Set<string>(),
  };
  pairs.set(key, pair);
  pair.weight += weight;
  pair.counts[kind] += 1;
  pair.articles.add(evidence.article);
  const list = pair[kind];
  if (
    list.length < opts.maxEvidence &&
    !list.some((e) => e.article === evidence.article && e.sentence === evidence.sentence)
  )
    list.push(evidence);
}

/** White space collapsed, cut at a word boundary near `max` characters. */
function cut(text: string, max: number): string {
  const flat = collapse(text);
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max);
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.6 ? head.slice(0, space) : head).replace(/[\s,;:]+$/, '')}…`;
}
