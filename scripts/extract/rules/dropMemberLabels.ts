/**
 * Layer (after the tagger): a party's members counted ("two other Republicans", "several Levellers", "most
 * Democrats") are people described by a label (MISC in the guidelines), not the party acting as a body: such an
 * occurrence of a capitalised plural of members goes, and a cluster left with none goes with it.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { isMembersPlural } from './splitPartyPairs.ts';

interface Occ {
  first: number;
  last: number;
  text: string;
}

interface LabelCluster<O extends Occ> {
  forms: Map<string, number>;
  occurrences: O[];
}

/** Words that count people before a plural label: numbers in words and quantifiers. */
const COUNTERS = new Set(
  `two three four five six seven eight nine ten eleven twelve dozen dozens other several many some few most all both fellow`.split(
    ' ',
  ),
);

/** The clusters without their counted members' labels. */
export function dropMemberLabels<O extends Occ, C extends LabelCluster<O>>(ctx: DocContext, clusters: C[]): C[] {
  const t = ctx.tokens;
  const counted = (o: O) => {
    if (o.first !== o.last || !isMembersPlural(o.text)) return false;
    const prev = t[o.first - 1];
    return !!prev && ((prev.kind === 'word' && !prev.cap && COUNTERS.has(prev.lower)) || /^\d+$/.test(prev.text));
  };
  let changed = false;
  for (const c of clusters) {
    if (!c.occurrences.some(counted)) continue;
    changed = true;
    const kept = c.occurrences.filter((o) => !counted(o));
    for (const o of c.occurrences) {
      if (kept.includes(o)) continue;
      const n = (c.forms.get(o.text) ?? 1) - 1;
      if (n > 0) c.forms.set(o.text, n);
      else c.forms.delete(o.text);
    }
    c.occurrences.splice(0, c.occurrences.length, ...kept);
  }
  return changed ? clusters.filter((c) => c.occurrences.length > 0) : clusters;
}
