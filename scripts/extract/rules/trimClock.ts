/**
 * Schedules and timetables: "11:00 AM Leaves the shop", "6 PM Wakes up". A clock marker after a number starts no
 * name, nor does the ordinary word written after it (a capitalised entry of the schedule), unless that word is a
 * given name ("9 AM Jane arrives").
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { getLexicons, isCommonWord } from '../../lang/lexicon.ts';

const CLOCK = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m']);

const isClock = (ctx: DocContext, i: number): boolean =>
  i > 0 && CLOCK.has(ctx.tokens[i]!.lower) && ctx.tokens[i - 1]!.kind === 'number';

/** Move the start of a span past clock markers and the schedule word after one, in place. False when nothing is left. */
export function trimClock(ctx: DocContext, s: { first: number; last: number }): boolean {
  const t = ctx.tokens;
  const firstNames = getLexicons().firstNames;
  for (;;) {
    if (s.first > s.last) return false;
    if (isClock(ctx, s.first)) s.first++;
    else if (
      s.first > 0 &&
      isClock(ctx, s.first - 1) &&
      isCommonWord(t[s.first]!.lower) &&
      !firstNames.has(t[s.first]!.lower)
    )
      s.first++;
    else return true;
  }
}

/** The same for a candidate with character offsets: its start and text follow its first token. */
export function trimClockCandidate<T extends { first: number; last: number; start: number; text: string }>(
  ctx: DocContext,
  c: T,
): T | undefined {
  const s = { first: c.first, last: c.last };
  if (!trimClock(ctx, s)) return undefined;
  if (s.first === c.first) return c;
  const start = ctx.tokens[s.first]!.start;
  return { ...c, first: s.first, start, text: c.text.slice(start - c.start) };
}
