/**
 * The title of a work or a franchise taken for a name, used by the page-junk layer (dropPageJunk.ts): at least half
 * of the name's occurrences (one or more) stand right after a work's noun ("the 2001 movie Quill Diaries", "the
 * novel Quill", with the title's own capitalised words between), or right before a noun that makes the name a work's
 * ("this Quill Wars character", "Quill Wars fans", "the Quill franchise"). Titles of books, films, songs and games
 * are MISC in the guidelines. A listed organisation ("a Quillex film") or a name that speaks or owns is no title.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { PERSON_CUE_AFTER, wordSet } from '../../lang/lexicon.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';

interface Occ {
  first: number;
  last: number;
  end: number;
  text: string;
}

/** Lower-case nouns of works before a title: "the movie X", "the 2001 film X". */
const WORK_BEFORE =
  wordSet(`movie movies film films show sitcom series miniseries novel novels book books song songs single album albums
  musical play opera cartoon anime manga comic comics franchise videogame`);
/**
 * Lower-case nouns after a title of two words or more that make it a work's: "the X Wars character", "the X Wars
 * franchise". Not "movie" nor "film": studios and directors make them ("a Quillex movie"); and a one-word name before
 * "character" is as often a studio's ("a Quillex character").
 */
const WORK_AFTER = wordSet(
  `character characters franchise sequel sequels prequel trilogy saga episode episodes soundtrack fandom cosplay`,
);

export function isWorkTitle(
  ctx: DocContext,
  c: { forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: unknown },
): boolean {
  if (c.place) return false;
  if ([...c.forms.keys()].some((f) => organisations().has(orgKey(f)))) return false;
  const t = ctx.tokens;
  const lowerWord = (i: number) => (t[i]?.kind === 'word' && !t[i]!.cap ? t[i]!.lower : '');
  let cued = 0;
  for (const o of c.occurrences) {
    const after = lowerWord(o.last + 1);
    if (PERSON_CUE_AFTER.has(after) || /^['’]s?(?![\p{L}\p{N}])/u.test(ctx.text.slice(o.end, o.end + 3))) return false;
    if (WORK_AFTER.has(after) && o.last > o.first) {
      cued++;
      continue;
    }
    // back over the title's own capitalised words (at most three) and a year to the work's noun
    let i = o.first - 1;
    for (let n = 0; n < 3 && t[i]?.kind === 'word' && t[i]!.cap; n++) i--;
    if (t[i]?.kind === 'number' && /^(?:1[89]|20)\d\d$/.test(t[i]!.text)) i--;
    if (WORK_BEFORE.has(lowerWord(i)) && /^(?:the|a|an|this|that|\d{4})$/.test(t[i - 1]?.lower ?? '')) cued++;
  }
  return cued > 0 && 2 * cued >= c.occurrences.length;
}
