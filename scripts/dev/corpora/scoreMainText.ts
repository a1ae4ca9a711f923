/**
 * Scoring of a page's extracted main text the way trafilatura's evaluation does (its tests/evaldata.json): each
 * `with` segment found in the text is a true positive, one not found a false negative; each `without` segment found
 * is a false positive, one not found a true negative. "Found" is a plain, case-sensitive substring test after white
 * space (including no-break spaces) is collapsed to single spaces on both sides and the segment is trimmed. A page
 * with no text finds nothing (its `with` segments are false negatives, its `without` segments true negatives).
 * Pure: texts in, counts and figures out.
 */

/** What one page's main text must and must not contain. */
export interface PageGold {
  with: readonly string[];
  without: readonly string[];
}

/** Counts over one or more pages. */
export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

/** Precision, recall, F1 and accuracy of some counts. */
export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

const collapse = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The counts of one page's extracted text against its gold. */
export function scorePage(text: string, gold: PageGold): Counts {
  const found = collapse(text);
  const has = (segment: string) => {
    const s = collapse(segment);
    return s.length > 0 && found.includes(s);
  };
  const counts: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const s of gold.with) has(s) ? counts.tp++ : counts.fn++;
  for (const s of gold.without) has(s) ? counts.fp++ : counts.tn++;
  return counts;
}

/** Counts summed, with precision tp/(tp+fp), recall tp/(tp+fn), their F1 and accuracy (tp+tn)/all; 0 when undefined. */
export function figures(all: Iterable<Counts>): Figures {
  const sum: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const c of all) {
    sum.tp += c.tp;
    sum.fn += c.fn;
    sum.fp += c.fp;
    sum.tn += c.tn;
  }
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  const precision = ratio(sum.tp, sum.tp + sum.fp);
  const recall = ratio(sum.tp, sum.tp + sum.fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  const accuracy = ratio(sum.tp + sum.tn, sum.tp + sum.tn + sum.fp + sum.fn);
  return { ...sum, precision, recall, f1, accuracy };
}
