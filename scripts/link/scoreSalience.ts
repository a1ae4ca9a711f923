import { indexContaining, type ArticleEvidenceInput } from './evidenceInput.ts';

export interface Options {
  /** Extra weight of a mention in the first paragraph (a mention elsewhere weighs at most 1). */
  leadBonus: number;
  /** How fast a mention's weight falls with its paragraph: 1 / (1 + decay × index). */
  decay: number;
  /** Added, in mention weights, when the entity is named in the article's title. */
  titleBonus: number;
  /** Names (and aliases) of entities by id, also looked for in the title besides the mention texts. */
  names: ReadonlyMap<string, readonly string[]>;
}

export const defaultOptions: Options = { leadBonus: 1, decay: 0.5, titleBonus: 3, names: new Map() };

/** How much an article is about each of its entities: 1 for the most salient, down towards 0. */
export function scoreSalience(input: ArticleEvidenceInput, options: Partial<Options> = {}): Map<string, number> {
  const opts = { ...defaultOptions, ...options };
  const { article, mentions, paragraphs } = input;
  const raw = new Map<string, number>();
  const named = new Map<string, Set<string>>();
  for (const m of mentions) {
    const found = indexContaining(paragraphs, m.start);
    const index = paragraphs.length === 0 ? 0 : found === -1 ? paragraphs.length : found;
    const weight = (index === 0 ? 1 + opts.leadBonus : 1) / (1 + opts.decay * index);
    raw.set(m.entity, (raw.get(m.entity) ?? 0) + weight);
    named.set(m.entity, (named.get(m.entity) ?? new Set<string>()).add(m.text));
  }
  const title = fold(article.title);
  for (const [entity, texts] of named) {
    if ([...texts, ...(opts.names.get(entity) ?? [])].some((t) => containsWords(title, fold(t)))) {
      raw.set(entity, raw.get(entity)! + opts.titleBonus);
    }
  }
  const max = Math.max(0, ...raw.values());
  return new Map([...raw].map(([entity, score]) => [entity, max > 0 ? score / max : 0]));
}

export interface AboutOptions {
  /** The most entities an article is said to be mainly about. */
  limit: number;
  /**
   * The least salience (relative to the article's most salient entity, 1) to count: a quarter of the lead subject.
   * A name that weighs less than that is a side character, however few names the article has.
   */
  minScore: number;
  /**
   * The fewest mentions in the article's text: a name the article uses once is a passing reference, never what it
   * is mainly about, even in a title or a lead where it weighs most.
   */
  minMentions: number;
}

export const defaultAboutOptions: AboutOptions = { limit: 5, minScore: 0.25, minMentions: 2 };

/**
 * The entities an article is mainly about: ids, most salient first, ties broken by id; only those named at least
 * `minMentions` times (by `mentions`, each entity's count in the article) with a salience of at least `minScore`.
 */
export function mainlyAbout(
  scores: ReadonlyMap<string, number>,
  mentions: ReadonlyMap<string, number>,
  options: Partial<AboutOptions> = {},
): string[] {
  const opts = { ...defaultAboutOptions, ...options };
  return [...scores]
    .filter(([id, score]) => score >= opts.minScore && (mentions.get(id) ?? 0) >= opts.minMentions)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, opts.limit)
    .map(([id]) => id);
}

/** Lower case, without accents, with one kind of apostrophe and single spaces. */
const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether `needle` occurs in `haystack` as whole words. */
function containsWords(haystack: string, needle: string): boolean {
  if (!needle) return false;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const before = haystack[i - 1] ?? ' ';
    const after = haystack[i + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
