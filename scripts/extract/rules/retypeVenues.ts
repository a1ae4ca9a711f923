/**
 * Layer (after the tagger, per document): a name ending in a venue's head noun ("Quillby Bar", "Tarvel Inn",
 * "Roe's Pub") is no person's, whatever the tagger read in the owner's name before it: it is the business, a group.
 * Only names typed person are retyped; a venue read as a place keeps that reading (a shop on a game's map).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { wordSet } from '../../lang/lexicon.ts';

interface VenueCluster {
  type: string;
  occurrences: readonly { first: number; last: number }[];
}

/** Head nouns of venues that are businesses. */
const VENUE_HEADS = wordSet(`bar pub inn cafe café tavern saloon diner restaurant bistro brewery hotel motel`);

/** Retype, in place, the people whose every mention ends in a venue's head noun as groups. */
export function retypeVenues(ctx: DocContext, clusters: VenueCluster[]): void {
  const t = ctx.tokens;
  for (const c of clusters) {
    if (c.type !== 'person') continue;
    const venue = (o: { first: number; last: number }) =>
      o.last > o.first && t[o.last]!.cap && VENUE_HEADS.has(t[o.last]!.lower);
    if (c.occurrences.length > 0 && c.occurrences.every(venue)) c.type = 'group';
  }
}
