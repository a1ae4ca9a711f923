import { describe, expect, it } from 'vitest';
import { readCitationLine, readCitations } from '../../../../scripts/extract/rules/readCitations.ts';

/** The authors, venue and publisher read from one line, as written. */
function read(line: string) {
  const c = readCitationLine(line, 0);
  if (!c) return undefined;
  const slice = (s: { start: number; end: number } | undefined) => (s ? line.slice(s.start, s.end) : undefined);
  return { authors: c.authors.map(slice), venue: slice(c.venue), publisher: slice(c.publisher) };
}

describe('readCitations: citation lines by their shape, each author as the style writes it', () => {
  it.each<[string, string, string[], string | undefined]>([
    [
      'Vancouver, numbered, et al.',
      '1. Quilby SK, Marrow-Tane E, Brisk J, et al. Costs of a vaccine. Vax Abbrev Med. 2013;31:5339-48. doi:10.1016/x',
      ['Quilby SK', 'Marrow-Tane E', 'Brisk J'],
      'Vax Abbrev Med',
    ],
    [
      'Vancouver with spaces before the commas, a generation and "and"',
      '2. Lonvid IM Jr and Harrowby ME . Strategy for a vaccine. Am J Abbrev. 2005;161:303-6. [PMID: 15692073]',
      ['Lonvid IM Jr', 'Harrowby ME'],
      'Am J Abbrev',
    ],
    [
      'Vancouver, one author, volume(issue):pages',
      'Quennel WP. Herd protection against colds. J Clin Abbrev. 2006;37(2):237-43.',
      ['Quennel WP'],
      'J Clin Abbrev',
    ],
    [
      'Vancouver, hyphenated initials, particles, accents, no comma before et al.',
      'Tirell W-H, van Dremmel R, Kalló Á et al. Insights into rashes. Ann Abbrev Dis. 2014;73(2):1-9.',
      ['Tirell W-H', 'van Dremmel R', 'Kalló Á'],
      'Ann Abbrev Dis',
    ],
    [
      'Vancouver, a bracketed number and a bullet',
      '[12] •• Quarrow S et al. A prospective study. Br J Abbrev. 2013;169(5):1071–80.',
      ['Quarrow S'],
      'Br J Abbrev',
    ],
    [
      'APA',
      'Quilby, J. A., Marrow, B., & Tesk, C. D. (2001). A title of the paper. Journal of Things, 12(3), 45–67.',
      ['Quilby, J. A.', 'Marrow, B.', 'Tesk, C. D.'],
      undefined,
    ],
    [
      'Harvard',
      'Quilby, J.A. and Marrow, B. (2019) Another title. Journal of Things, 4(1), pp. 1-9.',
      ['Quilby, J.A.', 'Marrow, B.'],
      undefined,
    ],
    [
      'IEEE, natural order with initials',
      '[3] J. A. Quilby, B. Marrow, and C. Tesk, "A fast method," Trans. Things, vol. 12, no. 3, pp. 45–67, 2001.',
      ['J. A. Quilby', 'B. Marrow', 'C. Tesk'],
      undefined,
    ],
    [
      'MLA',
      'Quilby, Jane A., and Bob Marrow. "A Title of the Paper." Journal of Things, vol. 12, no. 3, 2001, pp. 45-67.',
      ['Quilby, Jane A.', 'Bob Marrow'],
      undefined,
    ],
    [
      'Chicago author-date',
      'Quilby, Jane, and Bob Marrow. 2001. "A Title of the Paper." Journal of Things 12 (3): 45–67.',
      ['Quilby, Jane', 'Bob Marrow'],
      undefined,
    ],
  ])('%s', (_label, line, authors, venue) => {
    const got = read(line);
    expect(got?.authors).toEqual(authors);
    expect(got?.venue).toBe(venue);
  });

  it.each<[string, string, string]>([
    [
      'a book: the publisher before the year',
      'Quilby GB, et al. Studies in a field. Quillon Press; 1980. p. 263–267.',
      'Quillon Press',
    ],
    [
      'a chapter in a book',
      'Brisk N, Tesk L. Dosing in the kidneys. In Seminars in things. Marrow Online Library; 2007.',
      'Marrow Online Library',
    ],
  ])('%s', (_label, line, publisher) => {
    expect(read(line)?.publisher).toBe(publisher);
  });

  it.each<[string, string]>([
    ['prose with a year', 'Quilby JA went home in 2001 and never came back; 12 people saw it.'],
    ['a place and a year', 'Quillby, Ruritania. 2001 was a good year for the town, with 12 new shops.'],
    ['a byline with a date', 'By Jane Quilby, Marrow Press, March 3, 2021'],
    ['a name and a year only', 'Quilby J. Born 1950.'],
    ['a list of places', 'Tesk, Marrow and Quillby (2019) were the host towns.'],
    ['a headline with a year', 'Best Phones Of 2021: Quilby X, Marrow Y Reviewed'],
    ['a score line', 'Quillby FC 2, Marrow Town 1 (2001-02 season)'],
  ])('not a citation: %s', (_label, line) => {
    expect(readCitationLine(line, 0)).toBeUndefined();
  });

  it('reads each line of a text at its own offset', () => {
    const text =
      'References\n\n1.\n\nQuilby SK, Brisk J. A title. Vax Abbrev. 2013;31:5339-48.\n\nTesk L et al. Another. J Abbrev. 2001;2:1-5.';
    const found = readCitations(text).map((c) => c.authors.map((a) => text.slice(a.start, a.end)));
    expect(found).toEqual([['Quilby SK', 'Brisk J'], ['Tesk L']]);
  });
});
