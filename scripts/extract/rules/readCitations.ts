/**
 * Reference lists: the lines of a text that are bibliographic citations, read by their shape (an author list at the
 * line's start, then a year and the marks of a publication: volume, issue, pages, a DOI, "et al."), never by a list of
 * journals. The common styles:
 *
 * - Vancouver / NLM: `Roe JA, Doe B, et al. Title. J Abbrev. 2001;12(3):45-67. doi:…` (also "Roe JA , Doe B ." and
 *   "Roe JA Jr and Doe B", as some publishers space them);
 * - APA and Harvard: `Roe, J. A., Doe, B., & Poe, C. (2001). Title. Journal, 12(3), 45–67.`, `Roe, J.A. and Doe, B.
 *   (2001) Title.`;
 * - natural order with initials (IEEE, numbered "[12]" lists): `J. A. Roe, B. Doe, and C. Poe, "Title," Journal, vol.
 *   12, pp. 45–67, 2001.`;
 * - MLA and Chicago: `Roe, Jane A., and Bob Doe. "Title." Journal, vol. 12, 2001, pp. 45-67.`.
 *
 * A line may start with its number ("12.", "[12]", "(12)") or a bullet. Each author's span is given as the style writes
 * it ("Roe JA", "Roe, J. A.", "J. A. Roe", "Roe, Jane A."), "et al." left out; the venue is the sentence that ends at
 * the year ("J Abbrev" in "… Title. J Abbrev. 2001;12"), when the style writes it there.
 * Pure: text in, character spans out.
 */

/** A character span of the text. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Citation {
  /** The whole line. */
  line: TextSpan;
  /** Each author as written ("Roe JA", "Roe, J. A.", "J. A. Roe"). */
  authors: TextSpan[];
  /** What follows the author list to the line's end: title, venue, year, volume, pages, identifiers. */
  body: TextSpan;
  /** The venue (journal, book) when the style puts it right before the year: "J Abbrev" in "Title. J Abbrev. 2001;12". */
  venue?: TextSpan;
  /** A publisher written before the year ("Acme Press; 2001.", "Acme Press, 2001."). */
  publisher?: TextSpan;
}

const HY = '[-‐‑–]';
const PARTICLE = '(?:van|von|de|der|den|del|della|di|da|dos|das|du|la|le|al|el|ten|ter|bin|ibn)';
/** A capitalised name word with a lower-case letter: "Roe", "McRoe", "O'Roe", "VanderRoe", "Kinyó". */
const WORD = "\\p{Lu}[\\p{L}'’]*\\p{Ll}[\\p{L}'’]*";
/** A surname: particles, hyphenated parts, a second word ("van der Roe", "Roe-Doe", "Nguyen-van Roe", "Roe Doe"). */
const SURNAME = `(?:${PARTICLE}\\s+){0,2}${WORD}(?:${HY}(?:${WORD}|\\p{Ll}+))*(?:\\s+${WORD}(?:${HY}${WORD})*)?`;
const GENERATION = '(?:Jr|Sr|II|III|IV|2nd|3rd)';
/** Vancouver initials: "J", "JA", "JAB", "J-Y". */
const BARE_INITIALS = `\\p{Lu}{1,3}(?:${HY}\\p{Lu}{1,2})?(?![\\p{L}\\p{N}'’])`;
/** Dotted initials: "J.", "J. A.", "J.A.", "J.-P.". */
const DOTTED_INITIALS = `\\p{Lu}\\.(?:\\s?${HY}?\\s?\\p{Lu}\\.){0,3}`;
/** Given names in full, perhaps with a middle initial: "Jane", "Jane A.", "Jane Anne". */
const GIVEN = `${WORD}(?:\\s+(?:\\p{Lu}\\.|${WORD}))?`;

const VANCOUVER = new RegExp(`${SURNAME}\\s+${BARE_INITIALS}(?:\\s+${GENERATION}(?![\\p{L}]))?`, 'uy');
const INVERTED_DOTTED = new RegExp(`${SURNAME},\\s*${DOTTED_INITIALS}(?:,?\\s*${GENERATION}\\.?)?`, 'uy');
const NATURAL_DOTTED = new RegExp(`${DOTTED_INITIALS}\\s*${SURNAME}(?![\\p{L}])`, 'uy');
const INVERTED_GIVEN = new RegExp(`${SURNAME},\\s*${GIVEN}`, 'uy');
const NATURAL_GIVEN = new RegExp(`${GIVEN}\\s+${SURNAME}(?![\\p{L}])`, 'uy');

const SEPARATOR = /\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/uy;
const ET_AL = /\s*,?\s*et\s+al\b\.?/uy;
const NUMBERING = /^[ \t]*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)](?=\s)|[•·*▪◦–-]+)?[ \t]*(?:[•·]+[ \t]*)?/u;

const YEAR = /(?<![\p{L}\p{N}])(?:1[6-9]\d\d|20\d\d)[a-z]?(?![\p{L}\p{N}])/u;
const PAREN_YEAR = /^\s*\(\s*(?:1[6-9]\d\d|20\d\d)[a-z]?(?:,[^)]{0,20})?\)/u;
const BARE_YEAR = /^\s+(?:1[6-9]\d\d|20\d\d)[a-z]?[.,]/u;
/** The marks of a publication besides the year: volume(issue), ";12", page ranges, identifiers. */
const PUBLICATION =
  /\d+\s*\(\s*[\w–-]+\s*\)|[;:]\s*\d+|\d+\s*[-–]\s*\d+|\bdoi\b|doi\.org|\bPMID\b|\bpp?\.\s*\d|\bvol\.\s*\d|\bno\.\s*\d|\bISBN\b|\barXiv\b|https?:\/\//iu;
/** The sentence before the year: "… Title. J Abbrev. 2001;12(3)" → "J Abbrev". */
const VENUE =
  /(?:^|[.?!]\s+)(\p{Lu}[^.?!;\d]{0,119}?)\.?\s+(?:(?:1[6-9]\d\d|20\d\d)[a-z]?)(?:\s+\p{Lu}\p{Ll}{2}(?:\s+\d{1,2})?)?\s*(?:[;:]|\.(?:\s|$)|$)/u;
/** A publisher right before the year: "Acme Press; 2001" (the Vancouver book style). */
const PUBLISHER = /(?:^|[.?!:]\s+)([^.?!;:\d]{1,80}?);\s*(?:1[6-9]\d\d|20\d\d)(?![\p{L}\p{N}])/u;

interface Style {
  first: RegExp;
  /** The authors after the first (default: the first's shape). */
  next?: RegExp;
  /** Does the author list end right at `at` (after its last author, or "et al.")? */
  ends: (line: string, at: number, etAl: boolean) => boolean;
  /** How sure a match is on its own: the body must show a publication's marks ('marks') or a year only ('year'). */
  needs: 'marks' | 'year';
}

const endsWithStop = (line: string, at: number) => /^\s*[.:](?:\s|$)/u.test(line.slice(at)) || line[at - 1] === '.';

const STYLES: Style[] = [
  { first: VANCOUVER, ends: (line, at) => endsWithStop(line, at), needs: 'marks' },
  {
    first: INVERTED_DOTTED,
    ends: (line, at) => PAREN_YEAR.test(line.slice(at)) || BARE_YEAR.test(line.slice(at)),
    needs: 'year',
  },
  {
    first: NATURAL_DOTTED,
    ends: (line, at) => /^\s*,\s*["“]/u.test(line.slice(at)) || PAREN_YEAR.test(line.slice(at)),
    needs: 'marks',
  },
  {
    first: INVERTED_GIVEN,
    next: NATURAL_GIVEN,
    // MLA and Chicago: the list ends with a full stop, then the quoted title (perhaps after the year)
    ends: (line, at) => {
      const stop = line[at - 1] === '.' ? 0 : (line.slice(at).match(/^\s*\./u)?.[0].length ?? -1);
      return stop >= 0 && /^\s*(?:(?:1[6-9]\d\d|20\d\d)[a-z]?\.\s*)?["“]/u.test(line.slice(at + stop));
    },
    needs: 'marks',
  },
];

/** The authors of a line in one style, and where their list ends; undefined when the line does not open so. */
function readAuthors(line: string, from: number, style: Style): { authors: TextSpan[]; end: number } | undefined {
  const authors: TextSpan[] = [];
  let at = from;
  let etAl = false;
  for (;;) {
    const re = authors.length === 0 ? style.first : (style.next ?? style.first);
    re.lastIndex = at;
    const m = re.exec(line);
    if (!m) {
      if (authors.length === 0) return undefined;
      break;
    }
    authors.push({ start: at, end: at + m[0].length });
    at += m[0].length;
    ET_AL.lastIndex = at;
    const e = ET_AL.exec(line);
    if (e) {
      at += e[0].length;
      etAl = true;
      break;
    }
    SEPARATOR.lastIndex = at;
    const s = SEPARATOR.exec(line);
    if (!s) break;
    // a separator not followed by an author ends the list before it ("Roe J, Title…" is not read)
    const after = at + s[0].length;
    const probe = style.next ?? style.first;
    probe.lastIndex = after;
    if (!probe.test(line)) break;
    at = after;
  }
  // the last author must close the list: "Roe JA." but not "Roe JA went…"
  if (!style.ends(line, at, etAl)) return undefined;
  return { authors, end: at };
}

/** Does the body carry what the style needs: a year, and (for the styles that need them) a publication's marks? */
function published(body: string, style: Style, authors: number, etAl: boolean): boolean {
  if (!YEAR.test(body)) return false;
  if (style.needs === 'year') return true;
  return PUBLICATION.test(body) || etAl || authors >= 2 || /["“][^"”]{3,}["”]/u.test(body);
}

/** Read one line (its text and where it starts in the document) as a citation, or undefined. */
export function readCitationLine(line: string, offset: number): Citation | undefined {
  if (line.length < 20 || !YEAR.test(line)) return undefined;
  const from = line.match(NUMBERING)?.[0].length ?? 0;
  for (const style of STYLES) {
    const read = readAuthors(line, from, style);
    if (!read) continue;
    const body = line.slice(read.end);
    const etAl = /et\s+al\b/u.test(line.slice(from, read.end));
    if (!published(body, style, read.authors.length, etAl)) continue;
    const citation: Citation = {
      line: { start: offset, end: offset + line.length },
      authors: read.authors.map((a) => trimmed(line, a, offset)),
      body: { start: offset + read.end, end: offset + line.length },
    };
    const venue = body.match(VENUE);
    if (venue?.[1] && venue.index !== undefined) {
      const start = read.end + venue.index + venue[0].indexOf(venue[1]);
      citation.venue = trimmed(line, { start, end: start + venue[1].length }, offset);
    }
    const publisher = body.match(PUBLISHER);
    if (publisher?.[1] && publisher.index !== undefined) {
      const start = read.end + publisher.index + publisher[0].indexOf(publisher[1]);
      citation.publisher = trimmed(line, { start, end: start + publisher[1].length }, offset);
    }
    return citation;
  }
  return undefined;
}

/** A span without white space at its ends, moved to document offsets. */
function trimmed(line: string, span: TextSpan, offset: number): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/u.test(line[start]!)) start++;
  while (end > start && /\s/u.test(line[end - 1]!)) end--;
  return { start: offset + start, end: offset + end };
}

/** Every citation line of a text, in order. */
export function readCitations(text: string): Citation[] {
  const out: Citation[] = [];
  // cheap gate: a citation has a year
  if (!YEAR.test(text)) return out;
  let offset = 0;
  for (const line of text.split('\n')) {
    const c = readCitationLine(line, offset);
    if (c) out.push(c);
    offset += line.length + 1;
  }
  return out;
}
