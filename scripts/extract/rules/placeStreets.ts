/**
 * Streets and roads are places:
 * - a name typed person whose last word only a street's name ends with ("Harlow Boulevard", "Elm Avenue"), or a
 *   street word after a house number ("2 Birch Lane") or where the document puts something on it ("on Birch Lane",
 *   "between Birch Lane and Elm Road"), is a place; a group's name ending in a street word only in the latter case;
 * - a rural grid road, a number with a compass letter and a road word ("1200N Road", "350E Road") or a road word
 *   and such a number ("Township Road 975E", "County Road 12"), is a place's mention even where no layer saw a name
 *   (its first word is a number).
 * Runs after the tagger, per document.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Token } from '../analyse/tokenize.ts';
import type { Classified } from './classifyCandidates.ts';
import type { Cluster } from './resolveDocAliases.ts';

export interface Options {
  /** Retype people named like streets. */
  retype: boolean;
  /** Find grid roads ("1200N Road"). */
  gridRoads: boolean;
}

export const defaultOptions: Options = { retype: true, gridRoads: true };

/** Last words that only streets and roads have. */
const STREET_ENDS = new Set(['boulevard', 'blvd', 'avenue', 'ave', 'road', 'rd', 'highway', 'parkway', 'expressway']);
/** Last words of streets that are also surnames ("Lane", "Street", "Drive"): a street only after a house number. */
const NUMBERED_STREET_ENDS = new Set(['street', 'st', 'lane', 'ln', 'drive', 'dr', 'way', 'court', 'ct', 'terrace']);
/** Road words of a grid road. */
const ROAD_WORDS = new Set(['road', 'rd', 'street', 'st', 'avenue', 'ave']);
/** Words before "Road <number>": "Township Road 975E", "County Road 12". */
const ROAD_OWNERS = new Set(['township', 'county', 'state', 'farm', 'forest', 'parish']);

const GRID_NUMBER = /^\d{1,5}[NSEW]$/;
const HOUSE_NUMBER = /^\d{1,5}[A-Za-z]?$/;

const wordOf = (t: Token | undefined) => (t && t.kind === 'word' ? t.lower.replace(/\.$/, '') : '');

/** The clusters, people named like streets retyped as places, and one more cluster for each grid road. */
export function placeStreets(ctx: DocContext, clusters: Cluster[], options: Partial<Options> = {}): Cluster[] {
  const opts = { ...defaultOptions, ...options };
  const t = ctx.tokens;
  if (opts.retype)
    for (const c of clusters) {
      if (c.type === 'place' || c.roles.length > 0) continue;
      const street = c.occurrences.some((o) => {
        if (o.last === o.first) return false;
        const last = wordOf(t[o.last]);
        // a group's name ending in a road word is a road only where the document puts something on it
        if (c.type === 'group') return (STREET_ENDS.has(last) || NUMBERED_STREET_ENDS.has(last)) && onStreet(t, o);
        return (
          STREET_ENDS.has(last) ||
          (NUMBERED_STREET_ENDS.has(last) && (HOUSE_NUMBER.test(t[o.first - 1]?.text ?? '') || onStreet(t, o)))
        );
      });
      if (street) c.type = 'place';
    }
  if (!opts.gridRoads) return clusters;
  const covered = new Uint8Array(t.length);
  for (const c of clusters) for (const o of c.occurrences) covered.fill(1, o.first, o.last + 1);
  const byForm = new Map<string, Cluster>();
  const added: Cluster[] = [];
  for (let i = 0; i < t.length; i++) {
    const span = gridRoadAt(t, i);
    if (!span) continue;
    const [first, last] = span;
    i = last;
    if (covered.subarray(first, last + 1).some((x) => x === 1)) continue;
    const text = ctx.text.slice(t[first]!.start, t[last]!.end);
    const o: Classified = {
      first,
      last,
      start: t[first]!.start,
      end: t[last]!.end,
      text,
      headline: false,
      dateline: false,
      demonymGroup: false,
      scores: { person: 0, group: 0, place: 1 },
      source: 'rules',
    };
    const known = byForm.get(text);
    if (known) {
      known.occurrences.push(o);
      known.forms.set(text, (known.forms.get(text) ?? 0) + 1);
      continue;
    }
    const cluster: Cluster = {
      forms: new Map([[text, 1]]),
      occurrences: [o],
      scores: { ...o.scores },
      type: 'place',
      name: text,
      roles: [],
    };
    byForm.set(text, cluster);
    added.push(cluster);
  }
  return added.length === 0 ? clusters : [...clusters, ...added];
}

/** Words before a street's name that put something on it or between it and another: "on Elm Drive", "between X and Y". */
const ALONG = new Set(['on', 'along', 'off', 'onto', 'between', 'via', 'down']);

/** Is the occurrence a street the document puts something on ("on Elm Drive"), or one of two ("between X and Y Road")? */
function onStreet(t: readonly Token[], o: { first: number; last: number }): boolean {
  const before = t[o.first - 1];
  if (before && !before.cap && ALONG.has(wordOf(before))) return true;
  // "between Elm Drive and Oak Road": the second street of the pair
  return wordOf(before) === 'and' && t.slice(Math.max(0, o.first - 6), o.first - 1).some((x) => x.lower === 'between');
}

/** The tokens of a grid road starting at i: "1200N Road", or "Township Road 975E" / "County Road 12". */
function gridRoadAt(t: readonly Token[], i: number): [number, number] | undefined {
  const x = t[i]!;
  if (GRID_NUMBER.test(x.text) && t[i + 1]?.cap && ROAD_WORDS.has(wordOf(t[i + 1]))) return [i, i + 1];
  if (
    x.cap &&
    ROAD_OWNERS.has(wordOf(x)) &&
    t[i + 1]?.cap &&
    wordOf(t[i + 1]) === 'road' &&
    /^\d{1,5}[NSEW]?$/.test(t[i + 2]?.text ?? '')
  )
    return [i, i + 2];
  return undefined;
}
