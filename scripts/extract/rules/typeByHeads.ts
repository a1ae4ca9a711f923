/**
 * Layer (after the tagger): type a name by the word it ends with or the common noun written right after it, where
 * that word says what kind of thing bears the name whoever it is:
 * - a medium's noun after the name ("X magazine reported", "on X television"): a group;
 * - a radio station's or an organisation's abbreviation ending the name ("X FM", "the X Org"): a group;
 * - a name taken for a person's that ends in the head of a body ("Jane Roe Memorial Foundation", "Roe Photographic
 *   Legacy Program", "Roe Galleries"; of two words, when the first is no given name): a group named after someone;
 * - a one-word name only ever written before "administration" ("the Roe administration"): the leader's, a person
 *   (the guidelines tag the name alone, "administration" being a common noun);
 * - a name in apposition with a person's office ("Jane Roe, head of the gas company"): a person's; a name in
 *   apposition after a body's noun ("the state gas company, Eslo Gaz."): a group's.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';
import { getLexicons, wordSet } from '../../lang/lexicon.ts';
import { ORG_APPOSITION_HEADS } from './orgCues.ts';

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

const set = wordSet;

/** Lower-case nouns of media that, right after a name, make it a medium's ("X magazine", "X television"). */
export const MEDIA_AFTER = set(`magazine magazines newspaper tabloid television broadcaster newsweekly`);

/** Last words (as written) that make a name an organisation's: a station's band, an abbreviated "organisation". */
const GROUP_LAST = set(`FM Org Org.`);

/** Heads that end the name of a body named after a person ("… Foundation", "… Program", "… Galleries"). */
export const BODY_HEADS = set(`
  foundation foundations program programme project institute institution museum gallery galleries center centre
  fund trust society association academy library orchestra
`);

/** Offices that, before "of" in an apposition after a name, make it a person's: "Jane Roe, head of …". */
const OFFICES = set(`
  head chief chairman chairwoman chair director president minister leader founder spokesman spokeswoman secretary
  governor mayor editor owner manager
`);

/** "Jane Roe, head of …". */
function officeAfter(ctx: DocContext, o: Occ): boolean {
  const t = ctx.tokens;
  const office = t[o.last + 2];
  return (
    t[o.last + 1]?.norm === ',' && !!office && !office.cap && OFFICES.has(office.lower) && t[o.last + 3]?.lower === 'of'
  );
}

/** "the state gas company, Eslo Gaz.": a body's noun and a comma before the name, punctuation after it. */
function bodyBefore(ctx: DocContext, o: Occ): boolean {
  const t = ctx.tokens;
  const head = t[o.first - 2];
  if (t[o.first - 1]?.norm !== ',' || !head || head.cap || !ORG_APPOSITION_HEADS.has(head.lower)) return false;
  const after = t[o.last + 1];
  if (after && after.kind !== 'punct') return false;
  // a determiner opens the body's noun phrase within four words
  for (let i = o.first - 3; i >= 0 && i >= o.first - 6; i--) {
    const x = t[i]!;
    if (x.kind !== 'word' || x.cap) return false;
    if (/^(?:the|a|an|its|their)$/.test(x.lower)) return true;
  }
  return false;
}

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
    else if (c.type !== 'person' && !c.place && c.occurrences.some((o) => officeAfter(ctx, o))) c.type = 'person';
    else if (c.type !== 'group' && !c.place && c.occurrences.some((o) => bodyBefore(ctx, o))) c.type = 'group';
    else if (
      c.type === 'group' &&
      forms.every((f) => /^\p{Lu}\p{Ll}+$/u.test(f)) &&
      c.occurrences.every((o) => lowerAt(o.last + 1) === 'administration')
    )
      c.type = 'person';
  }
  return clusters;
}
