/** What the link stage reads from the text: roles, quotes, relations. */
/** A role or title the article gives an entity, in the article's own words. */
export interface Role {
  /** "Secretary of Defense", "president". */
  title: string;
  article: string;
  /** The sentence that states it (whitespace collapsed). */
  sentence: string;
  /** The entity the role is held in, when the article names it ("Turkey" in "Turkey's president"). */
  of?: string;
}

/** A direct quotation attributed to an entity. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  article: string;
  /** The sentence(s) holding the quote and its attribution (whitespace collapsed). */
  sentence: string;
  /** How the article names the speaker when that is not just the entity's name ("a Kremlin spokesman"). */
  speaker?: string;
  /** Offset of the opening quotation mark in the article's text. */
  start: number;
}

export interface RelationEvidence {
  article: string;
  sentence: string;
}

/** Two entities named together: in the same sentence (weight 1 each) or, more weakly, the same paragraph. */
export interface Relation {
  source: string;
  target: string;
  weight: number;
  /** Sentences that name both. */
  sentences: number;
  /** Paragraphs that name both without a shared sentence. */
  paragraphs: number;
  /** Articles that name both in a sentence or paragraph. */
  articles: number;
  evidence: RelationEvidence[];
}
