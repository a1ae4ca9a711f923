/**
 * Layer (after the tagger, per document): places the gazetteer knows under another spelling, and regions named by a
 * compass word, that the tagger read as a group or a person.
 * - "&" for "and", "St."/"St" for "Saint": "St. Lucia", "Antigua & Barbuda" are the gazetteer's countries;
 *   an "and" or "&" inside a name otherwise reads as a company's ("Smith & Sons").
 * - "the Deep South", "the Quarnic South", "the Far East": "the", one capitalised word, then a compass noun.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';
import { lookupPlace, type Place } from '../../lang/gazetteer.ts';
import { wordSet } from '../../lang/lexicon.ts';
import { GROUP_NAME_ENDS } from './orgCues.ts';

interface Occurrence {
  first: number;
  last: number;
  text: string;
  role?: string;
}

interface SpelledCluster {
  type: EntityType;
  roles: readonly string[];
  place?: Place;
  occurrences: readonly Occurrence[];
}

const COMPASS_NOUNS = wordSet(`north south east west northeast northwest southeast southwest midwest`);

/** The gazetteer's place for a name written with "&" or "St.": "St. Lucia" → Saint Lucia. */
export function respelledPlace(name: string): Place | undefined {
  if (!/&|\bSt\b\.?/.test(name)) return undefined;
  const respelled = name
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\bSt\b\.?\s*/g, 'Saint ')
    .replace(/\s+/g, ' ')
    .trim();
  const place = lookupPlace(respelled);
  // the whole name, not a part of it the gazetteer happens to know
  return place && place.kind !== 'city' ? place : undefined;
}

/** "the Deep South": "the", a capitalised word, a compass noun, and no organisation's word. */
function compassRegion(ctx: DocContext, o: Occurrence): boolean {
  const t = ctx.tokens;
  if (o.last !== o.first + 1) return false;
  const head = t[o.last]!;
  const prev = t[o.first - 1];
  return (
    !!prev &&
    prev.lower === 'the' &&
    COMPASS_NOUNS.has(head.lower) &&
    t[o.first]!.cap &&
    !GROUP_NAME_ENDS.has(t[o.first]!.lower) &&
    !/^(?:'s|’s)$/.test(t[o.last + 1]?.norm ?? '')
  );
}

/** Retype, in place, the respelled places and compass regions; returns the clusters. */
export function placeSpelledNames<C extends SpelledCluster>(ctx: DocContext, clusters: C[]): C[] {
  for (const c of clusters) {
    if (c.type === 'place' || c.roles.length > 0 || c.occurrences.some((o) => o.role)) continue;
    const place = c.occurrences.map((o) => respelledPlace(o.text)).find((p) => p !== undefined);
    if (place) {
      c.type = 'place';
      c.place = place;
      continue;
    }
    if (c.type === 'group' && c.occurrences.every((o) => compassRegion(ctx, o))) {
      c.type = 'place';
    }
  }
  return clusters;
}
