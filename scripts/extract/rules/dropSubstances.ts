/**
 * Layer (after the tagger): names of things, not of people, groups or places (MISC in the guidelines), by what the
 * text calls them and by the words they are made from:
 * - a name in apposition with a noun of substances or products ("X, the substance that…", "X, the most harmful
 *   type of dioxin", "Y, a herbicide used in…");
 * - an adjective of a place the document names ("Marrovian officials" beside "Marrovia"; "Eslo President …" beside
 *   "Eslonia"): a one-word name that is the place's name without its ending -ia/-a, always written before another
 *   word, never alone.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { wordSet } from '../../lang/lexicon.ts';

interface Occ {
  first: number;
  last: number;
  text: string;
}

interface ThingCluster {
  type: string;
  forms: ReadonlyMap<string, number>;
  occurrences: readonly Occ[];
}

const set = wordSet;

/** Nouns of substances and products: the head of an apposition that makes its name a thing's. */
const THING_NOUNS = set(`
  substance substances chemical chemicals compound compounds toxin toxins poison poisons herbicide herbicides
  pesticide pesticides defoliant defoliants insecticide drug drugs medicine medicines molecule molecules
  contaminant contaminants pollutant pollutants mineral alloy fertilizer fertiliser solvent additive
`);

/** Nouns that make a thing's head with "of": "a type of dioxin", "a form of the virus". */
const KIND_NOUNS = set(`type kind form class variety strain`);

/** Words that may end the head of such an apposition: punctuation, or what starts a clause said of it. */
const HEAD_AFTER = set(`that which used made known developed produced found sold in from by with for to`);

/** Words that end the head's phrase before a thing's noun can come: "X, the maker of the drug". */
const STOPS = set(`of to in for with who whom whose that which and or at on by from`);

/** Words after a name that show it stands alone, not before a noun: "Eslo said". */
const NOT_NOUNS = set(
  `said says told is was are were has have had will would can could may might should must did does do and or`,
);

/** The clusters that name a person, a group or a place. */
export function dropSubstances<C extends ThingCluster>(ctx: DocContext, clusters: C[]): C[] {
  const places = new Set<string>();
  for (const c of clusters) if (c.type === 'place') for (const f of c.forms.keys()) places.add(f);
  return clusters.filter((c) => !c.occurrences.some((o) => thingApposition(ctx, o)) && !placeAdjective(ctx, c, places));
}

/** "X, the substance that…", "X, the most harmful type of dioxin". */
function thingApposition(ctx: DocContext, o: Occ): boolean {
  const t = ctx.tokens;
  if (t[o.last + 1]?.norm !== ',' || !/^(?:a|an|the)$/.test(t[o.last + 2]?.norm ?? '')) return false;
  for (let i = o.last + 3; i < t.length && i <= o.last + 7; i++) {
    const x = t[i]!;
    if (x.kind !== 'word' || x.cap || STOPS.has(x.lower)) return false;
    const next = t[i + 1];
    if (KIND_NOUNS.has(x.lower)) return next?.lower === 'of';
    if (THING_NOUNS.has(x.lower)) return !next || next.kind === 'punct' || HEAD_AFTER.has(next.lower);
  }
  return false;
}

/** "Eslo officials" beside "Eslonia": the place's adjective, always before another word. */
function placeAdjective(ctx: DocContext, c: ThingCluster, places: ReadonlySet<string>): boolean {
  if (c.type === 'place') return false;
  const forms = [...c.forms.keys()];
  if (forms.length !== 1 || !/^\p{Lu}\p{Ll}{2,}$/u.test(forms[0]!)) return false;
  const f = forms[0]!;
  if (!places.has(`${f}ia`) && !places.has(`${f}a`)) return false;
  const t = ctx.tokens;
  return c.occurrences.every((o) => {
    const next = t[o.last + 1];
    return !!next && next.kind === 'word' && next.spaceBefore && !NOT_NOUNS.has(next.lower);
  });
}
