/**
 * Layer (after the tagger): a name that is a list of two names the document knows separately ("Alpha and Alpha Pro",
 * "Xers & Yers", "Alpha vs Alpha Pro", or side by side in a table's header, "Alpha Alpha Pro", where "Alpha" and "Alpha Pro" are names elsewhere in it) is split into its two names, each joining
 * the entity that bears it. A name the gazetteer knows as a place ("Trinidad and Tobago") stays whole, and so does a
 * name whose two halves are the same ("Johnson & Johnson") or one the document writes alone while never writing
 * one of its halves alone.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';

interface Occ {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

interface ClusterLike<O extends Occ> {
  forms: Map<string, number>;
  occurrences: O[];
  place?: unknown;
}

/** The clusters with their list-of-two occurrences split between the clusters of the two names. */
export function splitLists<O extends Occ, C extends ClusterLike<O>>(ctx: DocContext, clusters: C[]): C[] {
  const owner = new Map<string, C>();
  for (const c of clusters) for (const f of c.forms.keys()) if (!owner.has(f)) owner.set(f, c);
  let changed = false;
  for (const c of clusters) {
    if (c.place) continue;
    const kept: O[] = [];
    for (const o of c.occurrences) {
      const halves = listHalves(ctx, o);
      const left = halves && owner.get(halves[0].text);
      const right = halves && owner.get(halves[1].text);
      if (!halves || !left || !right || halves[0].text === halves[1].text) {
        kept.push(o);
        continue;
      }
      changed = true;
      drop(c.forms, o.text);
      for (const [half, target] of [
        [halves[0], left],
        [halves[1], right],
      ] as const) {
        target.occurrences.push({ ...o, ...half });
        target.forms.set(half.text, (target.forms.get(half.text) ?? 0) + 1);
      }
    }
    c.occurrences.splice(0, c.occurrences.length, ...kept);
  }
  if (!changed) return clusters;
  for (const c of clusters) c.occurrences.sort((a, b) => a.start - b.start);
  return clusters.filter((c) => c.occurrences.length > 0);
}

/** Words that join two names in a list or a comparison, as the text writes them (lower case). */
const JOINTS = new Set(['and', '&', 'or', 'vs', 'vs.', 'versus']);

/**
 * The two halves of a name made of two capitalised names joined by "and", "&", "or" or "vs", or written side by side
 * with the second starting with the first one's first word; or null.
 */
export function listHalves(ctx: DocContext, o: Occ): [Occ, Occ] | null {
  const t = ctx.tokens;
  const span = (first: number, last: number): Occ => ({
    first,
    last,
    start: t[first]!.start,
    end: t[last]!.end,
    text: ctx.text.slice(t[first]!.start, t[last]!.end),
  });
  let joint = -1;
  for (let i = o.first + 1; i < o.last; i++) {
    if (JOINTS.has(t[i]!.norm)) {
      if (joint >= 0) return null;
      joint = i;
    }
  }
  // two names side by side, the second starting with the first's first word (a table's header: "Alpha Alpha Pro")
  if (joint < 0 && t[o.first]!.cap) {
    for (let i = o.first + 1; i <= o.last; i++)
      if (t[i]!.kind === 'word' && t[i]!.norm === t[o.first]!.norm) return [span(o.first, i - 1), span(i, o.last)];
  }
  // "vs." may keep its full stop as a token of its own
  const after = t[joint + 1]?.norm === '.' ? joint + 2 : joint + 1;
  if (joint < 0 || after > o.last || !t[o.first]!.cap || !t[after]!.cap) return null;
  return [span(o.first, joint - 1), span(after, o.last)];
}

function drop(forms: Map<string, number>, form: string): void {
  const n = (forms.get(form) ?? 0) - 1;
  if (n > 0) forms.set(form, n);
  else forms.delete(form);
}
