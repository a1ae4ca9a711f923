/**
 * Layer (after the tagger): type a name by the word it ends with or the common noun written right after it, where
 * that word says what kind of thing bears the name whoever it is:
 * - a medium's noun after the name ("X magazine reported", "on X television"): a group;
 * - a radio station's or an organisation's abbreviation ending the name ("X FM", "the X Org"): a group;
 * - a name taken for a person's that ends in the head of a body ("Jane Roe Memorial Foundation", "Roe Photographic
 *   Legacy Program", "Roe Galleries"; of two words, when the first is no given name): a group named after someone;
 * - a one-word name only ever written before "administration" ("the Roe administration"): the leader's, a person
 *   (the guidelines tag the name alone, "administration" being a common noun).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';
import { getLexicons } from '../../lang/lexicon.ts';

interface Occ {
  first: number;
  last: number;
  text: string;
}

interface HeadCluster {
  type: EntityType;
  place?: unknown;
  roles: readonly string[];
  forms: ReadonlyMap<string, number>;
  occurrences: readonly Occ[];
}

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Lower-case nouns of media that, right after a name, make it a medium's ("X magazine", "X television"). */
export const MEDIA_AFTER = set(`magazine magazines newspaper tabloid television broadcaster newsweekly`);

/** Last words (as written) that make a name an organisation's: a station's band, an abbreviated "organisation". */
const GROUP_LAST = set(`FM Org Org.`);

/** Heads that end the name of a body named after a person ("… Foundation", "… Program", "… Galleries"). */
export const BODY_HEADS = set(`
  foundation foundations program programme project institute institution museum gallery galleries center centre
  fund trust society association academy library orchestra
`);

/** Retype, in place, the clusters whose head or following noun says what they are; returns the clusters. */
export function typeByHeads<C extends HeadCluster>(ctx: DocContext, clusters: C[]): C[] {
  const t = ctx.tokens;
  const { firstNames } = getLexicons();
  const lowerAt = (i: number) => (t[i]?.kind === 'word' && !t[i]!.cap ? t[i]!.lower : '');
  for (const c of clusters) {
    const forms = [...c.forms.keys()];
    const lastWords = forms.map((f) => f.split(/\s+/).at(-1)!);
    if (c.type !== 'group' && !c.place && forms.every((f) => /\s/.test(f)) && lastWords.every((w) => GROUP_LAST.has(w)))
      c.type = 'group';
    else if (c.type !== 'group' && !c.place && c.occurrences.some((o) => MEDIA_AFTER.has(lowerAt(o.last + 1))))
      c.type = 'group';
    else if (
      c.type === 'person' &&
      forms.every((f) => {
        const words = f.split(/\s+/);
        return words.length >= 3 || (words.length === 2 && !firstNames.has(words[0]!.toLowerCase()));
      }) &&
      lastWords.every((w) => BODY_HEADS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    )
      c.type = 'group';
    else if (
      c.type === 'group' &&
      forms.every((f) => /^\p{Lu}\p{Ll}+$/u.test(f)) &&
      c.occurrences.every((o) => lowerAt(o.last + 1) === 'administration')
    )
      c.type = 'person';
  }
  return clusters;
}
