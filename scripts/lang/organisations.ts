/**
 * The open gazetteer of organisations: data/lexicons/organisations.json, derived by `npm run derive:organisations`
 * (scripts/dev/lexicons/deriveOrganisations.ts) from listed companies (datasets/nasdaq-listings and
 * datasets/nyse-other-listings, ODC-PDDL), universities (Hipo/university-domains-list, MIT) and football clubs
 * (openfootball/clubs, CC0); credits in data/lexicons/organisations.LICENSE.txt. Each name carries flags for what
 * else it may be: a common English word ("Target"), a known place ("Chelsea" the club and the district), a first name
 * ("Wendy"), or a phrase of common words only ("First Trust"). A hit is evidence for a group, never identity.
 */
import { createRequire } from 'node:module';
import { fold } from './gazetteer.ts';

export type OrgKind = 'company' | 'university' | 'club';

/** What else a listed name may be: w common word, p place, n first name, c phrase of common words only. */
export type OrgFlag = 'w' | 'p' | 'n' | 'c';

export interface OrgEntry {
  kind: OrgKind;
  flags: ReadonlySet<OrgFlag>;
}

/** A gazetteer of organisations by orgKey: the shipped one, or a small one a test makes. */
export type OrgGazetteer = ReadonlyMap<string, OrgEntry>;

/** The shipped file's shape: kind → names, each with its flags after a bar ("Acme|w"). */
export type OrgFile = Record<OrgKind, string[]>;

/** The key a name is looked up by: folded (lower case, no diacritics), without dots, commas or a leading "the". */
export function orgKey(name: string): string {
  return fold(name).replace(/[.,]/g, '').replace(/\s+/g, ' ').replace(/^the /, '').trim();
}

/** A gazetteer from the file's shape; the first kind listed for a key wins. */
export function orgGazetteerOf(file: Partial<OrgFile>): OrgGazetteer {
  const map = new Map<string, OrgEntry>();
  for (const kind of ['company', 'university', 'club'] as const) {
    for (const row of file[kind] ?? []) {
      const bar = row.lastIndexOf('|');
      const name = bar < 0 ? row : row.slice(0, bar);
      const flags = new Set((bar < 0 ? '' : row.slice(bar + 1)).split('') as OrgFlag[]);
      const key = orgKey(name);
      if (key && !map.has(key)) map.set(key, { kind, flags });
    }
  }
  return map;
}

let shipped: OrgGazetteer | undefined;

/** The shipped gazetteer, loaded once per process on first use. */
export function organisations(): OrgGazetteer {
  shipped ??= orgGazetteerOf(createRequire(import.meta.url)('../../data/lexicons/organisations.json') as OrgFile);
  return shipped;
}
