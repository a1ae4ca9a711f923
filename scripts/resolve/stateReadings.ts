/**
 * A name that is both a country's and a US state's ("Georgia"): in an article that writes it after a town and a
 * comma ("Eslin, Georgia") or that names another US state, it is the state; elsewhere the country. Only when the
 * corpus has both readings are the state's nodes returned, to be kept apart from the country's; with one reading
 * nothing changes.
 */
import { lookupPlace } from '../lang/gazetteer.ts';
import { nameKey } from '../lang/keys.ts';
import { US_STATES } from '../lang/usStates.ts';
import { followsPlace, splitWhenBoth } from './readings.ts';

interface Node {
  article: string;
  entity: { name: string; type: string; mentions: readonly { start: number; end: number }[] };
}

export interface Options {
  /** A US state's name, by key. */
  isState: (key: string) => boolean;
  /** A state's name that is also a country's, by key. */
  isStateAndCountry: (key: string) => boolean;
}

export const defaultOptions: Options = {
  isState: (key) => key in US_STATES,
  isStateAndCountry: (key) => key in US_STATES && lookupPlace(key)?.kind === 'country',
};

/** The nodes that read a country-and-state name as the US state, when the corpus reads it both ways. */
export function stateReadings(
  nodes: readonly Node[],
  textOf: (article: string) => string | undefined,
  options: Partial<Options> = {},
): Set<number> {
  const { isState, isStateAndCountry } = { ...defaultOptions, ...options };
  const ambiguous: number[] = [];
  const states = new Map<string, Set<string>>(); // article → the US states it names (keys)
  const placeEnds = new Map<string, Set<number>>(); // article → where its place mentions end
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'place') return;
    const key = nameKey(node.entity.name);
    if (isStateAndCountry(key)) ambiguous.push(i);
    else if (isState(key)) states.set(node.article, (states.get(node.article) ?? new Set()).add(key));
    const ends = placeEnds.get(node.article) ?? new Set<number>();
    for (const m of node.entity.mentions) ends.add(m.end);
    placeEnds.set(node.article, ends);
  });
  if (ambiguous.length === 0) return new Set();
  const readings = new Map<string, { state: number[]; country: number[] }>();
  for (const i of ambiguous) {
    const node = nodes[i]!;
    const text = textOf(node.article) ?? '';
    const ends = placeEnds.get(node.article) ?? new Set<number>();
    // "Eslin, Georgia": a place's mention, a comma, then this one
    const afterTown = node.entity.mentions.some((m) => followsPlace(text, m.start, ends));
    const key = nameKey(node.entity.name);
    const r = readings.get(key) ?? { state: [], country: [] };
    if (afterTown || (states.get(node.article)?.size ?? 0) > 0) r.state.push(i);
    else r.country.push(i);
    readings.set(key, r);
  }
  return splitWhenBoth([...readings.values()].map((r) => [r.state, r.country] as const));
}
