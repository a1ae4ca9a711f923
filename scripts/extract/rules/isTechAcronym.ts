/**
 * A technical acronym left unexpanded ("the API", "over HTTP", "an SSD"): no name of a person, group or place. Used by
 * the not-a-name layer (dropNotNames.ts).
 */
import { lookupPlace } from '../../lang/gazetteer.ts';
import { type OrgGazetteer, organisations, orgKey } from '../../lang/organisations.ts';

interface ClusterLike {
  forms: ReadonlyMap<string, number>;
  occurrences: readonly { text: string }[];
  place?: unknown;
}

/**
 * True when every form and every mention of the cluster is one acronym of `list` (two to five capitals) on its own,
 * the text never writes it beside a capitalised expansion ("Acme Platform Interface (API)", "API (Acme Platform
 * Interface)"), and it is no place and no listed university or club (a listed company's bare acronym is only the
 * short form of a longer name).
 */
export function isTechAcronym(
  text: string,
  c: ClusterLike,
  list: ReadonlySet<string>,
  orgs: OrgGazetteer = organisations(),
): boolean {
  if (c.place || c.forms.size !== 1) return false;
  const form = [...c.forms.keys()][0]!;
  if (!/^[A-Z]{2,5}$/.test(form) || !list.has(form)) return false;
  if (!c.occurrences.every((o) => o.text === form)) return false;
  // a listed university or club keeps its name; a listed company's bare acronym is a short form the gazetteer cut
  // from a longer listed name ("Acme Group Corp" gives "ACME"), weaker than the technical reading
  const org = orgs.get(orgKey(form));
  if ((org && org.kind !== 'company') || lookupPlace(form)) return false;
  return !expanded(text, form);
}

/** The text writes `acronym` in brackets after capitalised words, or capitalised words in brackets after it. */
function expanded(text: string, acronym: string): boolean {
  const before = new RegExp(`\\p{Lu}[\\p{L}'’.-]*\\s*\\((?:the\\s)?${acronym}s?\\)`, 'u');
  const after = new RegExp(`(?<![\\p{L}\\p{N}])${acronym}s?\\s*\\(\\s*(?:the\\s)?\\p{Lu}`, 'u');
  return before.test(text) || after.test(text);
}
