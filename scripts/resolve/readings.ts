/**
 * Shared by the readings of names with two meanings (a US state and a country, a US state and a capital): which
 * mentions follow a place and a comma ("Eslin, <name>"), and the nodes of one reading kept apart only when the
 * corpus reads the same name both ways.
 */

/** Whether the mention starting at `start` follows a place's mention and a comma ("Quorn, Eslin"). */
export function followsPlace(text: string, start: number, placeEnds: ReadonlySet<number>, window = 4): boolean {
  const comma = /,\s*$/.exec(text.slice(Math.max(0, start - window), start));
  return !!comma && placeEnds.has(start - comma[0].length);
}

/** The nodes of the first reading, for each name the corpus reads both ways; with one reading, none. */
export function splitWhenBoth(readings: Iterable<readonly [readonly number[], readonly number[]]>): Set<number> {
  const out = new Set<number>();
  for (const [first, other] of readings) if (first.length && other.length) for (const i of first) out.add(i);
  return out;
}
