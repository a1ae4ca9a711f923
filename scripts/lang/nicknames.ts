/**
 * Given names and their nicknames ("william" → bill, billy, will…): data/lexicons/nicknames.json, derived from the
 * carltonnorthern/nicknames list (Apache-2.0; `npm run derive:nicknames`). A pair is evidence, not identity: "ron" is
 * a nickname of aaron, ronald and veronica, so callers use it only where nothing else contradicts.
 */
import { createRequire } from 'node:module';

let pairs: Set<string> | undefined;

/** Whether one lower-case given name is a listed nickname of the other ("bill", "william"), in either order. */
export function isNickname(a: string, b: string): boolean {
  if (!pairs) {
    const list = createRequire(import.meta.url)('../../data/lexicons/nicknames.json') as Record<string, string[]>;
    pairs = new Set(Object.entries(list).flatMap(([name, nicks]) => nicks.map((n) => `${name} ${n}`)));
  }
  return pairs.has(`${a} ${b}`) || pairs.has(`${b} ${a}`);
}
