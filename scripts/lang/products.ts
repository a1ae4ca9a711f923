/**
 * Names of software and devices ("Ubuntu", "VirtualBox", "docker"): data/lexicons/products.json, derived by
 * `npm run derive:products` (scripts/dev/lexicons/deriveProducts.ts) from the word lists of
 * `@cspell/dict-software-terms` (MIT); credits in data/lexicons/products.LICENSE.txt. A name flagged as something
 * else too (a common word, a first name or surname, a place, a listed organisation: "Mint|w") is left out here: a hit
 * is evidence for a product beside a cue in the text, never on its own.
 */
import { createRequire } from 'node:module';

let shipped: ReadonlySet<string> | undefined;

/** The shipped list's names that are nothing else, lower case, loaded once per process on first use. */
export function productNames(): ReadonlySet<string> {
  shipped ??= new Set(
    (createRequire(import.meta.url)('../../data/lexicons/products.json') as string[])
      .filter((row) => !row.includes('|'))
      .map((name) => name.toLowerCase()),
  );
  return shipped;
}
