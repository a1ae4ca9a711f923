/** Agreement between two sets of typed spans (exact span and type), and the kinds of disagreement. */
import type { Label, Span } from '../corpora/pool.ts';

export interface Agreement {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type DisagreementKind = 'type' | 'boundary' | 'missing' | 'extra';

export interface Disagreement {
  kind: DisagreementKind;
  gold?: Span;
  other?: Span;
}

const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`;

export function agreement(gold: readonly Span[], other: readonly Span[], types?: readonly Label[]): Agreement {
  const keep = (s: Span): boolean => !types || types.includes(s.type);
  const g = new Set(gold.filter(keep).map(key));
  const o = new Set(other.filter(keep).map(key));
  let tp = 0;
  for (const k of o) if (g.has(k)) tp++;
  const fp = o.size - tp;
  const fn = g.size - tp;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export function addAgreement(a: Agreement, b: Agreement): Agreement {
  const tp = a.tp + b.tp;
  const fp = a.fp + b.fp;
  const fn = a.fn + b.fn;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

export const emptyAgreement = (): Agreement => ({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });

/** Every span on which the two differ, classified: same extent other type, overlapping extent, or absent. */
export function disagreements(gold: readonly Span[], other: readonly Span[]): Disagreement[] {
  const out: Disagreement[] = [];
  const gk = new Set(gold.map(key));
  const ok = new Set(other.map(key));
  const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
  const usedOther = new Set<Span>();
  for (const g of gold) {
    if (ok.has(key(g))) continue;
    const same = other.find((o) => o.start === g.start && o.end === g.end);
    if (same) {
      out.push({ kind: 'type', gold: g, other: same });
      usedOther.add(same);
      continue;
    }
    const ov = other.filter((o) => overlaps(o, g) && !gk.has(key(o)));
    if (ov.length > 0) {
      for (const o of ov) usedOther.add(o);
      out.push({ kind: 'boundary', gold: g, other: ov[0] });
      continue;
    }
    out.push({ kind: 'missing', gold: g });
  }
  for (const o of other) {
    if (gk.has(key(o)) || usedOther.has(o)) continue;
    out.push({ kind: 'extra', other: o });
  }
  return out;
}
