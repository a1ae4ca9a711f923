/** Shapes every stage shares: entity types, text spans, warnings. */
export type EntityType = 'person' | 'group' | 'place';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'group', 'place'];

/** A half-open character range [start, end) into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** A content problem: reported, never fatal. */
export interface Warning {
  code: string;
  file: string;
  line?: number;
  message: string;
}
