/**
 * When two names of people are the same person: the surname and generation must be the same, and
 * the first names must agree: the same name, an initial of it ("J. Doe", "John Doe"), or a short form
 * that is the start of the long one ("Chris", "Christopher"; "Alex", "Alexander"). Middle names and
 * initials may be left out, but two different middle initials are two people; the last two or more words of a
 * longer name are that name ("Suu Kyi", "Aung San Suu Kyi"). A listed nickname of the other first name ("Bill",
 * "William"; lang/nicknames.ts) agrees too; since a nickname can belong to several names, resolveEntities merges
 * such names only where no other full name of that surname fits one of them and not the other.
 */
import { GENERATIONAL, nameKey, nameWords } from '../lang/keys.ts';
import { getLexicons } from '../lang/lexicon.ts';
import { isNickname } from '../lang/nicknames.ts';

export interface PersonName {
  first: string;
  middles: string[];
  last: string;
  /** "jr", "iii", or "" */
  generation: string;
  /** Written as a reference list writes an author, the surname then initials without dots ("Roe JA"). */
  cited?: true;
}

/** The parts of a person's name of at least two words; undefined for one word. */
export function personName(name: string): PersonName | undefined {
  const inverted = invertedName(name);
  if (inverted) return inverted;
  const words = nameWords(name);
  let generation = '';
  if (words.length > 1 && GENERATIONAL.has(words.at(-1)!)) generation = words.pop()!;
  if (words.length < 2) return undefined;
  return { first: words[0]!, middles: words.slice(1, -1), last: words.at(-1)!, generation };
}

const HY = '[-‐‑–]';
const SURNAME_WORD = `\\p{Lu}[\\p{L}'’]*\\p{Ll}[\\p{L}'’]*(?:${HY}(?:\\p{Lu}[\\p{L}'’]*)?\\p{Ll}[\\p{L}'’]*)*`;
/** Lower-case particles and up to two words: "van der Roe", "Roe-Doe", "Nguyen-van Roe". */
const SURNAME = `(?:\\p{Ll}+\\s+){0,2}${SURNAME_WORD}(?:\\s+${SURNAME_WORD})?`;
const GENERATION = '(?:Jr|Sr|II|III|IV)';
/** A reference list's "Roe JA", "Roe J-P", "Roe JA Jr": the surname, then the initials in capitals without dots. */
const BARE_INITIALS = new RegExp(
  `^(${SURNAME})\\s+(\\p{Lu}{1,3}(?:${HY}\\p{Lu}{1,2})?)(?:\\s+(${GENERATION})\\.?)?$`,
  'u',
);
/** "Roe, J. A.", "Roe, J.-P.", "Roe, Jane A.", "Roe, J. A., Jr.": the surname, a comma, initials or given names. */
const COMMA_INVERTED = new RegExp(
  `^(${SURNAME}),\\s*((?:\\p{Lu}\\.\\s*(?:${HY}\\s*)?)+|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.?)?)(?:,?\\s*(${GENERATION})\\.?)?$`,
  'u',
);

/**
 * A name written surname first, as reference lists write their authors ("Roe JA", "Roe, J. A.", "Roe, Jane"): its
 * parts, the initials read as the first and middle names ("Roe JA" is "J. A. Roe"); undefined for any other name.
 * A given name and one capital is a first name and a surname's initial, as readers sign ("Jane R"), not a surname.
 */
function invertedName(name: string): PersonName | undefined {
  const bare = name.match(BARE_INITIALS);
  const m = bare ?? name.match(COMMA_INVERTED);
  if (!m || GENERATIONAL.has(nameKey(m[2]!))) return undefined;
  if (bare && nameKey(m[2]!).length === 1 && getLexicons().firstNames.has(nameKey(m[1]!))) return undefined;
  const given =
    m[2]!.includes('.') || /\p{Ll}/u.test(m[2]!)
      ? nameWords(m[2]!.replace(/\./g, ' '))
      : [...nameKey(m[2]!).replace(/\s/g, '')];
  if (given.length === 0 || GENERATIONAL.has(given[0]!)) return undefined;
  const surname = nameWords(m[1]!);
  return {
    first: given[0]!,
    middles: given.slice(1),
    last: surname.at(-1)!,
    generation: m[3] ? nameKey(m[3]) : '',
    ...(bare ? { cited: true as const } : {}),
  };
}

/**
 * A name word as it sounds across transliterations: "Yanukovych" / "Yanukovich", "Yushchenko" / "Yuschenko",
 * "Yulia" / "Yulija", "Borys" / "Boris" (j and y read as i, an h after a consonant dropped, doubled letters once).
 */
export function spellingKey(word: string): string {
  return word
    .replace(/[jy]/g, 'i')
    .replace(/([^aeiou\W\d])h/g, '$1')
    .replace(/(.)\1+/g, '$1');
}

/** The key people are grouped by before first names are compared: surname (as it sounds) and generation. */
export const surnameKey = (p: PersonName): string => `${spellingKey(p.last)}|${p.generation}`;

const MIN_SHORT_FORM = 3;

/** A first name's spelling key with "-ie" and "-y" read alike. */
const endingKey = (name: string): string => spellingKey(name).replace(/ie$/, 'i');

/** "j" ~ "john"; "chris" ~ "christopher"; "bill" ~ "william"; "john" ~ "john". */
export function sameFirstName(a: string, b: string): boolean {
  if (a === b || (a.length > 1 && b.length > 1 && spellingKey(a) === spellingKey(b))) return true;
  // "-ie" and "-y" endings of one longer name ("Freddie" / "Freddy")
  if (a.length >= 5 && b.length >= 5 && endingKey(a) === endingKey(b)) return true;
  if (isNickname(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1) return long.startsWith(short);
  return short.length >= MIN_SHORT_FORM && long.length > short.length && long.startsWith(short);
}

/** Two middle parts clash when both are given and their first letters differ ("George H. W." vs "George W."). */
function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.length === b.length && a.every((m, i) => m[0] === b[i]![0]);
}

/**
 * Whether two full names of people (same surname key) can be one person. Two authors as reference lists write them
 * are one only with the same initials: a list writes each author's initials as the source gives them, and "Roe B"
 * beside "Roe BH" is two people for it.
 */
export function samePerson(a: PersonName, b: PersonName): boolean {
  if (surnameKey(a) !== surnameKey(b)) return false;
  if (a.cited && b.cited) return a.first === b.first && a.middles.join(' ') === b.middles.join(' ');
  return (sameFirstName(a.first, b.first) && middlesAgree(a.middles, b.middles)) || isTail(a, b) || isTail(b, a);
}

/** The last two or more words of the other's name ("Suu Kyi" of "Aung San Suu Kyi"; "Tayyip Erdogan" of "Recep Tayyip Erdogan"). */
function isTail(short: PersonName, long: PersonName): boolean {
  const s = [short.first, ...short.middles, short.last];
  const l = [long.first, ...long.middles, long.last];
  return l.length > s.length && s.every((w, i) => w === l[l.length - s.length + i]);
}

/** A person named by the surname alone, perhaps with a generation ("Doe", "Doe Jr."). */
export function loneName(name: string): { last: string; generation: string } | undefined {
  const words = nameWords(name);
  if (words.length === 1) return { last: words[0]!, generation: '' };
  if (words.length === 2 && GENERATIONAL.has(words[1]!)) return { last: words[0]!, generation: words[1]! };
  return undefined;
}
