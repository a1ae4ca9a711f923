/**
 * Which country's institution each mention of a generic institution's name is ("Senate", "Supreme Court"): the one
 * its text names ("Zorblatia's Supreme Court"), else the country its article is about. An article about another
 * country that also names the corpus's main country for the institution quotes the main one's ("Congress" in a story
 * about Zorblatia and its talks with the United States); an article that names no country goes to the country whose
 * articles it is related to (it names other entities they name), else to the main one. The institution is split
 * only when, after that, two countries or more have it in at least `minArticles` articles each.
 */
import { lookupPlace } from '../lang/gazetteer.ts';

export interface InstitutionNode {
  article: string;
  mentions: readonly { start: number; end: number }[];
}

export interface Context {
  /** The country each article is about (the one it names most). */
  countryOf: ReadonlyMap<string, string>;
  /** Every country each article names. */
  countriesIn: ReadonlyMap<string, ReadonlySet<string>>;
  /** The text of each article that mention offsets index. */
  textOf: (article: string) => string | undefined;
  /** How many entities two articles name in common. */
  shared: (a: string, b: string) => number;
  minArticles: number;
}

/** A country's name written with a possessive just before a mention: "Zorblatia's Supreme Court". */
const POSSESSIVE_BEFORE = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)['’]s\s+$/u;

/** The country each node's institution belongs to, or none to keep them all as one (no split). */
export function institutionCountries(nodes: readonly InstitutionNode[], ctx: Context): (string | undefined)[] {
  const named = nodes.map((n) => namedCountry(n, ctx.textOf(n.article)));
  const country = nodes.map((n, k) => named[k] ?? ctx.countryOf.get(n.article));
  const main = mostArticles(nodes, country);
  if (main === undefined) return nodes.map(() => undefined);
  // an article about another country that names the main one too quotes the main one's institution
  nodes.forEach((n, k) => {
    if (!named[k] && country[k] !== main && ctx.countriesIn.get(n.article)?.has(main)) country[k] = main;
  });
  assignByRelatedness(nodes, country, named, ctx);
  const first = mostArticles(nodes, country)!;
  const articles = articlesByCountry(nodes, country);
  const own = [...articles].filter(([c, set]) => c === first || set.size >= ctx.minArticles).map(([c]) => c);
  if (own.length < 2) return nodes.map(() => undefined);
  return country.map((c) => (c !== undefined && own.includes(c) ? c : first));
}

/** The country a possessive names right before one of the node's mentions, if any. */
function namedCountry(node: InstitutionNode, text: string | undefined): string | undefined {
  if (!text) return undefined;
  for (const m of node.mentions) {
    const before = POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const place = before ? lookupPlace(before[1]!) : undefined;
    if (place?.kind === 'country') return place.name;
  }
  return undefined;
}

/** Articles that name no country (or one of a single article) go to the country whose articles they share most with. */
function assignByRelatedness(
  nodes: readonly InstitutionNode[],
  country: (string | undefined)[],
  named: readonly (string | undefined)[],
  ctx: Context,
): void {
  const articles = articlesByCountry(nodes, country);
  const settled = new Set([...articles].filter(([, set]) => set.size >= ctx.minArticles).map(([c]) => c));
  nodes.forEach((n, k) => {
    if (named[k] || (country[k] !== undefined && settled.has(country[k]!))) return;
    let best: string | undefined;
    let bestShared = 0;
    for (const [c, set] of articles) {
      let total = 0;
      for (const a of set) if (a !== n.article) total += ctx.shared(n.article, a);
      if (total > bestShared) {
        best = c;
        bestShared = total;
      }
    }
    if (best !== undefined && bestShared >= MIN_SHARED) country[k] = best;
  });
}

/** Entities an article must name in common with a country's articles of the institution to be taken as about it. */
const MIN_SHARED = 2;

function articlesByCountry(
  nodes: readonly InstitutionNode[],
  country: readonly (string | undefined)[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  nodes.forEach((n, k) => {
    const c = country[k];
    if (c === undefined) return;
    const set = out.get(c) ?? new Set<string>();
    set.add(n.article);
    out.set(c, set);
  });
  return out;
}

/** The country with the institution in the most articles (the first in name order on a tie). */
function mostArticles(nodes: readonly InstitutionNode[], country: readonly (string | undefined)[]): string | undefined {
  const ranked = [...articlesByCountry(nodes, country)].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
  return ranked[0]?.[0];
}
