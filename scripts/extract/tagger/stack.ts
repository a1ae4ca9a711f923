/**
 * Between the rule layers and the tagger: the rule extractor's spans become token labels (the tagger's stacking
 * features), and the tagger's spans become classified candidates for the rule layers that follow (in-document
 * aliases, repeats), so roles, quotes and everything downstream keep working on the tagger's output.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Token } from '../analyse/tokenize.ts';
import type { Classified } from '../rules/classifyCandidates.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import {
  GENERATIONAL,
  ORG_HEADS,
  PARTY_LABELS,
  TITLE_HEADS,
  TRAILING_JUNK,
  WEAK_ORG_HEADS,
  getLexicons,
  isCommonWord,
} from '../../lang/lexicon.ts';
import { trimClock } from '../rules/trimClock.ts';
import type { Units } from './units.ts';
import type { EntityType } from '../../core/types/common.ts';
import { begin, inside, labelsToSpans, O, typeOf, TYPES } from './labels.ts';

const TYPE_INDEX: Record<EntityType, number> = { person: 0, group: 1, place: 2 };
const ENTITY_TYPE: (EntityType | undefined)[] = ['person', 'group', 'place', undefined];

/** Token labels for character spans: a token inside a span is labelled, the span's first token with B. */
export function spansToTokenLabels(
  ctx: DocContext,
  spans: readonly { start: number; end: number; type: EntityType | number }[],
): Uint8Array {
  const labels = new Uint8Array(ctx.tokens.length);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let t = 0;
  for (const s of sorted) {
    const type = typeof s.type === 'number' ? s.type : TYPE_INDEX[s.type];
    while (t < ctx.tokens.length && ctx.tokens[t]!.start < s.start) t++;
    let first = true;
    for (let i = t; i < ctx.tokens.length && ctx.tokens[i]!.end <= s.end; i++) {
      if (labels[i] !== O) break;
      labels[i] = first ? begin(type) : inside(type);
      first = false;
    }
  }
  return labels;
}

/** The rule layers' final occurrences as token labels (the stacking features). */
export function ruleTokenLabels(
  ctx: DocContext,
  clusters: readonly { type: EntityType; occurrences: readonly { start: number; end: number }[] }[],
): Uint8Array {
  return spansToTokenLabels(
    ctx,
    clusters.flatMap((c) => c.occurrences.map((o) => ({ start: o.start, end: o.end, type: c.type }))),
  );
}

/** Strength of the tagger's type for an occurrence, against the rule layers' summed scores. */
const TAGGED = 3;

/** What every piece of the tagger's spans is made into a candidate against, once per document. */
interface PieceContext {
  ctx: DocContext;
  /** The tagger's labels over units. */
  labels: Uint8Array;
  /** The rule layers' candidates by "start:end". */
  byExtent: Map<string, Classified>;
  ruleWeight: number;
}

/**
 * "U.S." (or "U.K.") written before a body's or a building's one-word name is part of that name (guidelines: "U.S.
 * Senate", "U.S. Capitol"), where the tagger gives two spans: the dotted country and a word that is no place itself.
 */
function joinCountryBodies<S extends { first: number; last: number; type: number }>(
  ctx: DocContext,
  units: Units,
  spans: S[],
): S[] {
  const out: S[] = [];
  const text = (s: { first: number; last: number }) => spanText(ctx, units, s);
  for (const span of spans) {
    const prev = out.at(-1);
    if (
      prev &&
      prev.last + 1 === span.first &&
      prev.first === prev.last &&
      span.first === span.last &&
      ENTITY_TYPE[span.type] &&
      /^(?:\p{Lu}\.){2,}$/u.test(text(prev)) &&
      lookupPlace(text(prev))?.kind === 'country' &&
      /^\p{Lu}\p{Ll}+$/u.test(text(span)) &&
      !lookupPlace(text(span))
    ) {
      out[out.length - 1] = { ...span, first: prev.first };
      continue;
    }
    out.push(span);
  }
  return out;
}

/** The written form of a span over units. */
function spanText(ctx: DocContext, units: Units, s: { first: number; last: number }): string {
  return ctx.text.slice(units.ctx.tokens[s.first]!.start, units.ctx.tokens[s.last]!.end);
}

/** The lower-cased written form of a span over units. */
function formOf(ctx: DocContext, units: Units, s: { first: number; last: number }): string {
  return ctx.text.slice(units.ctx.tokens[s.first]!.start, units.ctx.tokens[s.last]!.end).toLowerCase();
}

/** The tagger's PER/ORG/LOC spans (over units) as classified candidates over the extractor's tokens; MISC is dropped. */
export function taggedCandidates(
  ctx: DocContext,
  units: Units,
  labels: Uint8Array,
  rules: readonly Classified[],
  ruleWeight = 0,
): Classified[] {
  const byExtent = new Map(rules.map((c) => [`${c.start}:${c.end}`, c]));
  const out: Classified[] = [];
  const spans = joinCountryBodies(ctx, units, labelsToSpans(labels));
  // each written form votes once for its type, however often it recurs: a surname repeated twenty times does not
  // outvote the full name it stands for; and a longer name carries more evidence than a lone word
  const occurrences = new Map<string, number>();
  for (const s of spans)
    if (ENTITY_TYPE[s.type]) occurrences.set(formOf(ctx, units, s), (occurrences.get(formOf(ctx, units, s)) ?? 0) + 1);
  const pc: PieceContext = { ctx, labels, byExtent, ruleWeight };
  for (const span of spans) {
    const type = ENTITY_TYPE[span.type];
    if (!type) continue;
    const weight = (TAGGED * (span.last - span.first + 1)) / occurrences.get(formOf(ctx, units, span))!;
    const whole = { first: units.first[span.first]!, last: units.last[span.last]! };
    const pieces = splitAtLines(ctx, whole.first, whole.last)
      .flatMap((p) => splitAtSeparators(ctx, p.first, p.last))
      .flatMap((p) => (type === 'person' ? splitAtCommas(ctx, p.first, p.last) : [p]));
    for (const s of pieces) {
      if (!trimEdges(ctx, s) || !trimUsualCase(ctx, s, type)) continue;
      if (type === 'person') trimAddress(ctx, s);
      out.push(pieceCandidate(pc, s, span.last, type, weight, pieces.length > 1));
    }
  }
  return [...out, ...placesBeforePartyLabels(pc, out)];
}

/**
 * A politician's state or country before a party label, which the tagger may leave untagged or fold into a MISC
 * label ("Ohio Democrat Jane Roe"): the gazetteer's country or region, one or two words, is a place.
 */
function placesBeforePartyLabels(pc: PieceContext, found: readonly Classified[]): Classified[] {
  const { ctx } = pc;
  const t = ctx.tokens;
  const out: Classified[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    if (!PARTY_LABELS.has(t[i + 1]!.lower) || !t[i]!.cap) continue;
    for (const first of [i - 1, i]) {
      if (first < 0 || !t[first]!.cap || found.some((c) => c.first <= i && first <= c.last)) continue;
      const place = lookupPlace(ctx.text.slice(t[first]!.start, t[i]!.end));
      if (!place || place.kind === 'city') continue;
      out.push(pieceCandidate(pc, { first, last: i }, i, 'place', TAGGED, false));
      break;
    }
  }
  return out;
}

/** One trimmed piece of a tagger span (ending at unit `spanLast`) as a classified candidate. */
function pieceCandidate(
  pc: PieceContext,
  s: { first: number; last: number },
  spanLast: number,
  type: EntityType,
  weight: number,
  split: boolean,
): Classified {
  const { ctx } = pc;
  const bodyHead = endsBeforeTitle(pc, s.last, spanLast, type);
  if (bodyHead) s.last++;
  // party members after an institution are people described, not part of its name ("House Republicans")
  if (s.last > s.first + 1 && PARTY_LABELS.has(ctx.tokens[s.last]!.lower) && ctx.tokens[s.last]!.lower.endsWith('s'))
    s.last--;
  const start = ctx.tokens[s.first]!.start;
  const end = ctx.tokens[s.last]!.end;
  const text = ctx.text.slice(start, end);
  const rule = pc.byExtent.get(`${start}:${end}`);
  // a known place before a party label is the politician's state or country: "[Ohio] Democrat Jane Roe"
  const partyPlace =
    !bodyHead &&
    type !== 'place' &&
    s.first === s.last &&
    PARTY_LABELS.has(ctx.tokens[s.last + 1]?.lower ?? '') &&
    !!lookupPlace(text);
  const scores = pieceScores(bodyHead ? 'group' : partyPlace ? 'place' : type, weight, rule, split, pc.ruleWeight);
  const c: Classified = {
    first: s.first,
    last: s.last,
    start,
    end,
    text,
    headline: ctx.headline[s.first] === 1,
    dateline: rule?.dateline ?? false,
    demonymGroup: false,
    scores,
    source: 'tagger',
  };
  if (rule?.role) c.role = rule.role;
  if (type === 'place' || partyPlace) {
    const place = rule?.place ?? lookupPlace(text);
    if (place) c.place = place;
  }
  return c;
}

/** Does a non-person piece ending at token `last` stop just before a body's head noun and an officer's title? */
function endsBeforeTitle(pc: PieceContext, last: number, spanLast: number, type: EntityType): boolean {
  const { ctx } = pc;
  // a body named before its officer's title ends with its head noun: "[Capitol Police] Chief Jane Roe" (the
  // tagger, seeing a title, tends to stop one word early: "Capitol")
  const head = ctx.tokens[last + 1];
  const title = ctx.tokens[last + 2];
  return (
    type !== 'person' &&
    !!head &&
    !!title &&
    head.cap &&
    head.spaceBefore &&
    title.cap &&
    title.spaceBefore &&
    ORG_HEADS.has(head.lower) &&
    !WEAK_ORG_HEADS.has(head.lower) &&
    TITLE_HEADS.has(title.lower) &&
    !pc.labels[spanLast + 1]
  );
}

/** A piece's type scores: the tagger's weight for its type, with the rule layers' evidence for the same extent. */
function pieceScores(
  typed: EntityType,
  weight: number,
  rule: Classified | undefined,
  split: boolean,
  ruleWeight: number,
): Classified['scores'] {
  const scores = { person: 0, group: 0, place: 0 };
  scores[typed] = weight;
  const ruleTotal = rule ? rule.scores.person + rule.scores.group + rule.scores.place : 0;
  if (rule && ruleTotal > 0) {
    // a piece cut off at a line break was typed by the tagger as part of something else: the rules type it alone;
    // otherwise the rule layers' own evidence for the same extent (gazetteer, heads, cues) counts too, scaled down
    if (split) for (const k of ['person', 'group', 'place'] as const) scores[k] = (weight * rule.scores[k]) / ruleTotal;
    else if (ruleWeight > 0)
      for (const k of ['person', 'group', 'place'] as const)
        scores[k] += (ruleWeight * weight * rule.scores[k]) / ruleTotal;
  }
  return scores;
}

/** Edge words that end no name: a capitalised preposition after a lost full stop ("Jane Roe In the east"). */
const EDGE_WORDS = new Set(['in', 'the', 'of', 'at', 'on', 'for', 'to', 'and', 'a', 'an', 'by', 'with', 'from']);

/**
 * Trim what is never part of a name from the edges of a span, in place: brackets, quotes and ellipses ("[Roe]",
 * "Roe …"), caption words ("White House Photo") and a trailing preposition or article. False when nothing is left.
 */
export function trimEdges(ctx: DocContext, s: { first: number; last: number }): boolean {
  const t = ctx.tokens;
  while (s.first <= s.last && t[s.first]!.kind === 'punct') s.first++;
  for (;;) {
    if (s.last < s.first) return false;
    const x = t[s.last]!;
    if (x.kind === 'punct' && x.norm !== '.' && !(x.norm === ')' && opens(t, s.first, s.last))) s.last--;
    else if (s.last > s.first && x.kind === 'word' && (TRAILING_JUNK.has(x.lower) || EDGE_WORDS.has(x.lower))) s.last--;
    else return true;
  }
}

/** Whether an opening bracket stands among the tokens [a, b]. */
function opens(t: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (t[k]!.norm === '(') return true;
  return false;
}

/** Forms of address written without their full stop ("Dr Jane Roe", British style), which no name starts with. */
const ADDRESS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof']);

/** Move a person's span past a form of address written without its full stop ("Dr Roe" → "Roe"), in place. */
export function trimAddress(ctx: DocContext, s: { first: number; last: number }): void {
  const t = ctx.tokens;
  while (s.first < s.last && t[s.first]!.kind === 'word' && t[s.first]!.cap && ADDRESS.has(t[s.first]!.lower))
    s.first++;
}

/** Punctuation no name runs across: a speaker's colon ("Jane: Acme launched…"), bullets, bars, slashes, dashes between words. */
const SEPARATORS = new Set([':', ';', '•', '·', '|', '!', '?', '–', '—', '…', '/']);

/** Split a span at every separator inside it ("Jane: Acme" is two names, "Pam • Pierre" two). */
export function splitAtSeparators(ctx: DocContext, first: number, last: number): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  let a = first;
  for (let k = first; k <= last; k++) {
    if (!SEPARATORS.has(ctx.tokens[k]!.norm)) continue;
    if (k > a) out.push({ first: a, last: k - 1 });
    a = k + 1;
  }
  if (a <= last) out.push({ first: a, last });
  return out;
}

/**
 * Read a capitalised word at the edge of a name with its usual case, in place: at a sentence or line start, or
 * anywhere on a title-case line (a headline, a heading), a word the document writes in lower case elsewhere and
 * never capitalises inside a sentence is that word, not part of the name ("Walking Jane home", "Acme Pro Unique
 * Features"), unless it is a given name ("Will Smith"). Schedules' clock markers are trimmed too (trimClock.ts).
 * False when nothing is left.
 */
export function trimUsualCase(ctx: DocContext, s: { first: number; last: number }, type?: EntityType): boolean {
  const t = ctx.tokens;
  if (!trimClock(ctx, s)) return false;
  while (s.first < s.last) {
    const afterNumber = s.first > 0 && t[s.first - 1]!.kind === 'number';
    // after a comma on a title-case line a name starts: "Jane Roe, Brown University", "Jane Roe, New Quillby Arts"
    const afterComma = s.first > 0 && t[s.first - 1]!.norm === ',';
    const line = heading(ctx, s.first) && !afterComma;
    if ((ctx.sentenceStart[s.first] === 1 || line || afterNumber) && usual(ctx, s.first)) s.first++;
    else break;
  }
  // a group's name keeps its head noun at its end: "Jane Roe, Quillby Law School"
  while (
    s.last > s.first &&
    heading(ctx, s.last) &&
    usual(ctx, s.last) &&
    !(type === 'group' && ORG_HEADS.has(t[s.last]!.lower) && !WEAK_ORG_HEADS.has(t[s.last]!.lower))
  )
    s.last--;
  // a lone word of that kind is no name at all
  if (s.first === s.last && (ctx.sentenceStart[s.first] === 1 || heading(ctx, s.first)) && usual(ctx, s.first))
    return false;
  return true;
}

/** Whether token i is on a headline or a title-case line. */
function heading(ctx: DocContext, i: number): boolean {
  return ctx.headline[i] === 1 || ctx.titleLine[i] === 1;
}

/**
 * Whether token i is a capitalised word read with its usual case (see trimUsualCase): on a title-case line, an
 * ordinary English word the document never capitalises inside a sentence reads as that word even if the document
 * does not happen to use it in lower case.
 */
function usual(ctx: DocContext, i: number): boolean {
  const x = ctx.tokens[i]!;
  return (
    x.kind === 'word' &&
    x.cap &&
    !x.allCaps &&
    (ctx.lowerWords.has(x.lower) || (heading(ctx, i) && isCommonWord(x.lower))) &&
    !ctx.bodyCaps.has(x.lower) &&
    !getLexicons().firstNames.has(x.lower)
  );
}

/** A person's name has no comma inside but before a generation ("Doe, Jr."): "Jane Roe, John Doe" are two. */
export function splitAtCommas(ctx: DocContext, first: number, last: number): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  let a = first;
  for (let k = first + 1; k < last; k++) {
    const next = ctx.tokens[k + 1]!;
    if (ctx.tokens[k]!.norm !== ',' || GENERATIONAL.has(next.lower.replace(/\.$/, ''))) continue;
    out.push({ first: a, last: k - 1 });
    a = k + 1;
  }
  out.push({ first: a, last });
  return out;
}

/**
 * A name does not run on from a line that holds nothing else (a byline, a headline) into the next line, nor from
 * the end of a line into a line that holds nothing else, nor across a line where capitals start or stop: "Jane
 * Roe⏎LONDON 1996-08-30" is a name and a dateline.
 * A name wrapped inside running text ("led by Jane⏎Roe, the envoy") stays whole.
 */
export function splitAtLines(ctx: DocContext, first: number, last: number): { first: number; last: number }[] {
  const { tokens } = ctx;
  const out: { first: number; last: number }[] = [];
  let a = first;
  for (let k = first + 1; k <= last; k++) {
    if (!tokens[k]!.lineStart) continue;
    let b = k;
    while (b < last && !tokens[b + 1]!.lineStart) b++;
    const lineBefore = tokens[a]!.lineStart;
    const lineAfter = b === tokens.length - 1 || tokens[b + 1]!.lineStart;
    // a dateline in capitals starts the next line: "By Jane Roe⏎LONDON, March 4"
    const caseChange = tokens[k - 1]!.allCaps !== tokens[k]!.allCaps;
    if (lineBefore || lineAfter || caseChange) {
      out.push({ first: a, last: k - 1 });
      a = k;
    }
  }
  out.push({ first: a, last });
  return out;
}

/** The rule layers' occurrences to keep beside the tagger's (see extractEntities' `keepRules`). */
export function keptRuleCandidates(
  clusters: readonly { type: EntityType; occurrences: readonly Classified[] }[],
  labels: Uint8Array,
  ctx: DocContext,
  units: Units,
  keep: 'none' | 'untouched' | 'untouchedOrMisc' | 'linked',
  weight = TAGGED,
  /** Tokens where the rules win outright (score lines and tables: the tagger was not trained on them). */
  rulesWin?: Uint8Array,
): Classified[] {
  if (keep === 'none') return [];
  const misc = TYPES.indexOf('MISC');
  const out: Classified[] = [];
  for (const c of clusters) {
    for (const o of c.occurrences) {
      let ok = true;
      for (let i = units.unitOf[o.first]!; i <= units.unitOf[o.last]! && ok; i++) {
        const label = labels[i]!;
        if (label === O) continue;
        if (keep === 'untouched' || typeOf(label) !== misc) ok = false;
      }
      if (rulesWin?.[o.first]) ok = true;
      if (!ok || o.first > o.last || ctx.tokens[o.first]!.start !== o.start) continue;
      const scores = { person: 0, group: 0, place: 0 };
      scores[c.type] = weight;
      out.push({ ...o, scores, source: 'rules', evidence: Math.max(o.scores.person, o.scores.group, o.scores.place) });
    }
  }
  return out;
}

export { TYPES };
