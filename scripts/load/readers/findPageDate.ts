/**
 * The date of a saved web page, from its markup, read before Readability changes the document.
 *
 * Sources, in this order; the first that parses (scripts/load/text/readDates.ts) to a plausible date
 * (1800-01-01 … end of next year) wins, and each implausible one is reported and passed over:
 *  1. JSON-LD `datePublished` of the page's article, then its `dateCreated` (any common format);
 *  2. `<meta property="article:published_time">` (also `og:article:published_time`, and as `name=`);
 *  3. `itemprop="datePublished"`: its `content`, `datetime` or `title` attribute, else its text;
 *  4. `<meta name=…>` (names matched case-insensitively, `property=` too): pubdate, publishdate, date, dc.date,
 *     dc.date.issued, dcterms.date, sailthru.date, parsely-pub-date, article.published, og:published_time;
 *  5. `<time datetime>`: one inside an `<article>`, `<header>` or `<main>` first, then any;
 *  6. a date in the canonical URL's path (`/2019/11/19/`, `/2019-11-19/`, `/20191119/`);
 *  7. a short line whose text begins "Published", "Posted", "Updated", "Written" or the same in German, Spanish,
 *     French or Italian (`DATELINE_WORDS`; the first 20 such lines in page order).
 */
import { DATELINE_WORDS, type DateCandidate, dateInUrl, datelineText, pickDate } from '../text/readDates.ts';

/** The element API this needs (linkedom's and the browser's). */
export interface DateElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  children: ArrayLike<unknown>;
}
export interface DateDocument {
  querySelector(selector: string): DateElement | null;
  querySelectorAll(selector: string): ArrayLike<DateElement> & Iterable<DateElement>;
}

/** `article:published_time` as a property or (a common slip) a name, also with an "og:" prefix; lower-case. */
const PUBLISHED_TIME = new Set(['article:published_time', 'og:article:published_time']);

/** `<meta name>` values that give a publication date, lower-case. */
export const DATE_META_NAMES = [
  'pubdate',
  'publishdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'og:published_time',
] as const;

/** What the page gives besides its DOM: the JSON-LD article's dates (published first) and the canonical URL. */
export interface PageDateHints {
  ldDates: readonly { key: string; value: string }[];
  url?: string;
  /** The page's HTML: when given, the "Published …" lines are looked for only if it has such a word after a tag. */
  html?: string;
}

/** A tag's end, then "Published", "Posted" or "Updated": the raw page may have a dateline. */
const DATELINE_HINT = new RegExp(`>\\s*${DATELINE_WORDS}`, 'i');
/** A line that begins with a dateline word. */
const DATELINE_START = new RegExp(`^\\s*${DATELINE_WORDS}`, 'i');

/** The date candidates of a page, in the documented order (lazily: later sources are read only when needed). */
export function* pageDateCandidates(document: DateDocument, hints: PageDateHints): Generator<DateCandidate> {
  for (const { key, value } of hints.ldDates) yield { from: `JSON-LD ${key}`, value };
  const metas = Array.from(document.querySelectorAll('meta[name], meta[property]'), (el) => ({
    key: (el.getAttribute('property') ?? el.getAttribute('name') ?? '').trim().toLowerCase(),
    value: el.getAttribute('content'),
  }));
  for (const { key, value } of metas)
    if (PUBLISHED_TIME.has(key) && value?.trim()) yield { from: `<meta property="${key}">`, value };
  for (const el of document.querySelectorAll('[itemprop="datePublished"]')) {
    const value =
      el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('title') ?? el.textContent;
    if (value?.trim()) yield { from: 'itemprop="datePublished"', value };
  }
  for (const name of DATE_META_NAMES) {
    for (const { key, value } of metas)
      if (key === name && value?.trim()) yield { from: `<meta name="${name}">`, value };
  }
  const times = [
    ...document.querySelectorAll('article time[datetime], header time[datetime], main time[datetime]'),
    ...document.querySelectorAll('time[datetime]'),
  ];
  for (const el of times) {
    const value = el.getAttribute('datetime');
    if (value?.trim()) yield { from: '<time datetime>', value };
  }
  const inUrl = dateInUrl(hints.url);
  if (inUrl) yield { from: 'the canonical URL', value: inUrl };
  if (hints.html !== undefined && !DATELINE_HINT.test(hints.html)) return;
  let lines = 0;
  for (const el of document.querySelectorAll('body p, body span, body div, body time, body small, body li, body em')) {
    if (el.children.length > 4) continue;
    const text = el.textContent ?? '';
    if (text.length > 200 || !DATELINE_START.test(text)) continue;
    const value = datelineText(text);
    if (value) yield { from: `the line "${text.trim().slice(0, 40)}"`, value };
    if (++lines >= 20) break;
  }
}

/** The page's date (YYYY-MM-DD) by the documented order, and a message for each implausible date passed over. */
export function findPageDate(
  document: DateDocument,
  hints: PageDateHints,
  now: Date = new Date(),
): { date?: string; implausible: string[] } {
  return pickDate(pageDateCandidates(document, hints), now);
}
