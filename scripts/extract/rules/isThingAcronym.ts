/**
 * An acronym the document uses as a common noun, of a device, a method, a format or a service ("a QXR scan", "QXR
 * devices", "a QXR to agree on details", "two QXRs", "measured using QXR"): no name of a person, group or place. Used by the
 * not-a-name layer (dropCommonRuns.ts); the fixed list of technical acronyms is isTechAcronym.ts.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { FUNCTION_WORDS } from '../../lang/lexicon.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';

interface ClusterLike {
  forms: ReadonlyMap<string, number>;
  occurrences: readonly { first: number; last: number; end: number; text: string }[];
  place?: unknown;
}

/** Lower-case nouns after an acronym that make it a thing's name: "a QXR scan", "QXR devices", "the QXR runtime". */
const THING_AFTER = new Set(
  `device devices scan scans scanner scanners machine machines method methods test tests testing measurement
   measurements reading readings technology technologies format formats file files runtime image images code codes
   costume costumes project projects protocol protocols cable cables port ports chip chips sensor sensors
   transfer transfers relief virus infection infections pandemic`
    .trim()
    .split(/\s+/),
);
/** Lower-case words before an acronym that make it a thing's name: "using QXR", "install QXR". */
const THING_BEFORE = new Set(`using use install installed enable enabled`.split(' '));

/**
 * True when the cluster is one acronym (two to six capitals) in every mention, neither gazetteer knows it, and the
 * document uses it as a thing: written with a plural "s" ("QXRs"), after "a"/"an" with no noun after it ("a QXR is",
 * "a QXR to"), before a noun of devices and methods ("QXR devices"), or after "using"; and never as a body
 * that speaks or owns ("X said", "X's").
 */
export function isThingAcronym(ctx: DocContext, c: ClusterLike): boolean {
  if (c.place || c.forms.size !== 1) return false;
  const form = [...c.forms.keys()][0]!;
  if (!/^[A-Z]{2,6}$/.test(form) || !c.occurrences.every((o) => o.text === form)) return false;
  if (lookupPlace(form) || organisations().has(orgKey(form))) return false;
  const { tokens } = ctx;
  const lowerWord = (i: number) => {
    const t = tokens[i];
    return t && t.kind === 'word' && !t.cap ? t.lower : '';
  };
  let thing = new RegExp(`(?<![\\p{L}\\p{N}])${form}s(?![\\p{L}\\p{N}])`, 'u').test(ctx.text) ? 1 : 0;
  for (const o of c.occurrences) {
    const after = lowerWord(o.last + 1);
    if (after === 'said' || after === 'says' || /^['’]s?(?![\p{L}\p{N}])/u.test(ctx.text.slice(o.end, o.end + 3)))
      return false;
    const article = /^an?$/i.test(tokens[o.first - 1]?.norm ?? '');
    const nounFollows = after !== '' && !FUNCTION_WORDS.has(after);
    if ((article && !nounFollows) || THING_AFTER.has(after) || THING_BEFORE.has(lowerWord(o.first - 1))) thing++;
  }
  return thing > 0;
}
