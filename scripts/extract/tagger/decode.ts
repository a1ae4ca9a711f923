/** Viterbi decoding over BIO labels with hard constraints (an I-X only after B-X or I-X). */
import { allowed, L as LABEL_COUNT } from './labels.ts';

/** A module-local copy: an imported binding is read through a getter on every use in the hot loops. */
const L: number = LABEL_COUNT;
const ALLOWED = Uint8Array.from({ length: L * L }, (_, i) => (allowed(Math.floor(i / L), i % L) ? 1 : 0));
const START_ALLOWED = Uint8Array.from({ length: L }, (_, b) => (allowed(0, b) ? 1 : 0));

/**
 * The best label sequence for `n` tokens given emission scores (`emit[i * L + label]`) and transition scores
 * (`trans[from * L + to]`). Writes into `out` and returns it.
 */
export function viterbi(
  emit: Float64Array,
  trans: Float64Array,
  n: number,
  out: Uint8Array = new Uint8Array(n),
): Uint8Array {
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let b = 0; b < L; b++) score[b] = START_ALLOWED[b] ? emit[b]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    for (let b = 0; b < L; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < L; a++) {
        if (!ALLOWED[a * L + b]) continue;
        const s = score[prev + a]! + trans[a * L + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[cur + b] = best + emit[cur + b]!;
      back[cur + b] = arg;
    }
  }
  let last = 0;
  let best = -Infinity;
  const end = (n - 1) * L;
  for (let b = 0; b < L; b++) {
    if (score[end + b]! > best) {
      best = score[end + b]!;
      last = b;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * L + last]!;
  }
  return out;
}
