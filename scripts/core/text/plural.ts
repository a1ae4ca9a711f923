/**
 * Counted nouns, one helper for every page and message: "1 article", "2 articles", "1,234 people".
 * Give the plural when it is not the noun plus "s".
 */
const IRREGULAR: Record<string, string> = {
  person: 'people',
  entity: 'entities',
  country: 'countries',
  warning: 'warnings',
  city: 'cities',
  sentence: 'sentences',
};

/** The noun for `n`: "article" or "articles". */
export function noun(n: number, one: string, many?: string): string {
  if (n === 1) return one;
  return (
    many ??
    IRREGULAR[one] ??
    (/(?:s|x|z|ch|sh)$/.test(one) ? `${one}es` : /[^aeiou]y$/.test(one) ? `${one.slice(0, -1)}ies` : `${one}s`)
  );
}

/** Thousands separated by commas, as the pages print them. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** "1 article", "2 articles", "1,200 mentions". */
export const plural = (n: number, one: string, many?: string): string => `${formatCount(n)} ${noun(n, one, many)}`;
