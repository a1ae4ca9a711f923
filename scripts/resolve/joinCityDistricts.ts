/**
 * A city written with its district after a comma and found as two places ("Eslin" and "E.C." of "Eslin, E.C."): when
 * the gazetteer knows the whole ("Eslin, E.C.") as a city and the second part as no place of its own, the second
 * part is the city's too (a district standing for its city: "E.C." alone elsewhere in that article).
 */
import { lookupPlace } from '../lang/gazetteer.ts';

export interface Options {
  /** Whether a name is a place the gazetteer knows. */
  isPlace: (name: string) => boolean;
  /** Whether a name is a city the gazetteer knows. */
  isCity: (name: string) => boolean;
}

export const defaultOptions: Options = {
  isPlace: (name) => !!lookupPlace(name),
  isCity: (name) => lookupPlace(name)?.kind === 'city',
};

interface Node {
  article: string;
  entity: { name: string; type: string; mentions: readonly { start: number; end: number; text: string }[] };
}

export function joinCityDistricts<N extends Node>(
  nodes: readonly N[],
  textOf: (article: string) => string | undefined,
  union: (a: number, b: number) => void,
  options: Partial<Options> = {},
): void {
  const { isPlace, isCity } = { ...defaultOptions, ...options };
  // article → where each place mention ends, with its node and text
  const ends = new Map<string, Map<number, { node: number; text: string }>>();
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'place') return;
    const map = ends.get(node.article) ?? new Map<number, { node: number; text: string }>();
    for (const m of node.entity.mentions) map.set(m.end, { node: i, text: m.text });
    ends.set(node.article, map);
  });
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'place' || isPlace(node.entity.name)) return;
    const text = textOf(node.article);
    const map = ends.get(node.article);
    if (text === undefined || !map) return;
    for (const m of node.entity.mentions) {
      const comma = /,\s?$/.exec(text.slice(Math.max(0, m.start - 2), m.start));
      const city = comma ? map.get(m.start - comma[0].length) : undefined;
      if (!city || city.node === i) continue;
      if (isCity(`${city.text}, ${m.text}`)) {
        union(i, city.node);
        return;
      }
    }
  });
}
