/**
 * A US state's name that also starts a national capital's ("Eslin" the state and "Eslin, E.C." the capital): in an
 * article that reads it as the state ("the state of Eslin", "Eslin state", a town and a comma before it: "Quorn,
 * Eslin", "eastern Eslin") it is the
 * state, elsewhere the capital (news name the capital alone for the federal government; "Eslin, E.C." says so). Only
 * when the corpus has both readings are the state's nodes returned, to be kept apart from the capital's.
 */
import { fold, getGazetteer, lookupPlace } from '../lang/gazetteer.ts';
import { nameKey } from '../lang/keys.ts';
import { US_STATES } from '../lang/usStates.ts';
import { followsPlace, splitWhenBoth } from './readings.ts';

interface Node {
  article: string;
  entity: { name: string; type: string; mentions: readonly { start: number; end: number }[] };
}

export interface Options {
  /** Whether a key is a US state's name that also names a national capital. */
  isStateAndCapital: (key: string) => boolean;
}

let capitals: Set<string> | undefined;

/** The US states whose name starts a national capital's name in the gazetteer ("<state>, <district>"). */
function stateCapitals(): Set<string> {
  if (capitals) return capitals;
  // the states by name, also where the list names one with "state" to tell it from its namesake ("X state")
  const states = new Set(Object.keys(US_STATES).map((k) => k.replace(/ state$/, '')));
  const starts = new Set<string>();
  for (const place of getGazetteer().byName.values()) {
    if (place.kind !== 'city' || !place.capital) continue;
    const head = fold(place.name).split(',')[0]!;
    if (states.has(head) && fold(place.name) !== head) starts.add(head);
  }
  capitals = starts;
  return starts;
}

export const defaultOptions: Options = { isStateAndCapital: (key) => stateCapitals().has(key) };

const COMPASS = /\b(?:eastern|western|northern|southern|central|upstate)\s+$/i;

/** The nodes that read a state-and-capital name as the state, when the corpus reads it both ways. */
export function capitalReadings(
  nodes: readonly Node[],
  textOf: (article: string) => string | undefined,
  options: Partial<Options> = {},
): Set<number> {
  const { isStateAndCapital } = { ...defaultOptions, ...options };
  // article → where its mentions of cities end
  const placeEnds = new Map<string, Set<number>>();
  const candidates: number[] = [];
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'place') return;
    const ends = placeEnds.get(node.article) ?? new Set<number>();
    if (lookupPlace(node.entity.name)?.kind === 'city') for (const m of node.entity.mentions) ends.add(m.end);
    placeEnds.set(node.article, ends);
    if (isStateAndCapital(nameKey(node.entity.name))) candidates.push(i);
  });
  if (candidates.length === 0) return new Set();
  const readings = new Map<string, { state: number[]; capital: number[] }>();
  for (const i of candidates) {
    const node = nodes[i]!;
    const text = textOf(node.article) ?? '';
    const name = node.entity.name;
    const ends = placeEnds.get(node.article) ?? new Set<number>();
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stateCue =
      new RegExp(`\\bstate of ${esc}\\b|\\b${esc} state\\b`).test(text) ||
      node.entity.mentions.some((m) => {
        return COMPASS.test(text.slice(Math.max(0, m.start - 12), m.start)) || followsPlace(text, m.start, ends, 12);
      });
    const capitalCue = node.entity.mentions.some((m) => /^,?\s*D\.?C\.?\b/.test(text.slice(m.end, m.end + 6)));
    const key = nameKey(name);
    const r = readings.get(key) ?? { state: [], capital: [] };
    if (stateCue && !capitalCue) r.state.push(i);
    else r.capital.push(i);
    readings.set(key, r);
  }
  return splitWhenBoth([...readings.values()].map((r) => [r.state, r.capital] as const));
}
