/**
 * Layer (after the tagger): two parties' members named as a pair ("the Royalists and Loyalists", "Nationalists or
 * Unionists"): two bodies, each a plural of a common noun of members (ending in -ists, -ites, -ans, -crats, -als,
 * -ives), joined by "and" or "or" - two names, not one. Each half joins the cluster that already bears it, or
 * makes one of its own, typed as a group.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';
import { isEnglishWord } from '../../lang/lexicon.ts';
import { isDemonymLike } from './findCandidates.ts';

interface Occ {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

interface PairCluster<O extends Occ> {
  type: EntityType;
  name: string;
  place?: unknown;
  roles: string[];
  forms: Map<string, number>;
  occurrences: O[];
}

/**
 * A capitalised plural of a common noun of members ("Royalists", "Republicans", "Democrats", "Liberals"), no
 * demonym ("Canadians": MISC).
 */
export function isMembersPlural(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:ists|ites|ans|crats|als|ives)$/u.test(word) || isDemonymLike(word)) return false;
  const lower = word.toLowerCase();
  return isEnglishWord(lower) || isEnglishWord(lower.slice(0, -1));
}

/** The clusters with their "<Members> and <Members>" occurrences split into two groups. */
export function splitPartyPairs<O extends Occ, C extends PairCluster<O>>(ctx: DocContext, clusters: C[]): C[] {
  const t = ctx.tokens;
  const owner = new Map<string, C>();
  for (const c of clusters) for (const f of c.forms.keys()) if (!owner.has(f)) owner.set(f, c);
  const made: C[] = [];
  let changed = false;
  for (const c of clusters) {
    const kept: O[] = [];
    for (const o of c.occurrences) {
      const joint = o.first + 1;
      const pair =
        o.last === o.first + 2 &&
        /^(?:and|or)$/.test(t[joint]!.lower) &&
        isMembersPlural(t[o.first]!.text) &&
        isMembersPlural(t[o.last]!.text) &&
        t[o.first]!.text !== t[o.last]!.text;
      if (!pair) {
        kept.push(o);
        continue;
      }
      changed = true;
      const n = (c.forms.get(o.text) ?? 1) - 1;
      if (n > 0) c.forms.set(o.text, n);
      else c.forms.delete(o.text);
      for (const i of [o.first, o.last]) {
        const x = t[i]!;
        const half: O = { ...o, first: i, last: i, start: x.start, end: x.end, text: x.text };
        let target = owner.get(x.text);
        if (!target) {
          target = {
            ...c,
            name: x.text,
            type: 'group',
            roles: [],
            forms: new Map<string, number>(),
            occurrences: [],
          };
          delete target.place;
          owner.set(x.text, target);
          made.push(target);
        }
        target.occurrences.push(half);
        target.forms.set(x.text, (target.forms.get(x.text) ?? 0) + 1);
      }
    }
    if (kept.length !== c.occurrences.length) c.occurrences.splice(0, c.occurrences.length, ...kept);
  }
  if (!changed) return clusters;
  const out = [...clusters, ...made].filter((c) => c.occurrences.length > 0);
  for (const c of out) c.occurrences.sort((a, b) => a.start - b.start);
  return out;
}
