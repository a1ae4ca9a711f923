/**
 * Business copy names companies by one word or by their founders' names ("Acme said its profit rose", "Roe &
 * Doe shares fell"), and a tagger trained on general news reads many of them as people or towns. Across the whole
 * document, a name typed person or place becomes a group when what stands next to it is what only companies and
 * papers have (shares, a board, a factory; "the carmaker X", "the daily X"), or when it joins names with "&",
 * or when the same document names it in full with a company's suffix ("Acme" / "Acme Holdings Inc"), and nothing
 * marks it as a person (a title, a first name, "Mr.") or a country or region. A short form joins its full name.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Classified } from './classifyCandidates.ts';
import { COMPANY_AFTER, COMPANY_BEFORE, COMPANY_SUFFIXES, getLexicons, withoutSuffixes } from '../../lang/lexicon.ts';
import type { EntityType } from '../../core/types/common.ts';

export interface Options {
  /** Occurrences with a company cue needed to retype a name. */
  minCues: number;
}

export const defaultOptions: Options = { minCues: 2 };

const PERSON_BEFORE = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam']);
const POSSESSIVE = new Set(["'s", "'", '’s', '’']);

interface RetypeCluster {
  type: EntityType;
  roles: readonly string[];
  place?: { kind: string };
  occurrences: Classified[];
}

export function retypeCompanies<C extends RetypeCluster>(
  ctx: DocContext,
  clusters: C[],
  options: Partial<Options> = {},
): C[] {
  const opts = { ...defaultOptions, ...options };
  const { tokens } = ctx;
  const { firstNames } = getLexicons();
  const lower = (i: number): string =>
    i >= 0 && i < tokens.length && tokens[i]!.kind === 'word' && !tokens[i]!.cap ? tokens[i]!.lower : '';
  const wordsOf = (o: Classified) =>
    tokens
      .slice(o.first, o.last + 1)
      .filter((t) => t.kind === 'word')
      .map((t) => t.lower.replace(/\.$/, ''));
  // full company names of the document, by the words before their suffix: "acme" → the cluster of "Acme Corp"
  const fullNames = new Map<string, C>();
  for (const c of clusters) {
    if (c.type !== 'group') continue;
    for (const o of c.occurrences) {
      const words = wordsOf(o);
      const core = withoutSuffixes(words, COMPANY_SUFFIXES);
      if (core !== words) fullNames.set(core.join(' '), c);
    }
  }
  const joined = new Set<C>();
  for (const c of clusters) {
    if (c.type === 'group' || c.roles.length > 0) continue;
    if (c.type === 'place' && c.place && c.place.kind !== 'city') continue;
    let cues = 0;
    let person = false;
    let full: C | undefined;
    for (const o of c.occurrences) {
      const words = wordsOf(o);
      // "Roe & Doe": people are never named with an ampersand (places are: "the Roe & Doe Museum")
      const ampersand =
        c.type === 'person' && words.length >= 2 && tokens.slice(o.first, o.last + 1).some((t) => t.norm === '&');
      if (ampersand) cues += opts.minCues;
      else if (o.role || (words.length >= 2 && firstNames.has(words[0]!))) person = true;
      const prev = tokens[o.first - 1];
      if (prev && PERSON_BEFORE.has(prev.lower.replace(/\.$/, ''))) person = true;
      full ??= fullNames.get(words.join(' '));
      let after = o.last + 1;
      if (after < tokens.length && POSSESSIVE.has(tokens[after]!.norm)) after++;
      if (COMPANY_AFTER.has(lower(after)) || COMPANY_BEFORE.has(lower(o.first - 1))) cues++;
    }
    if (person) continue;
    if (full) {
      full.occurrences = [...full.occurrences, ...c.occurrences];
      joined.add(c);
    } else if (cues >= opts.minCues) c.type = 'group';
  }
  return joined.size === 0 ? clusters : clusters.filter((c) => !joined.has(c));
}
