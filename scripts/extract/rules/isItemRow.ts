/**
 * Names that are cells of a table of items squashed into lines of text (game wikis, recipe and shop pages), used by the
 * page-junk layer (dropPageJunk.ts):
 * - an item row: a line that opens with one to four capitalised words (the item's name), goes on with a description in
 *   lower-case words that ends with a full stop, and closes with capitalised words only (the item's source or kind):
 *   "Zorblat A tangy root used in stews. Foraging - Spring". A page with three such lines or more is a table;
 * - a squashed list: a run of eight capitalised words or more with no punctuation and no lower-case word in it or
 *   right beside it ("Best Gifts: Quill Melon Turnip Pie Copper Kettle Barley Soup"), the cells of a row written one
 *   after the other.
 * A name every occurrence of which is such a cell (at an item row's start, or inside a squashed list) names an item,
 * not a person, a group or a place.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { FUNCTION_WORDS } from '../../lang/lexicon.ts';

interface Occ {
  first: number;
  last: number;
}

export interface ItemCells {
  /** 1 where the token opens an item row. */
  rowStart: Uint8Array;
  /** 1 where the token is inside a squashed list. */
  listed: Uint8Array;
}

/** The shortest run of capitalised words that makes a squashed list. */
const LIST_RUN = 8;
/** How many item rows make a table. */
const MIN_ROWS = 3;

/** Where the page's item rows start and its squashed lists lie. */
export function itemCells(ctx: DocContext): ItemCells {
  const t = ctx.tokens;
  const rowStart = new Uint8Array(t.length);
  const listed = new Uint8Array(t.length);
  const capWord = (i: number) => t[i]!.kind === 'word' && t[i]!.cap;
  const lowerWord = (i: number) => t[i]!.kind === 'word' && !t[i]!.cap && /^\p{Ll}/u.test(t[i]!.norm);
  let rows = 0;
  let line = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && (i === line || !t[i]!.lineStart)) continue;
    // the line is t[line .. i-1]
    if (isItemRow(t, line, i, capWord, lowerWord)) {
      rowStart[line] = 1;
      rows++;
    }
    // runs of capitalised words, no punctuation between them
    let run = line;
    for (let k = line; k <= i; k++) {
      if (k < i && capWord(k) && !FUNCTION_WORDS.has(t[k]!.lower)) continue;
      // a run that a lower-case word goes on from is a title or a name in a sentence ("… Chief Jane Roe told")
      if (k - run >= LIST_RUN && isOpen(run - 1, line, i, lowerWord) && isOpen(k, line, i, lowerWord))
        for (let j = run; j < k; j++) listed[j] = 1;
      run = k + 1;
    }
    line = i;
  }
  if (rows < MIN_ROWS) rowStart.fill(0);
  return { rowStart, listed };
}

/** Whether token j, beside a run of capitalised words on the line [line, end), is no lower-case word of that line. */
function isOpen(j: number, line: number, end: number, lowerWord: (i: number) => boolean): boolean {
  return j < line || j >= end || !lowerWord(j);
}

function isItemRow(
  t: DocContext['tokens'],
  from: number,
  to: number,
  capWord: (i: number) => boolean,
  lowerWord: (i: number) => boolean,
): boolean {
  let i = from;
  while (i < to && i - from < 5 && capWord(i)) i++;
  const name = i - from;
  // a row's name: one to five capitalised words
  if (name < 1) return false;
  // the description: lower-case words up to a full stop
  let lower = 0;
  let stop = -1;
  for (let k = i; k < to; k++) {
    if (lowerWord(k)) lower++;
    if (t[k]!.norm === '.' || (t[k]!.kind === 'word' && t[k]!.norm.endsWith('.'))) stop = k;
  }
  if (lower < 2 || stop < 0 || stop >= to - 1) return false;
  // after the last full stop, capitalised words only (and dashes, brackets, counts)
  let caps = 0;
  for (let k = stop + 1; k < to; k++) {
    if (lowerWord(k)) return false;
    if (capWord(k)) caps++;
  }
  return caps > 0;
}

/** Every occurrence opens an item row or lies in a squashed list. */
export function isItemCell(cells: ItemCells, c: { occurrences: readonly Occ[] }): boolean {
  return c.occurrences.every((o) => cells.rowStart[o.first] === 1 || cells.listed[o.first] === 1);
}
