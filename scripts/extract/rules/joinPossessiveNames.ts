/**
 * Whole names with a possessive inside: a shop, a clinic or a ranch named after its owner ("Tamsin's General Store",
 * "Orlo's Clinic", "Brenna's Salon and Spa") is one place, not its owner followed by a lone head noun. The layers
 * before see the owner's name (a person) and the head words (a junk group or place); this rule makes the whole span
 * one place's mention and takes it out of both, so the owner's page no longer absorbs the shop. The head words must
 * be capitalised and end with a word only a business or a farm ends with; an owner that is a country, a region or a
 * city of 100,000 people or more ("Ardenia's Farm Bureau") is left alone.
 * Runs after the tagger, per document.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Token } from '../analyse/tokenize.ts';
import type { Classified } from './classifyCandidates.ts';
import type { Cluster } from './resolveDocAliases.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { isCommonWord } from '../../lang/lexicon.ts';

export interface Options {
  /** Longest run of capitalised words after the possessive. */
  maxHeadWords: number;
}

export const defaultOptions: Options = { maxHeadWords: 4 };

/** Last words of a business or a farm named after its owner. */
const BUSINESS_HEADS = new Set([
  'shop',
  'store',
  'stores',
  'clinic',
  'ranch',
  'farm',
  'salon',
  'spa',
  'saloon',
  'bar',
  'cafe',
  'café',
  'restaurant',
  'bakery',
  'pub',
  'diner',
  'kitchen',
  'garage',
  'deli',
  'grill',
  'tavern',
  'boutique',
  'barbershop',
  'pharmacy',
  'emporium',
  'workshop',
]);
/** Lower-case words that may join the head words ("Salon and Spa", "Bar & Grill"). */
const INSIDE = new Set(['and', '&']);
const POSSESSIVE = /^['’]s$/;

/** The clusters, with each owner-named business made one place's mention. */
export function joinPossessiveNames(ctx: DocContext, clusters: Cluster[], options: Partial<Options> = {}): Cluster[] {
  const opts = { ...defaultOptions, ...options };
  const t = ctx.tokens;
  const spans: { first: number; last: number }[] = [];
  for (let i = 1; i < t.length; i++) {
    if (!POSSESSIVE.test(t[i]!.norm)) continue;
    const span = businessAt(t, i, opts.maxHeadWords);
    if (span) spans.push(span);
  }
  if (spans.length === 0) return clusters;
  const inSpan = (o: { first: number; last: number }) => spans.some((s) => o.first <= s.last && s.first <= o.last);
  const kept = clusters
    .map((c) =>
      c.occurrences.some(inSpan)
        ? {
            ...c,
            occurrences: c.occurrences.filter((o) => !inSpan(o)),
            forms: formsOf(c.occurrences.filter((o) => !inSpan(o))),
          }
        : c,
    )
    .filter((c) => c.occurrences.length > 0);
  const byForm = new Map<string, Cluster>();
  for (const { first, last } of spans) {
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
    const key = text.replace(/’/g, "'");
    const known = byForm.get(key);
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
    byForm.set(key, cluster);
    kept.push(cluster);
  }
  return kept;
}

function formsOf(occurrences: readonly Classified[]): Map<string, number> {
  const forms = new Map<string, number>();
  for (const o of occurrences) forms.set(o.text, (forms.get(o.text) ?? 0) + 1);
  return forms;
}

/** "<Owner>'s <Head words>" around the possessive at p, as token indices, or undefined. */
function businessAt(t: readonly Token[], p: number, maxHeadWords: number): { first: number; last: number } | undefined {
  // the owner: one or two capitalised words, not in capitals, no known place
  let first = p - 1;
  // a second word of the owner's name is no common word ("Leaves Tamsin's Shop")
  const owner = (x: Token | undefined) =>
    !!x && x.kind === 'word' && x.cap && !x.allCaps && !x.lineStart && !isCommonWord(x.lower);
  if (!(t[first]?.kind === 'word' && t[first]!.cap && !t[first]!.allCaps)) return undefined;
  if (owner(t[first - 1]) && t[first - 1]!.end + 1 === t[first]!.start) first--;
  const place = lookupPlace(
    t
      .slice(first, p)
      .map((x) => x.text)
      .join(' '),
  );
  if (place && (place.kind !== 'city' || place.population >= 100_000)) return undefined;
  // the head words: capitalised, joined by "and" / "&", ending with a business's head
  let last = -1;
  let words = 0;
  for (let j = p + 1; j < t.length && words < maxHeadWords; j++) {
    const x = t[j]!;
    if (x.lineStart) break;
    if (x.kind === 'word' && x.cap && !x.allCaps) {
      words++;
      if (BUSINESS_HEADS.has(x.lower)) last = j;
      continue;
    }
    if ((x.kind === 'word' || x.kind === 'punct') && INSIDE.has(x.lower) && t[j + 1]?.cap) continue;
    break;
  }
  return last < 0 ? undefined : { first, last };
}
