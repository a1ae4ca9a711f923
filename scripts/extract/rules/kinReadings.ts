/**
 * Two relatives of one surname in an article ("Jo Quorn ... his son, Al Quorn"): "the younger Quorn" is the one
 * introduced as the child, "the elder Quorn" the other; and a lone first name in a quote, written before anyone of
 * that first name is named in full, is not that person (a quote's "Al" before "Al Quorn" is met names someone the
 * speaker knows by the first name alone, often the article's subject).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';

const CHILD_WORDS = new Set(['son', 'daughter', 'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'child']);

/** "younger" or "elder" just before a lone surname at token `first`. */
function ageCue(ctx: DocContext, first: number): 'younger' | 'elder' | undefined {
  const w = ctx.tokens[first - 1];
  if (!w || w.cap) return undefined;
  if (w.lower === 'younger') return 'younger';
  if (w.lower === 'elder' || w.lower === 'older') return 'elder';
  return undefined;
}

/** A name at token `first` introduced as someone's child ("his son, Al Quorn"). */
function introducedAsChild(ctx: DocContext, first: number): boolean {
  let t = first - 1;
  if (t >= 0 && ctx.tokens[t]!.norm === ',') t--;
  return t >= 0 && !ctx.tokens[t]!.cap && CHILD_WORDS.has(ctx.tokens[t]!.lower);
}

/** Of the relatives of one surname (their first tokens), the one the cue of every lone occurrence names, if one. */
export function relativeByAge(
  ctx: DocContext,
  lone: readonly number[],
  relatives: readonly number[],
): number | undefined {
  const cues = new Set(lone.map((t) => ageCue(ctx, t)));
  if (cues.size !== 1) return undefined;
  const [cue] = [...cues];
  if (cue === undefined) return undefined;
  const fit = relatives.filter((t) => introducedAsChild(ctx, t) === (cue === 'younger'));
  return fit.length === 1 ? relatives.indexOf(fit[0]!) : undefined;
}

/** Whether the text at `start` is inside a quotation opened on its line. */
export function inQuote(text: string, start: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const curly = (line.match(/“/g)?.length ?? 0) - (line.match(/”/g)?.length ?? 0);
  return curly > 0 || (line.match(/"/g)?.length ?? 0) % 2 === 1;
}
