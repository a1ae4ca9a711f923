/**
 * A name listed in the open gazetteer of organisations (scripts/lang/organisations.ts: listed companies,
 * universities, football clubs) is evidence that the document's entity is a group. The evidence counts only where
 * the listed name is nothing else: not a common English word ("Target"), not a known place ("Chelsea"), not a
 * first name ("Wendy"), nor a club's one-word name (mostly its town's); and never against what marks a person (a title or role, a first name before it, "Mr.") or
 * a country or region the place gazetteer knows. Each listed written form of the entity adds `weight` a word to its
 * group score, which is then weighed against the person or place score that typed it: a listed name outweighs the
 * tagger's one reading of it, not several forms of a person's name the document uses.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Classified } from './classifyCandidates.ts';
import type { EntityType } from '../../core/types/common.ts';
import { getLexicons } from '../../lang/lexicon.ts';
import { type OrgGazetteer, orgKey, organisations } from '../../lang/organisations.ts';

export interface Options {
  /** The gazetteer to look names up in: the shipped one, or a small one a test makes. */
  gazetteer: () => OrgGazetteer;
  /** Group evidence added for each word of each distinct listed form of an entity (the tagger's is 3 a word). */
  weight: number;
}

export const defaultOptions: Options = { gazetteer: organisations, weight: 4 };

const PERSON_BEFORE = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'dame', 'lord', 'lady']);

interface GazetteerCluster {
  type: EntityType;
  scores: { person: number; group: number; place: number };
  roles: readonly string[];
  place?: { kind: string };
  occurrences: Classified[];
}

/** The listed written forms of a cluster's occurrences that count as evidence, or none where a person is marked. */
function listedForms(ctx: DocContext, c: GazetteerCluster, gazetteer: OrgGazetteer): Set<string> {
  const { tokens } = ctx;
  const { firstNames } = getLexicons();
  const forms = new Set<string>();
  for (const o of c.occurrences) {
    if (o.role) return new Set();
    const prev = tokens[o.first - 1];
    if (prev && PERSON_BEFORE.has(prev.lower.replace(/\.$/, ''))) return new Set();
    const key = orgKey(o.text.replace(/['’]s?$/, ''));
    const words = key.split(' ');
    if (words.length > 1 && firstNames.has(words[0]!)) return new Set();
    const entry = gazetteer.get(key);
    if (!entry || entry.flags.has('w') || entry.flags.has('p') || entry.flags.has('n')) continue;
    // a club's one-word name is most often its town's, which the place gazetteer may not know by that name
    if (entry.kind === 'club' && words.length === 1) continue;
    forms.add(key);
  }
  return forms;
}

/** Retype, in place, the person and place clusters whose listed forms outweigh what typed them. */
export function retypeByGazetteer<C extends GazetteerCluster>(
  ctx: DocContext,
  clusters: C[],
  options: Partial<Options> = {},
): C[] {
  const opts = { ...defaultOptions, ...options };
  const gazetteer = opts.gazetteer();
  for (const c of clusters) {
    if (c.type === 'group' || c.roles.length > 0) continue;
    if (c.type === 'place' && c.place && c.place.kind !== 'city') continue;
    const forms = listedForms(ctx, c, gazetteer);
    if (forms.size === 0) continue;
    let group = c.scores.group;
    for (const form of forms) group += opts.weight * form.split(' ').length;
    if (group > c.scores[c.type]) c.type = 'group';
  }
  return clusters;
}
