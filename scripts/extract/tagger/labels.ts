/** BIO labels over CoNLL's four types; Dossier shows PER, ORG and LOC as person, group and place. */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type TagType = (typeof TYPES)[number];

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const L = LABELS.length;
export const O = 0;

/** 1 + 2 × type index for B, 2 + 2 × type index for I. */
export const begin = (type: number): number => 1 + 2 * type;
export const inside = (type: number): number => 2 + 2 * type;
export const typeOf = (label: number): number => (label - 1) >> 1;
export const isInside = (label: number): boolean => label > 0 && (label & 1) === 0;

/** Whether `to` may follow `from`: an I-X only after B-X or I-X. */
export const allowed = (from: number, to: number): boolean =>
  !isInside(to) || (from !== O && typeOf(from) === typeOf(to));

/** A typed span of tokens, inclusive. */
export interface TokenSpan {
  first: number;
  last: number;
  type: number;
}

/** Labels → spans (an I-X that does not continue its type starts a new span). */
export function labelsToSpans(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label === O) {
      open = undefined;
      continue;
    }
    const type = typeOf(label);
    if (isInside(label) && open && open.type === type && open.last === i - 1) {
      open.last = i;
      continue;
    }
    open = { first: i, last: i, type };
    spans.push(open);
  }
  return spans;
}

/** Spans → labels for `n` tokens. */
export function spansToLabels(spans: readonly TokenSpan[], n: number): Uint8Array {
  const labels = new Uint8Array(n);
  for (const s of spans) {
    labels[s.first] = begin(s.type);
    for (let i = s.first + 1; i <= s.last; i++) labels[i] = inside(s.type);
  }
  return labels;
}
