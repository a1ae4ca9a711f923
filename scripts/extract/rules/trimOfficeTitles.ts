/**
 * Layer (after the tagger): a local office named by its place and its holder's title ("the Eslin Sheriff's office",
 * "a Quorn County Coroner's spokesman"): the title is a common noun, so the name is the place alone; and the title
 * alone ("the Sheriff's detective") is no name.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';

interface Occ {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

interface TitleCluster<O extends Occ> {
  type: EntityType;
  forms: Map<string, number>;
  occurrences: O[];
  place?: unknown;
}

/** Titles of local office holders that name their office with "'s": "the Sheriff's office". */
const TITLES = new Set(['sheriff', 'coroner', 'marshal', 'constable']);

/** The clusters with office titles trimmed off, and titles alone dropped. */
export function trimOfficeTitles<O extends Occ, C extends TitleCluster<O>>(ctx: DocContext, clusters: C[]): C[] {
  const t = ctx.tokens;
  const possessive = (i: number) => /^['’]s?$/.test(t[i]?.norm ?? '');
  let changed = false;
  for (const c of clusters) {
    const titled = (o: O) => TITLES.has(t[o.last]!.lower) && possessive(o.last + 1);
    if (!c.occurrences.length || !c.occurrences.every(titled)) continue;
    changed = true;
    const kept: O[] = [];
    for (const o of c.occurrences) {
      if (o.first === o.last) continue;
      let last = o.last - 1;
      while (last > o.first && t[last]!.kind !== 'word') last--;
      kept.push({ ...o, last, end: t[last]!.end, text: ctx.text.slice(o.start, t[last]!.end) });
    }
    c.forms.clear();
    for (const o of kept) c.forms.set(o.text, (c.forms.get(o.text) ?? 0) + 1);
    c.occurrences.splice(0, c.occurrences.length, ...kept);
    // what is left names where the office is
    if (kept.length) c.type = 'place';
  }
  return changed ? clusters.filter((c) => c.occurrences.length > 0) : clusters;
}
