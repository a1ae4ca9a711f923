/**
 * Technical acronyms that name no person, group or place ("API", "HTTP", "SSD"): data/lexicons/acronyms.json, derived
 * by `npm run derive:acronyms` (scripts/dev/lexicons/deriveAcronyms.ts) from the word lists of
 * `@cspell/dict-software-terms` (MIT); credits in data/lexicons/acronyms.LICENSE.txt.
 */
import { createRequire } from 'node:module';

let shipped: ReadonlySet<string> | undefined;

/** The shipped list, upper case, loaded once per process on first use. */
export function techAcronyms(): ReadonlySet<string> {
  shipped ??= new Set(createRequire(import.meta.url)('../../data/lexicons/acronyms.json') as string[]);
  return shipped;
}
