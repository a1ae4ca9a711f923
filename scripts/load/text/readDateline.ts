/**
 * Wire datelines at the head of an article: "NASHVILLE, Tenn. (AP) — …", "LONDON, Nov 3 (Reuters) - …",
 * "Springfield, Ill. — …". The city is a mention of a place and stays in the text; the state abbreviation
 * and the outlet are metadata, not names in the story: `prose` gets them blanked (same length, so offsets
 * hold), and the outlet becomes the article's outlet when the front matter names none.
 */
import type { Article } from '../../core/types/article.ts';
import type { Span } from '../../core/types/common.ts';

export interface Dateline {
  /** The city, as written. */
  place: Span;
  /** A state or province abbreviation ("Tenn.", "N.Y."), blanked in prose. */
  region?: Span;
  /** The outlet in parentheses, without them. */
  outlet?: Span;
  /** Everything blanked in prose: the region abbreviation, the date, the outlet with its parentheses. */
  blank: Span[];
}

const CITY_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const CITY = `${CITY_WORD}(?: ${CITY_WORD}){0,3}`;
/** "Tenn.", "Calif.", "N.Y.", "D.C.", "Mass.": up to five letters ending in a dot, or dotted initials. */
const REGION_ABBR = String.raw`(?:\p{Lu}\p{Ll}{0,4}\.|(?:\p{Lu}\.){2,3})`;
const REGION_NAME = String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}`;
const OUTLET = String.raw`\(([^()\n]{1,40})\)`;
const DASH = `(?:—|–|--?)`;

const DATELINE = new RegExp(
  String.raw`^(\s*)(${CITY})(?:(,\s*)(?:(${REGION_ABBR})|(${REGION_NAME})))?(?:(,\s*)(${MONTH}))?(\s*)(?:${OUTLET})?\s*${DASH}\s`,
  'u',
);

/** The dateline at the start of `text`, if it has one. */
export function readDateline(text: string): Dateline | undefined {
  const m = DATELINE.exec(text.slice(0, 200));
  if (!m) return undefined;
  const [, lead = '', city = '', comma = '', abbr, name, comma2 = '', date, gap = '', outlet] = m;
  const shouted = city === city.toUpperCase() && /\p{Lu}{2}/u.test(city);
  // Without capitals, an outlet or a state abbreviation, "Jane Roe — the mayor" is not a dateline.
  if (!shouted && !outlet && !abbr) return undefined;
  if (outlet !== undefined && !/\p{L}/u.test(outlet)) return undefined;
  const place = { start: lead.length, end: lead.length + city.length };
  let at = place.end + comma.length;
  const blank: Span[] = [];
  let region: Span | undefined;
  if (abbr) {
    region = { start: at, end: at + abbr.length };
    blank.push(region);
    at = region.end;
  } else if (name) at += name.length;
  at += comma2.length;
  if (date) {
    blank.push({ start: at, end: at + date.length });
    at += date.length;
  }
  at += gap.length;
  let outletSpan: Span | undefined;
  if (outlet !== undefined) {
    blank.push({ start: at, end: at + outlet.length + 2 });
    const inner = outlet.trim();
    const offset = outlet.indexOf(inner);
    outletSpan = { start: at + 1 + offset, end: at + 1 + offset + inner.length };
  }
  return { place, ...(region ? { region } : {}), ...(outletSpan ? { outlet: outletSpan } : {}), blank };
}

/** The article with its dateline's metadata blanked in `prose`, and its outlet taken from the dateline if it has none. */
export function applyDateline<T extends Pick<Article, 'text' | 'prose' | 'outlet'>>(
  article: T,
): T & { outlet?: string } {
  const dateline = readDateline(article.text);
  if (!dateline) return article;
  let prose = article.prose;
  for (const { start, end } of dateline.blank)
    prose = prose.slice(0, start) + ' '.repeat(end - start) + prose.slice(end);
  const outlet = dateline.outlet ? article.text.slice(dateline.outlet.start, dateline.outlet.end) : undefined;
  return { ...article, prose, ...(article.outlet || !outlet ? {} : { outlet }) };
}
