/**
 * Layer (after the tagger): a person whose surname is a place's name ("Velma Lisbon", then "Lisbon said"). When the
 * document writes a place's one-word name after another capitalised word that is no common word, no place and no
 * place prefix ("Velma Lisbon", not "East Lisbon" nor "Port Lisbon"), the two words name no place the gazetteer
 * knows, and a person's cue stands after one of the forms ("Lisbon said", "Lisbon claims", "Lisbon's mother", "Velma
 * Lisbon, an Australian woman"), both are the person's names: the full name and the surname alone.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';
import { isCommonWord, KIN_WORDS, PLACE_PREFIXES, wordSet } from '../../lang/lexicon.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { isDemonymLike } from './findCandidates.ts';

interface Occ {
  first: number;
  last: number;
  text: string;
}

interface SurnameCluster {
  type: EntityType;
  place?: unknown;
  forms: ReadonlyMap<string, number>;
  occurrences: readonly Occ[];
}

const set = wordSet;

/** Verbs that, right after a name, say a person acts: "Lisbon claims", "Lisbon told". */
const PERSON_VERBS = set(
  `said says claims claimed told tells recalled recalls wrote writes added testified alleges alleged`,
);

/** Nouns that, in an apposition after a name, say it is a person's: "Velma Lisbon, an Australian woman". */
const PERSON_NOUNS = set(`woman man girl boy mother father wife husband widow daughter son resident teenager`);

const COMPASS = set(`north south east west northern southern eastern western central upper lower greater old new`);

/** Retype, in place, the place clusters that are a person's surname, and the person's full name with them. */
export function retypePlaceSurnames<C extends SurnameCluster>(ctx: DocContext, clusters: C[]): C[] {
  const oneWordPlaces = new Map<string, C>();
  for (const c of clusters) {
    if (c.type !== 'place') continue;
    const forms = [...c.forms.keys()];
    if (forms.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(forms[0]!)) oneWordPlaces.set(forms[0]!, c);
  }
  if (oneWordPlaces.size === 0) return clusters;
  for (const c of clusters) {
    if (c.type === 'person') continue;
    const full = [...c.forms.keys()].find((f) => {
      const words = f.split(/\s+/);
      if (words.length !== 2 || !oneWordPlaces.has(words[1]!) || oneWordPlaces.get(words[1]!) === c) return false;
      const given = words[0]!;
      const lower = given.toLowerCase();
      return (
        /^\p{Lu}\p{Ll}+$/u.test(given) &&
        !isCommonWord(lower) &&
        !PLACE_PREFIXES.has(lower) &&
        !COMPASS.has(lower) &&
        !isDemonymLike(given) &&
        !lookupPlace(given) &&
        !lookupPlace(f)
      );
    });
    if (!full) continue;
    const surname = oneWordPlaces.get(full.split(/\s+/)[1]!)!;
    if (![...c.occurrences, ...surname.occurrences].some((o) => personCue(ctx, o))) continue;
    for (const x of [c, surname]) {
      x.type = 'person';
      delete x.place;
    }
  }
  return clusters;
}

/** A person's cue right after an occurrence: a verb of saying, "'s" and a kinship noun, or ", a … woman". */
function personCue(ctx: DocContext, o: Occ): boolean {
  const t = ctx.tokens;
  const next = t[o.last + 1];
  if (!next) return false;
  if (next.kind === 'word' && !next.cap && PERSON_VERBS.has(next.lower)) return true;
  if (/^['’]s?$/.test(next.norm) && KIN_WORDS.has(t[o.last + 2]?.lower ?? '')) return true;
  if (next.norm !== ',' || !/^(?:a|an)$/.test(t[o.last + 2]?.lower ?? '')) return false;
  for (let i = o.last + 3; i <= o.last + 5 && i < t.length; i++) {
    const x = t[i]!;
    if (x.kind !== 'word') return false;
    if (!x.cap && PERSON_NOUNS.has(x.lower)) return true;
  }
  return false;
}
