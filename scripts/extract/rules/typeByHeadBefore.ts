/**
 * A name right after a noun that says what kind of organisation it is: "the daily Kordova Vesnik", "the watchdog
 * group Narva Dengi", "the retailer Brantex", "Publisher Quillo Games" on a review's label line. Such a name is a
 * group, whatever the tagger made of its unknown words; a name the document marks as a person's (a title, "Mr.", a
 * given name first) and a place the gazetteer knows keep their type. Runs after the tagger, per document.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';
import { getLexicons, isCommonWord } from '../../lang/lexicon.ts';

export interface Options {
  enabled: boolean;
}

export const defaultOptions: Options = { enabled: true };

/**
 * Kinds of organisation written before a name ("the retailer X", "watchdog group X"): never a person's trade, so not
 * "broker", "developer" or "publisher", which stand before people's names too ("said broker Jan Roe").
 */
const KINDS = new Set(
  `company firm group conglomerate retailer carrier airline bank lender brokerage newspaper daily weekly magazine
  paper exchange agency broadcaster network website startup club band watchdog charity nonprofit insurer automaker
  carmaker chipmaker drugmaker manufacturer outlet label`.split(/\s+/),
);

/** Labels of a review's or a credit's lines, capitalised at a line's start: "Publisher X", "Developer X". */
const LINE_LABELS = new Set(['publisher', 'developer', 'studio', 'label', 'distributor']);

/** Words that make the noun before them a person's description, not the name's ("group leader X", "company chief"). */
const PERSON_NOUNS = new Set(['member', 'members', 'leader', 'founder', 'chief', 'head', 'president', 'spokesman']);

interface Occurrence {
  first: number;
  last: number;
  role?: string;
}

interface HeadCluster {
  type: EntityType;
  roles: readonly string[];
  place?: unknown;
  occurrences: readonly Occurrence[];
}

/** Is the word before the occurrence a kind of organisation: lower case, or a label at a line's start ("Publisher")? */
export function headBefore(ctx: DocContext, o: Occurrence): boolean {
  const t = ctx.tokens;
  const prev = t[o.first - 1];
  if (prev?.kind !== 'word' || t[o.first]!.lineStart) return false;
  const w = prev.lower;
  if (prev.cap ? !(prev.lineStart && LINE_LABELS.has(w)) : !KINDS.has(w)) return false;
  // "the group's X", "a company X founded": a possessive or a verb after the name says otherwise
  const next = t[o.last + 1];
  if (next?.kind === 'clitic') return false;
  return !PERSON_NOUNS.has(t[o.first - 2]?.lower ?? '');
}

/** A given name first ("Jane Roe"): the document names a person. */
function personNamed(ctx: DocContext, o: Occurrence): boolean {
  const words = ctx.tokens.slice(o.first, o.last + 1).filter((x) => x.kind === 'word');
  const w = words[0]?.lower ?? '';
  return words.length >= 2 && getLexicons().firstNames.has(w) && !isCommonWord(w);
}

/** Retype, in place, the names after an organisation's kind as groups; returns the clusters. */
export function typeByHeadBefore<C extends HeadCluster>(
  ctx: DocContext,
  clusters: C[],
  options: Partial<Options> = {},
): C[] {
  const opts = { ...defaultOptions, ...options };
  if (!opts.enabled) return clusters;
  for (const c of clusters) {
    if (c.type === 'group' || c.place || c.roles.length > 0 || c.occurrences.some((o) => o.role)) continue;
    if (c.occurrences.some((o) => personNamed(ctx, o))) continue;
    if (c.occurrences.some((o) => headBefore(ctx, o))) c.type = 'group';
  }
  return clusters;
}
