/**
 * Layer (after the tagger): "government" after a place's name or a demonym is no part of the name (the annotation
 * guidelines: "the [Eslandian]MISC government"). A name whose every occurrence is a country's or region's name and
 * "Government" ("the Eslandia Government") is the place alone, on the place's page; a demonym and "Government"
 * ("the Eslandian Government") is no entity's name.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';
import { lookupDemonym, lookupPlace, type Place } from '../../lang/gazetteer.ts';

interface Occ {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

interface GovernmentCluster<O extends Occ> {
  type: EntityType;
  forms: Map<string, number>;
  occurrences: O[];
  name?: string;
  place?: Place;
}

/** The clusters with "Government" trimmed off a place's name, and a demonym's government dropped. */
export function trimGovernment<O extends Occ, C extends GovernmentCluster<O>>(ctx: DocContext, clusters: C[]): C[] {
  const t = ctx.tokens;
  let changed = false;
  for (const c of clusters) {
    if (c.type === 'person' || !c.occurrences.length) continue;
    const rests = c.occurrences.map((o) => {
      if (t[o.last]!.lower !== 'government' || o.first === o.last) return undefined;
      let last = o.last - 1;
      while (last > o.first && t[last]!.kind !== 'word') last--;
      return { o, last, rest: ctx.text.slice(o.start, t[last]!.end) };
    });
    if (rests.some((r) => r === undefined)) continue;
    const places = rests.map((r) => lookupPlace(r!.rest));
    const placed = places.every((p) => p && (p.kind === 'country' || p.kind === 'region'));
    const demonyms = !placed && rests.every((r) => lookupDemonym(r!.rest));
    if (!placed && !demonyms) continue;
    changed = true;
    if (demonyms) {
      c.occurrences.splice(0, c.occurrences.length);
      continue;
    }
    const kept = rests.map((r) => ({ ...r!.o, last: r!.last, end: t[r!.last]!.end, text: r!.rest }));
    c.forms.clear();
    for (const o of kept) c.forms.set(o.text, (c.forms.get(o.text) ?? 0) + 1);
    c.occurrences.splice(0, c.occurrences.length, ...kept);
    c.type = 'place';
    c.place = places[0]!;
    if (c.name !== undefined) c.name = kept[0]!.text;
  }
  return changed ? clusters.filter((c) => c.occurrences.length > 0) : clusters;
}
