/** What the extract stage produces for one article. */
import type { EntityType, Span } from './common.ts';

export interface Mention extends Span {
  /** Exactly `text.slice(start, end)` of the article. */
  text: string;
}

/** An entity as found inside one document, with its in-document aliases merged. */
export interface DocEntity {
  /** The fullest form seen in the document. */
  name: string;
  type: EntityType;
  /** Other surface forms seen in the document (not including `name`). */
  aliases: string[];
  /** Sorted by start; never overlapping. */
  mentions: Mention[];
  /** Roles/titles stated in the document ("Secretary of Defense"). Optional signal. */
  roles?: string[];
  /** Geo coordinates from the gazetteer, for places. */
  geo?: { lat: number; lon: number };
  /** For a place that is a country, the country's name in the gazetteer ("United States"). */
  country?: string;
}

export interface Extraction {
  entities: DocEntity[];
  /** Sentence spans covering the text, in order. */
  sentences: Span[];
}
